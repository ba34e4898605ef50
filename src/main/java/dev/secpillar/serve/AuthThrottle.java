package dev.secpillar.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing with a progressive backoff per subject: a few failures are free, then
 * each further failure doubles the wait before the next try (up to {@code longest}), and a
 * subject with no failure for {@code forgetAfter} starts afresh. The subjects are chosen by the
 * caller so that one learner's typos never lock out the class: (address, name) and the key
 * tried, each with few free failures, and the whole address with many (a class behind one NAT
 * is one address). A key that already owns its name is never asked here at all. Remembers a
 * bounded number of subjects, forgetting the least recently seen first.
 */
final class AuthThrottle {
    private static final int SUBJECTS = 10_000;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    private record Failures(int count, Instant last) {}

    private final int free;
    private final Duration longest;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > SUBJECTS;
        }
    };

    /**
     * @param free        failures that cost no wait
     * @param longest     the longest wait, however many failures
     * @param forgetAfter a subject without a failure for this long is forgotten
     */
    AuthThrottle(int free, Duration longest, Duration forgetAfter, Clock clock) {
        this.free = free;
        this.longest = longest;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    synchronized void failed(String subject) {
        Instant now = clock.instant();
        Failures f = current(subject, now);
        failures.put(subject, new Failures(f == null ? 1 : f.count() + 1, now));
    }

    /** How long the subject must still wait before its next try; empty when it may try now. */
    synchronized Optional<Duration> waitFor(String subject) {
        Instant now = clock.instant();
        Failures f = current(subject, now);
        if (f == null || f.count() < free) {
            return Optional.empty();
        }
        Instant until = f.last().plus(backoff(f.count() - free));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    boolean blocked(String subject) {
        return waitFor(subject).isPresent();
    }

    /** 1 s after the first failure beyond the free ones, then 2, 4, 8 ... up to {@code longest}. */
    private Duration backoff(int beyondFree) {
        if (beyondFree >= 30) {
            return longest;
        }
        Duration d = FIRST_WAIT.multipliedBy(1L << beyondFree);
        return d.compareTo(longest) > 0 ? longest : d;
    }

    private Failures current(String subject, Instant now) {
        Failures f = failures.get(subject);
        if (f != null && !now.isBefore(f.last().plus(forgetAfter))) {
            failures.remove(subject);
            return null;
        }
        return f;
    }
}
