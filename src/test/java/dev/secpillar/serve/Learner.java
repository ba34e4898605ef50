package dev.secpillar.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * A learner at an SSH client (MINA's), for tests: logs in with a key (and the join code when
 * asked), opens a shell with a PTY, and reads what the server draws through an {@link AnsiScreen}.
 * Keeps the messages the server showed during login, so tests can read refusals.
 */
final class Learner implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);

    final ClientSession session;
    final List<String> messages;
    private ChannelShell shell;
    private OutputStream keys;
    private AnsiScreen screen;

    private Learner(ClientSession session, List<String> messages) {
        this.session = session;
        this.messages = messages;
    }

    static KeyPair newKey() {
        try {
            return SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SshClient client(String expectedFingerprint) {
        SshClient client = SshClient.setUpDefaultClient();
        // as OpenSSH does for interactive sessions: keys go out at once
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true);
        // The client checks the host key against the fingerprint the server printed at start.
        client.setServerKeyVerifier((session, address, key) -> KeyUtils.getFingerPrint(key).equals(expectedFingerprint));
        client.start();
        return client;
    }

    /** Logs in; throws when authentication fails (the messages shown are in the exception). */
    static Learner login(SshClient client, int port, String name, KeyPair key, Optional<String> joinCode) {
        return login(client, "127.0.0.1", port, name, key, joinCode);
    }

    /** Logs in from the given local address (any of 127/8 reaches the server on 127.0.0.1). */
    static Learner login(SshClient client, String from, int port, String name, KeyPair key, Optional<String> joinCode) {
        List<String> messages = new ArrayList<>();
        ClientSession session = null;
        try {
            session = client.connect(name, "127.0.0.1", port, null, new java.net.InetSocketAddress(from, 0))
                    .verify(WAIT).getSession();
            session.addPublicKeyIdentity(key);
            session.setUserInteraction(new UserInteraction() {
                @Override
                public String[] interactive(ClientSession s, String n, String instruction, String lang, String[] prompt,
                                            boolean[] echo) {
                    synchronized (messages) {
                        messages.add(instruction);
                    }
                    String[] answers = new String[prompt.length];
                    for (int i = 0; i < prompt.length; i++) {
                        answers[i] = joinCode.orElse("");
                    }
                    return answers;
                }

                @Override
                public void welcome(ClientSession s, String banner, String lang) {
                    synchronized (messages) {
                        messages.add(banner);
                    }
                }

                @Override
                public String getUpdatedPassword(ClientSession s, String prompt, String lang) {
                    return null;
                }
            });
            session.auth().verify(WAIT);
            return new Learner(session, messages);
        } catch (IOException e) {
            if (session != null) {
                session.close(true);
            }
            throw new LoginRefused(String.join("\n", messages), e);
        }
    }

    static final class LoginRefused extends RuntimeException {
        final String shown;

        LoginRefused(String shown, Throwable cause) {
            super("login refused; the server said: " + shown, cause);
            this.shown = shown;
        }
    }

    /** Opens the course in a PTY of the given size. */
    Learner shell(int columns, int rows) {
        return shell(columns, rows, "xterm-256color", true);
    }

    Learner shell(int columns, int rows, String term, boolean pty) {
        return shell(columns, rows, term, pty, java.util.Map.of());
    }

    /** With environment variables sent as OpenSSH's SendEnv / SetEnv sends them (LANG, SECPILLAR_LANG). */
    Learner shell(int columns, int rows, java.util.Map<String, String> env) {
        return shell(columns, rows, "xterm-256color", true, env);
    }

    Learner shell(int columns, int rows, String term, boolean pty, java.util.Map<String, String> env) {
        try {
            // without a PTY the client's own terminal would turn each newline into CR LF
            screen = new AnsiScreen(columns, rows, !pty);
            shell = session.createShellChannel();
            shell.setUsePty(pty);
            shell.setPtyType(term);
            shell.setPtyColumns(columns);
            shell.setPtyLines(rows);
            env.forEach(shell::setEnv);
            shell.setOut(screen);
            shell.setErr(screen);
            shell.open().verify(WAIT);
            keys = shell.getInvertedIn();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AnsiScreen screen() {
        return screen;
    }

    /** Sends bytes as typed (a key, a paste, garbage). */
    Learner send(byte[] bytes) {
        try {
            keys.write(bytes);
            keys.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Learner type(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Enter as a terminal in raw mode sends it. */
    Learner enter() {
        return type("\r");
    }

    Learner awaitText(String text) {
        screen.awaitText(text);
        return this;
    }

    Learner resize(int columns, int rows) {
        try {
            screen.resize(columns, rows);
            shell.sendWindowChange(columns, rows);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server closes the channel; its exit status, if it sent one. */
    Optional<Integer> awaitClosed() {
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        if (!shell.isClosing() && !shell.isClosed()) {
            throw new AssertionError("the session did not end; the screen shows:\n" + screen.text());
        }
        return Optional.ofNullable(shell.getExitStatus());
    }

    boolean closed() {
        return shell.isClosing() || shell.isClosed();
    }

    @Override
    public void close() {
        session.close(true);
    }
}
