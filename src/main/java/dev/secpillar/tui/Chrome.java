package dev.secpillar.tui;

import dev.secpillar.app.text.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame every screen shares: a header bar on the first row, the body from the third row,
 * a status line and the footer with the main keys on the last two rows.
 */
final class Chrome {
    static final int BODY_TOP = 2;

    private Chrome() {}

    /** A key and what it does, for the footer. */
    record Hint(String keys, String action) {}

    static int bodyRows(int height) {
        return Math.max(1, height - 4);
    }

    static int bodyWidth(int width) {
        return Math.max(1, width - 2);
    }

    static int statusRow(Canvas c) {
        return c.height - 2;
    }

    /** The header bar: a title on the left, a short note (step, count) on the right. */
    static void header(Canvas c, String left, String right) {
        c.fillRow(0, Role.HEADER);
        String r = Columns.width(right) + 4 > c.width / 2 ? "" : right;
        int leftRoom = c.width - 2 - (r.isEmpty() ? 0 : Columns.width(r) + 2);
        c.put(1, 0, Columns.truncate(left, leftRoom), Role.HEADER);
        if (!r.isEmpty()) {
            c.putRight(c.width - 1, 0, r, Role.HEADER);
        }
    }

    /** Footer hints, dropping the last ones that do not fit; "? help" goes last, as it leads to the rest. */
    static void footer(Canvas c, List<Hint> hints) {
        int row = c.height - 1;
        List<Hint> shown = new ArrayList<>(hints);
        while (!shown.isEmpty() && footerWidth(shown) > c.width - 2) {
            int drop = shown.size() - 1;
            if (shown.get(drop).keys().equals("?") && drop > 0) {
                drop--;
            }
            shown.remove(drop);
        }
        int col = 1;
        for (Hint h : shown) {
            col = c.put(col, row, h.keys(), Role.KEY);
            col = c.put(col, row, " " + h.action() + "  ", Role.FOOTER);
        }
    }

    private static int footerWidth(List<Hint> hints) {
        return hints.stream().mapToInt(h -> Columns.width(h.keys()) + Columns.width(h.action()) + 3).sum() - 2;
    }

    /** A note on the left of the status line. */
    static void status(Canvas c, String text, Role role) {
        c.put(1, statusRow(c), Columns.truncate(text, c.width - 2), role);
    }

    /**
     * A status that must be read whole (an answer's error: its last words say what was
     * expected), word-wrapped to at most {@code maxRows} rows; only what still does not fit is
     * cut. The screen lays its body out in the rows left above them.
     */
    static List<String> statusLines(Canvas c, String text, int maxRows) {
        int width = c.width - 4; // continuation rows hang two columns in
        List<String> rows = StepView.wrap(text, Role.TEXT, width).stream()
                .map(r -> r.stream().map(Segment::text).collect(java.util.stream.Collectors.joining()))
                .toList();
        if (rows.size() <= maxRows) {
            return rows.isEmpty() ? List.of("") : rows;
        }
        List<String> shown = new ArrayList<>(rows.subList(0, maxRows));
        shown.set(maxRows - 1, Columns.truncate(shown.get(maxRows - 1) + " " + rows.get(maxRows), width));
        return shown;
    }

    /** Draws {@link #statusLines} so that the last is on the status line. */
    static void status(Canvas c, List<String> lines, Role role) {
        int top = statusRow(c) - lines.size() + 1;
        for (int i = 0; i < lines.size(); i++) {
            c.fillRow(top + i, Role.TEXT);
            c.put(1, top + i, (i == 0 ? "" : "  ") + lines.get(i), role, c.width - 1);
        }
    }

    /** Where the body is scrolled to, on the right of the status line, when it does not fit. */
    static void scrollInfo(Canvas c, int scroll, int total, int rows) {
        if (total <= rows) {
            return;
        }
        int last = Math.min(total, scroll + rows);
        String text = (scroll > 0 ? "↑ " : "") + (last < total ? "↓ " : "") + (last * 100 / total) + "%";
        c.putRight(c.width - 1, statusRow(c), text, Role.MUTED);
    }

    /** A body to read: its rows from {@code scroll} (kept within them), and where it is scrolled to. */
    static void scrolledBody(Canvas c, List<List<Segment>> rows, int scroll, java.util.function.IntPredicate highlight) {
        scrolledBody(c, rows, scroll, highlight, () -> { });
    }

    /**
     * The same with a note on the status line, drawn ({@code status}) before the scroll position,
     * which stays readable on the right of a long note.
     */
    static void scrolledBody(Canvas c, List<List<Segment>> rows, int scroll, java.util.function.IntPredicate highlight,
                             Runnable status) {
        int bodyRows = bodyRows(c.height);
        int s = Scroll.clamp(scroll, rows.size(), bodyRows);
        body(c, rows, s, highlight);
        status.run();
        scrollInfo(c, s, rows.size(), bodyRows);
    }

    /** Body rows from {@code scroll}, drawn at the left margin; {@code highlight} rows in the selected role. */
    static void body(Canvas c, List<List<Segment>> rows, int scroll, java.util.function.IntPredicate highlight) {
        int n = bodyRows(c.height);
        for (int i = 0; i < n && scroll + i < rows.size(); i++) {
            int index = scroll + i;
            int y = BODY_TOP + i;
            if (highlight.test(index)) {
                c.fill(0, y, c.width, Role.SELECTED);
                c.put(1, y, rows.get(index), Role.SELECTED);
            } else {
                c.put(1, y, rows.get(index));
            }
        }
    }
}
