package dev.secpillar.tui;

import dev.secpillar.app.text.Columns;
import java.util.ArrayList;
import java.util.List;

/** The keys of the screen that is open, from its key table, in a box over it; any key closes it. */
final class HelpOverlay {
    private HelpOverlay() {}

    /** {@code table} is already in the learner's words ({@link KeyTable#in}). */
    static void render(Canvas c, KeyTable table) {
        String closing = c.t("tui.help.closing");
        List<KeyTable.Entry> all = new ArrayList<>(table.entries());
        KeyTable.EVERYWHERE.forEach(e -> all.add(e.in(c.words)));
        int keysWidth = all.stream().mapToInt(h -> Columns.width(h.keys())).max().orElse(0) + 2;
        int actionWidth = all.stream().mapToInt(h -> Columns.width(h.action())).max().orElse(0);
        String title = " " + c.t("tui.help.title", table.title()) + " ";
        int inner = Math.min(c.width - 4, Math.max(Math.max(keysWidth + actionWidth, Columns.width(title) + 2),
                Columns.width(closing)));
        int rows = Math.min(c.height - 2, all.size() + 4);
        if (inner < 8 || rows < 3) {
            Chrome.status(c, c.t("tui.help.too_small"), Role.NOTICE);
            return;
        }
        int left = (c.width - inner - 4) / 2;
        int top = (c.height - rows) / 2;
        int right = left + inner + 3;
        String shown = Columns.truncate(title, inner);
        c.put(left, top, "┌─" + shown + "─".repeat(Math.max(0, inner + 1 - Columns.width(shown))) + "┐", Role.FRAME);
        for (int r = 1; r < rows - 1; r++) {
            c.put(left, top + r, "│", Role.FRAME);
            c.fill(left + 1, top + r, inner + 2, Role.TEXT);
            c.put(right, top + r, "│", Role.FRAME);
        }
        c.put(left, top + rows - 1, "└" + "─".repeat(inner + 2) + "┘", Role.FRAME);
        int y = top + 1;
        for (KeyTable.Entry h : all) {
            if (y >= top + rows - 3) {
                break;
            }
            int col = c.put(left + 2, y, Columns.truncate(h.keys(), inner), Role.KEY, right - 1);
            col = Math.max(col, left + 2 + keysWidth);
            c.put(col, y, h.action(), Role.TEXT, right - 1);
            y++;
        }
        c.put(left + 2, top + rows - 2, Columns.truncate(closing, inner), Role.MUTED, right - 1);
    }
}
