package dev.secpillar.challenge;

import java.util.Locale;
import java.util.Optional;

/** The IP protocols rules name; "all" (AWS's -1) matches every protocol and port. */
enum Protocol {
    TCP, UDP, ICMP, ALL;

    static Optional<Protocol> parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "tcp", "6" -> Optional.of(TCP);
            case "udp", "17" -> Optional.of(UDP);
            case "icmp", "1" -> Optional.of(ICMP);
            case "all", "-1" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }

    boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    /** A rule for this protocol applies to traffic of protocol {@code p}. */
    boolean covers(Protocol p) {
        return this == ALL || this == p;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
