package dev.secpillar.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * Bounds the connections that have not logged in yet, per address and in total, and closes the
 * slow ones, so that idle sockets cannot lock the class out: a connection beyond a bound is
 * closed as it arrives, one that has not begun to authenticate within {@link #HANDSHAKE} is
 * closed, and one still not logged in after {@link #LOGIN} (a learner typing the join code has
 * that long) is closed too. Logged-in sessions are not counted here; their number is bounded by
 * --max-sessions. One address can thus fill only its own share, never the others'.
 */
final class LoginGate implements SessionListener {
    static final Duration HANDSHAKE = Duration.ofSeconds(10);
    static final Duration LOGIN = Duration.ofSeconds(60);

    private final int perAddress;
    private final int total;
    private final Clock clock;
    /** Connections not logged in yet, with the time each arrived. */
    private final Map<Session, Instant> waiting = new ConcurrentHashMap<>();
    private final Map<String, Integer> byAddress = new ConcurrentHashMap<>();

    LoginGate(int perAddress, int total, Clock clock) {
        this.perAddress = perAddress;
        this.total = total;
        this.clock = clock;
    }

    @Override
    public void sessionCreated(Session session) {
        String address = address(session);
        boolean admitted;
        synchronized (this) {
            admitted = waiting.size() < total && byAddress.getOrDefault(address, 0) < perAddress;
            if (admitted) {
                waiting.put(session, clock.instant());
                byAddress.merge(address, 1, Integer::sum);
            }
        }
        if (!admitted) {
            session.close(true);
        }
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            release(session);
        }
    }

    @Override
    public void sessionClosed(Session session) {
        release(session);
    }

    private synchronized void release(Session session) {
        if (waiting.remove(session) != null) {
            byAddress.computeIfPresent(address(session), (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Closes the connections that took too long to begin, or to finish, logging in. */
    void closeSlow() {
        Instant now = clock.instant();
        for (Map.Entry<Session, Instant> e : waiting.entrySet()) {
            Session s = e.getKey();
            boolean begun = s.getUsername() != null;
            Duration allowed = begun ? LOGIN : HANDSHAKE;
            if (!now.isBefore(e.getValue().plus(allowed))) {
                release(s);
                s.close(true);
            }
        }
    }

    int waiting() {
        return waiting.size();
    }

    private static String address(Session session) {
        java.net.SocketAddress a = session.getIoSession().getRemoteAddress();
        return a instanceof java.net.InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress()
                : String.valueOf(a);
    }
}
