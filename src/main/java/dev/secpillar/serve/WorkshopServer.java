package dev.secpillar.serve;

import dev.secpillar.course.Course;
import dev.secpillar.i18n.Language;
import java.util.Map;
import dev.secpillar.progress.ClassDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;

/**
 * The workshop's SSH server (Apache MINA SSHD): every connection gets its own course session;
 * nothing else is reachable. Only the session channel exists, and on it only a shell: exec and
 * subsystem requests (SFTP) are refused for want of a handler, port forwarding, agent
 * forwarding and X11 are refused by the forwarding filter, and only public keys (plus the join
 * code) authenticate.
 */
public final class WorkshopServer implements AutoCloseable {
    /** Failed logins of one name from one address, or of one key, before each next try must wait. */
    static final int FREE_FAILURES = 5;
    /** Failed logins of a whole address (a class behind one NAT) before it must wait. */
    static final int FREE_FAILURES_PER_ADDRESS = 100;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_FAILURES = Duration.ofMinutes(15);
    /** Connections not logged in yet, from one address and in all (see {@link LoginGate}). */
    static final int LOGINS_PER_ADDRESS = 32;
    static final int LOGINS_IN_ALL = 128;

    private final SshServer sshd;
    private final Workshop workshop;
    private final ScheduledExecutorService timer;
    private final String fingerprint;

    private WorkshopServer(SshServer sshd, Workshop workshop, ScheduledExecutorService timer, String fingerprint) {
        this.sshd = sshd;
        this.workshop = workshop;
        this.timer = timer;
        this.fingerprint = fingerprint;
    }

    /**
     * Starts listening. The host key is read from (or first generated in) {@code dataDir}.
     *
     * @param log one line per event worth an instructor's eye (logins, bindings, database trouble)
     */
    public static WorkshopServer start(Course course, ClassDatabase db, Path dataDir, ServeOptions options, Clock clock,
                                       Consumer<String> log) throws IOException {
        return start(Map.of(Language.EN, course), db, dataDir, options, clock, log);
    }

    /** The same, serving each learner the course in their language ({@code courses} holds English at least). */
    public static WorkshopServer start(Map<Language, Course> courses, ClassDatabase db, Path dataDir, ServeOptions options,
                                       Clock clock, Consumer<String> log) throws IOException {
        KeyPair hostKey = HostKey.loadOrCreate(dataDir);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "secpillar-workshop-timer");
            t.setDaemon(true);
            return t;
        });
        LoginGate gate = new LoginGate(LOGINS_PER_ADDRESS, LOGINS_IN_ALL, clock);
        Workshop workshop = new Workshop(courses, db, options, clock, log, timer, dataDir.resolve("workshop-drafts"),
                gate::closeSlow);
        LearnerAuth auth = new LearnerAuth(db.keys(), options.joinCode(), options.instructor(),
                new AuthThrottle(FREE_FAILURES, LONGEST_WAIT, FORGET_FAILURES, clock),
                new AuthThrottle(FREE_FAILURES_PER_ADDRESS, LONGEST_WAIT, FORGET_FAILURES, clock), clock, log);

        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(options.host());
        sshd.setPort(options.port());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setUserAuthFactories(auth.factories());
        sshd.setPublickeyAuthenticator(auth);
        sshd.setKeyboardInteractiveAuthenticator(auth);
        sshd.setPasswordAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setShellFactory(channel -> new CourseSession(workshop));
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setChannelFactories(List.of(new OneSessionChannel()));
        Algorithms.restrict(sshd);
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        // MINA's own idle timeout backs up the session's, which closes with a message first.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, options.idle().plus(Workshop.IDLE_CHECK).plusMinutes(1));
        // Backs up the LoginGate's own deadline (which closes on the workshop's clock).
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, LoginGate.LOGIN.plus(Workshop.LOGIN_CHECK));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 12);
        // A keystroke's answer is a small packet: send it now, not after the client's delayed ACK
        // (Nagle's algorithm would hold it back up to 40 ms). OpenSSH does the same for sessions.
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        // Dead clients (a laptop closed mid-lesson) are noticed by TCP and their sessions freed.
        CoreModuleProperties.SOCKET_KEEPALIVE.set(sshd, true);
        // What a client may send before we read it: keys are small, and a flood then waits in the
        // client, not in the server's memory (MINA's default is 2 MiB per channel).
        CoreModuleProperties.WINDOW_SIZE.set(sshd, 64L * 1024);
        // Connections still logging in hold no session yet; they are bounded per address and in
        // all, and the slow ones closed, so a flood of half-open logins cannot starve the class.
        sshd.addSessionListener(gate);
        try {
            sshd.start();
        } catch (IOException e) {
            timer.shutdownNow();
            throw new IOException(Words.LOG.get("serve.cannot_listen", options.host(), String.valueOf(options.port()), e.getMessage()), e);
        }
        return new WorkshopServer(sshd, workshop, timer, HostKey.fingerprint(hostKey));
    }

    /** The port listened on (the chosen one when started on port 0). */
    public int port() {
        for (SocketAddress a : sshd.getBoundAddresses()) {
            if (a instanceof InetSocketAddress i) {
                return i.getPort();
            }
        }
        return sshd.getPort();
    }

    /** The host key's fingerprint as ssh shows it on first connection ({@code SHA256:...}). */
    public String hostKeyFingerprint() {
        return fingerprint;
    }

    public int openSessions() {
        return workshop.openSessions();
    }

    /** Closes idle sessions now (the timer does it every {@link Workshop#IDLE_CHECK}); for tests. */
    void checkIdle() {
        workshop.closeIdle();
    }

    /** Closes connections too slow to log in (the timer does it every {@link Workshop#LOGIN_CHECK}); for tests. */
    void checkLogins() {
        workshop.closeSlowLogins();
    }

    /**
     * Stops listening, closes every connection, and waits (up to {@link #SESSIONS_END}) for the
     * sessions to end as a dropped connection ends them: drafts saved, records closed. Then the
     * caller may close the database and the data directory.
     */
    @Override
    public void close() throws IOException {
        try {
            sshd.stop(true);
            workshop.awaitSessions(SESSIONS_END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
        }
    }

    /** Longer than any session takes to save and close; bounded for a session stuck on its database. */
    static final Duration SESSIONS_END = Duration.ofSeconds(30);
}
