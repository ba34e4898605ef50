package dev.secpillar.badge;

import java.util.List;

/**
 * How far the learner is toward a criterion: what it asks in words, whether it is met, a count
 * for a progress bar and the same in words ("2 of 3 challenges"), and the standing of each part
 * of a combined criterion.
 */
public record Standing(String description, boolean met, int done, int total, String progress, List<Standing> parts) {
    public Standing {
        parts = List.copyOf(parts);
    }

    /** A counted criterion: met once every one of a non-empty set is done. */
    static Standing counted(String description, int done, int total, String singular, String plural) {
        String progress = total == 0 ? "no " + plural + " in the course yet"
                : done + " of " + total + " " + (total == 1 ? singular : plural);
        return new Standing(description, total > 0 && done >= total, done, total, progress, List.of());
    }

    static Standing single(String description, boolean met, String progress) {
        return new Standing(description, met, met ? 1 : 0, 1, progress, List.of());
    }

    /** Between 0 and 1, for a bar. */
    public double fraction() {
        return total == 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
