package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.server.ServerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workshop cannot be hijacked or locked: each refusal asserted as the client meets it. */
class HijackTest extends ServerTestBase {
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void theInstructorsNameOpensOnlyWithTheInstructorsKeyAndNoLearnerCanTakeIt() throws Exception {
        KeyPair instructorKey = Learner.newKey();
        start(options(Optional.of("tulip"), 10, Optional.of(new ServeOptions.Instructor("ana", instructorKey.getPublic()))));
        // A learner who knows the join code tries the instructor's name first: refused, nothing bound.
        assertThatThrownBy(() -> login("ana", Learner.newKey(), Optional.of("tulip")))
                .isInstanceOfSatisfying(Learner.LoginRefused.class, e ->
                        assertThat(e.shown).contains("The name ana is the instructor's. Pick another name."));
        assertThatThrownBy(() -> login("ANA", Learner.newKey(), Optional.of("tulip")))
                .isInstanceOf(Learner.LoginRefused.class);
        assertThat(db.keys().keyOf("ana")).isEmpty();
        // The instructor's key opens it, with no join code asked, onto the class view.
        Learner ana = login("ana", instructorKey).shell(100, 24);
        assertThat(ana.messages).isEmpty();
        ana.awaitText("Class ·");
        // The same key under a learner's name is a learner: the class view is the name's and key's together.
        Learner cy = login("cy", instructorKey, Optional.of("tulip")).shell(80, 24);
        cy.awaitText("0/2 lessons");
        assertThat(cy.screen().text()).doesNotContain("Class ·");
    }

