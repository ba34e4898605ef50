package dev.secpillar.tui;

import dev.secpillar.app.text.Columns;
import dev.secpillar.badge.BadgeStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A badge just earned, in a box over whatever screen is open: emblem, name, what it is and
 * what earned it. It stays until a key is pressed; that key does nothing else, so a learner
 * typing ahead does not skip past the screen underneath.
 */
final class AwardOverlay {
    private static final int MAX_INNER = 54;

    private AwardOverlay() {}

    static void render(Canvas c, BadgeStatus award, int more) {
        int inner = Math.min(c.width - 4, MAX_INNER);
        if (inner < 12 || c.height < 5) {
            Chrome.status(c, c.t("tui.award.short", award.badge().name()), Role.NOTICE);
            return;
        }
        List<List<Segment>> rows = rows(award, more, inner, c);
        int maxRows = c.height - 2;
        if (rows.size() > maxRows) {
            // keep the name and the closing line; a short terminal loses the emblem and the words first
            rows = shorten(award, more, inner, maxRows, c);
        }
        int height = rows.size() + 2;
        int left = (c.width - inner - 4) / 2;
        int top = Math.max(0, (c.height - height) / 2);
        int right = left + inner + 3;
        String title = " " + c.t("tui.award.title") + " ";
        c.put(left, top, "┌─" + title + "─".repeat(Math.max(0, inner + 1 - Columns.width(title))) + "┐", Role.FRAME);
        for (int r = 0; r < rows.size(); r++) {
            int y = top + 1 + r;
            c.put(left, y, "│", Role.FRAME);
            c.fill(left + 1, y, inner + 2, Role.TEXT);
            List<Segment> row = rows.get(r);
            int width = row.stream().mapToInt(s -> Columns.width(s.text())).sum();
            int x = left + 2 + Math.max(0, (inner - width) / 2);
            for (Segment s : row) {
                x = c.put(x, y, s.text(), s.role(), right - 1);
            }
            c.put(right, y, "│", Role.FRAME);
        }
        c.put(left, top + height - 1, "└" + "─".repeat(inner + 2) + "┘", Role.FRAME);
    }

    private static List<List<Segment>> rows(BadgeStatus award, int more, int inner, Canvas c) {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(List.of());
        int emblemWidth = award.badge().emblem().stream().mapToInt(Columns::width).max().orElse(0);
        for (String line : award.badge().emblem()) {
            // rows of one emblem share a left edge, so pad each to the widest before centring
            rows.add(Segment.plain(Columns.pad(Columns.truncate(line, inner), Math.min(inner, emblemWidth)), Role.TITLE));
        }
        if (!award.badge().emblem().isEmpty()) {
            rows.add(List.of());
        }
        rows.add(Segment.plain(Columns.truncate(award.badge().name(), inner), Role.BOLD));
        rows.add(List.of());
        rows.addAll(StepView.wrap(award.badge().description(), Role.TEXT, inner));
        rows.add(List.of());
        rows.addAll(StepView.wrap(c.t("tui.award.for", award.standing().description()), Role.MUTED, inner));
        rows.add(List.of());
        rows.add(Segment.plain(closing(more, c), Role.KEY));
        return rows;
    }

    private static List<List<Segment>> shorten(BadgeStatus award, int more, int inner, int maxRows, Canvas c) {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(Segment.plain(Columns.truncate(award.badge().name(), inner), Role.BOLD));
        List<List<Segment>> words = StepView.wrap(award.badge().description(), Role.TEXT, inner);
        for (int i = 0; i < words.size() && rows.size() < maxRows - 1; i++) {
            rows.add(words.get(i));
        }
        rows.add(Segment.plain(Columns.truncate(closing(more, c), inner), Role.KEY));
        return rows.subList(0, Math.min(rows.size(), maxRows));
    }

    private static String closing(int more, Canvas c) {
        return more > 0 ? c.t("tui.award.next", more) : c.t("tui.award.continue");
    }
}
