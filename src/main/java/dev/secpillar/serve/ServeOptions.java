package dev.secpillar.serve;

import java.time.Duration;
import java.util.Optional;

/**
 * How a workshop server runs.
 *
 * @param host        the address to listen on ("0.0.0.0" for every interface)
 * @param port        the TCP port (0 picks a free one, for tests)
 * @param joinCode    asked once, on a learner's first login, when present
 * @param maxSessions course sessions at once; one more is told politely to come back later
 * @param idle        a session with no key for this long is closed (progress is saved already)
 * @param instructor  who sees the live class view: a name no learner can take, opened only by the
 *                    instructor's own key
 */
public record ServeOptions(String host, int port, Optional<String> joinCode, int maxSessions, Duration idle,
                           Optional<Instructor> instructor) {
    public static final int DEFAULT_PORT = 2222;
    public static final int DEFAULT_MAX_SESSIONS = 100;
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    /** The instructor's name and the only key that opens it (given at start, never bound by a login). */
    public record Instructor(String name, java.security.PublicKey key) {
        /** As ssh-keygen -l shows it. */
        public String fingerprint() {
            return org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(key);
        }
    }

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(Words.LOG.get("serve.options.port", String.valueOf(port)));
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException(Words.LOG.get("serve.options.max_sessions", String.valueOf(maxSessions)));
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException(Words.LOG.get("serve.options.idle"));
        }
        joinCode = joinCode.map(String::strip).filter(s -> !s.isEmpty());
    }
}
