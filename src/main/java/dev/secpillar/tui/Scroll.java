package dev.secpillar.tui;

/** Scroll arithmetic for a body of {@code total} rows shown {@code rows} at a time. */
final class Scroll {
    private Scroll() {}

    static int max(int total, int rows) {
        return Math.max(0, total - rows);
    }

    static int clamp(int scroll, int total, int rows) {
        return Math.max(0, Math.min(scroll, max(total, rows)));
    }

    /** The scroll that keeps rows {@code from}..{@code to} (inclusive) in view, moving as little as possible. */
    static int follow(int scroll, int from, int to, int total, int rows) {
        int s = scroll;
        if (to >= s + rows) {
            s = to - rows + 1;
        }
        if (from < s) {
            s = from;
        }
        return clamp(s, total, rows);
    }
}