    @Test
    void idleConnectionsFromOneAddressCannotLockOutAnotherAndAreClosedWithinSeconds() throws Exception {
        start(options(Optional.empty(), 100, Optional.empty()));
        for (int i = 0; i < WorkshopServer.LOGINS_PER_ADDRESS; i++) {
            Socket s = idleSocket("127.0.0.1");
            // the server greets each: it has accepted and counted it
            assertThat(firstLine(s)).startsWith("SSH-2.0-");
        }
        // one more from the same address is closed as it arrives
        Socket extra = idleSocket("127.0.0.1");
        assertThat(readToEnd(extra)).doesNotContain("\n\n");
        // another address is not starved
        loginFrom("127.0.0.2", "bo", Learner.newKey(), Optional.empty()).shell(80, 24).awaitText("0/2 lessons");
        // within seconds (not minutes) the silent ones are closed, and the address is free again
        clock.advance(LoginGate.HANDSHAKE);
        server.checkLogins();
        for (Socket s : sockets.subList(0, WorkshopServer.LOGINS_PER_ADDRESS)) {
            readToEnd(s);
        }
        login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        assertThat(LoginGate.HANDSHAKE).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void oneLearnersWrongJoinCodesNeverLockOutTheirClassmatesBehindTheSameAddress() throws Exception {
        KeyPair teacher = Learner.newKey();
        start(options(Optional.of("tulip"), 10, Optional.of(new ServeOptions.Instructor("teacher", teacher.getPublic()))));
        KeyPair anaKey = Learner.newKey();
        login("ana", anaKey, Optional.of("tulip")).close();
        KeyPair boKey = Learner.newKey();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> login("bo", boKey, Optional.of("daisy"))).isInstanceOf(Learner.LoginRefused.class);
        }
        // bo must now wait, and is told so
        assertThatThrownBy(() -> login("bo", boKey, Optional.of("tulip")))
                .isInstanceOfSatisfying(Learner.LoginRefused.class, e ->
                        assertThat(e.shown).contains("Too many failed logins as bo. Wait"));
        // the instructor, a returning learner and a newcomer at the same address are let in
        login("teacher", teacher).shell(100, 24).awaitText("Class ·");
        login("ana", anaKey).shell(80, 24).awaitText("0/2 lessons");
        login("cy", Learner.newKey(), Optional.of("tulip")).shell(80, 24).awaitText("0/2 lessons");
        // and bo, after the wait, too
        clock.advance(WorkshopServer.LONGEST_WAIT);
        login("bo", boKey, Optional.of("tulip")).shell(80, 24).awaitText("0/2 lessons");
    }

    @Test
    void aSecondSessionChannelOnOneConnectionIsRefused() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        ChannelShell second = ana.session.createShellChannel();
        assertThatThrownBy(() -> second.open().verify(Learner.WAIT))
                .hasStackTraceContaining("additional sessions disabled");
        assertThat(server.openSessions()).isEqualTo(1);
    }

    /** OpenSSH 9.x picks sntrup761x25519 first; offered but unsupported, it cut every such login mid-exchange. */
    @Test
    void everyKeyExchangeOfferedCanBeCarriedOut() throws Exception {
        assertThat(Algorithms.KEX).allMatch(BuiltinDHFactories::isSupported);
        start(options(Optional.empty(), 10, Optional.empty()));
        for (BuiltinDHFactories kex : List.of(BuiltinDHFactories.sntrup761x25519, BuiltinDHFactories.mlkem768x25519)) {
            client.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false, List.of(kex),
                    org.apache.sshd.client.ClientBuilder.DH2KEX));
            Learner l = login("pq" + kex.ordinal(), Learner.newKey());
            assertThat(l.session.getKexNegotiationResult().get(org.apache.sshd.common.kex.KexProposalOption.ALGORITHMS))
                    .isEqualTo(kex.getName());
        }
    }

    @Test
    void weakAlgorithmsAreNotOffered() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        // each weak algorithm alone, on a client otherwise ordinary: no agreement, so no connection
        refused(c -> c.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false,
                List.of(BuiltinDHFactories.ecdhp256, BuiltinDHFactories.ecdhp384, BuiltinDHFactories.ecdhp521,
                        BuiltinDHFactories.dhg14_256, BuiltinDHFactories.dhgex256), org.apache.sshd.client.ClientBuilder.DH2KEX)));
        refused(c -> c.setCipherFactories(List.of(BuiltinCiphers.aes128ctr, BuiltinCiphers.aes256ctr,
                BuiltinCiphers.aes128cbc)));
        refused(c -> c.setCompressionFactories(List.of(BuiltinCompressions.zlib)));
        // what the server proposes, as the client reads it from its KEXINIT
        java.util.Map<org.apache.sshd.common.kex.KexProposalOption, String> offered = new java.util.concurrent.ConcurrentHashMap<>();
        client.addSessionListener(new org.apache.sshd.common.session.SessionListener() {
            @Override
            public void sessionNegotiationStart(org.apache.sshd.common.session.Session session,
                                                java.util.Map<org.apache.sshd.common.kex.KexProposalOption, String> mine,
                                                java.util.Map<org.apache.sshd.common.kex.KexProposalOption, String> theirs) {
                offered.putAll(theirs);
            }
        });
        // the default client agrees on one of ours
        Learner ana = login("ana", Learner.newKey());
        System.out.println("SSH algorithms offered: " + offered);
        assertThat(offered.get(org.apache.sshd.common.kex.KexProposalOption.ALGORITHMS).split(","))
                .filteredOn(a -> !a.startsWith("ext-info") && !a.startsWith("kex-strict"))
                .containsExactly("mlkem768x25519-sha256", "sntrup761x25519-sha512@openssh.com", "sntrup761x25519-sha512",
                        "curve25519-sha256", "curve25519-sha256@libssh.org");
        assertThat(offered.get(org.apache.sshd.common.kex.KexProposalOption.S2CENC))
                .isEqualTo("chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com");
        assertThat(offered.get(org.apache.sshd.common.kex.KexProposalOption.S2CMAC))
                .isEqualTo("hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com");
        assertThat(offered.get(org.apache.sshd.common.kex.KexProposalOption.C2SCOMP)).isEqualTo("none,zlib@openssh.com");
        assertThat(offered.get(org.apache.sshd.common.kex.KexProposalOption.SERVERKEYS)).isEqualTo("ssh-ed25519");
        var negotiated = ana.session.getKexNegotiationResult();
        assertThat(negotiated.get(org.apache.sshd.common.kex.KexProposalOption.ALGORITHMS))
                .isIn("mlkem768x25519-sha256", "sntrup761x25519-sha512@openssh.com", "sntrup761x25519-sha512", "curve25519-sha256");
        assertThat(negotiated.get(org.apache.sshd.common.kex.KexProposalOption.S2CENC))
                .isIn("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com", "aes128-gcm@openssh.com");
    }

    private void refused(java.util.function.Consumer<SshClient> weaken) {
        SshClient weak = SshClient.setUpDefaultClient();
        try {
            weak.setServerKeyVerifier((session, address, key) -> true);
            weaken.accept(weak);
            weak.start();
            assertThatThrownBy(() -> Learner.login(weak, server.port(), "eve", Learner.newKey(), Optional.empty()).close())
                    .hasStackTraceContaining("Unable to negotiate");
        } finally {
            weak.stop();
        }
    }

    private Socket idleSocket(String from) throws Exception {
        Socket s = new Socket();
        sockets.add(s);
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), (int) Learner.WAIT.toMillis());
        s.setSoTimeout((int) Learner.WAIT.toMillis());
        return s;
    }

    private static String firstLine(Socket s) throws Exception {
        InputStream in = s.getInputStream();
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            sb.append((char) b);
        }
        return sb.toString();
    }

    /** Reads until the server closes the connection (a timeout fails the test). */
    private static String readToEnd(Socket s) throws Exception {
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
