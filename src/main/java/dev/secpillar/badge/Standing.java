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
    static Standing counted(String description, int done, int total, Facts facts, String what, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = done;
        all[1] = total;
        System.arraycopy(args, 0, all, 2, args.length);
        String progress = total == 0 ? facts.say("badge.count.none." + what, args)
                : facts.say("badge.count." + what, all);
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
