package dev.secpillar.badge;

import java.time.Instant;
import java.util.List;

/** Everything an exported credential says about an earned badge. */
public record EarnedBadge(String id, String name, String description, List<String> emblem, String criteria,
                          List<Alignment> alignment, List<Evidence> evidence, Instant awardedAt) {
    public EarnedBadge {
        emblem = List.copyOf(emblem);
        alignment = List.copyOf(alignment);
        evidence = List.copyOf(evidence);
    }

    /** A best practice of the pillar the badge stands for. */
    public record Alignment(String id, String title) {}
}
