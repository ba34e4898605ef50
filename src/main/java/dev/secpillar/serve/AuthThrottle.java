package dev.secpillar.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing: an address with too many failed logins in a window is refused until its
 * oldest failure leaves the window. Generous on purpose, because a classroom behind one NAT is
 * one address; what it stops is a script trying join codes. Remembers a bounded number of
 * addresses, forgetting the least recently seen first.
 */
final class AuthThrottle {
    private static final int ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };

    AuthThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    synchronized void failed(String address) {
        Deque<Instant> list = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        list.addLast(clock.instant());
        while (list.size() > maxFailures) {
            list.removeFirst();
        }
    }

    synchronized boolean blocked(String address) {
        Deque<Instant> list = failures.get(address);
        if (list == null) {
            return false;
        }
        Instant horizon = clock.instant().minus(window);
        while (!list.isEmpty() && !list.peekFirst().isAfter(horizon)) {
            list.removeFirst();
        }
        if (list.isEmpty()) {
            failures.remove(address);
            return false;
        }
        return list.size() >= maxFailures;
    }
}
