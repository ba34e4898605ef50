package dev.secpillar.tui;

import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.challenge.AnswerProblem;
import dev.secpillar.challenge.CaseResult;
import dev.secpillar.challenge.CheckReport;
import java.util.ArrayList;
import java.util.List;

/** Draws the challenge workspace from its state: header, editor, cases panel, status line, overlay. */
final class WorkspaceView {
    private WorkspaceView() {}

    /** The panel's rows, and where each case's rows are (to keep the selected one in view). */
    record Panel(List<List<Segment>> rows, int[] from, int[] to) {
        int caseFrom(int i) {
            return i < from.length ? from[i] : 0;
        }

        int caseTo(int i) {
            return i < to.length ? to[i] : 0;
        }

        boolean highlighted(int row, int selected) {
            return selected < from.length && row >= from[selected] && row <= to[selected];
        }
    }

    static Panel panel(ChallengeScreen s, int width) {
        CheckReport r = s.report();
        List<List<Segment>> rows = new ArrayList<>();
        int n = r.cases().size();
        int[] from = new int[n];
        int[] to = new int[n];
        if (n == 0) {
            rows.addAll(StepView.wrap("No cases yet: the answer does not read. Fix the error shown below the editor.",
                    Role.MUTED, width));
        } else {
            String head = r.passed() ? "✓ Passed: " + r.passing() + " of " + n + " cases"
                    : "Cases: " + r.passing() + " of " + n + " pass";
            if (s.error().isPresent()) {
                head += " (from your last answer that read)";
            }
            rows.addAll(StepView.wrap(head, r.passed() ? Role.RIGHT : Role.TITLE, width));
            for (int i = 0; i < n; i++) {
                CaseResult c = r.cases().get(i);
                from[i] = rows.size();
                if (c.pass()) {
                    rows.add(List.of(new Segment("✓ ", Role.RIGHT), new Segment(c.name(), Role.TEXT)));
                } else {
                    List<List<Segment>> name = StepView.wrap(c.name() + ": expected " + c.expected() + ", got "
                            + c.actual(), Role.TEXT, Math.max(1, width - 2));
                    for (int j = 0; j < name.size(); j++) {
                        List<Segment> row = new ArrayList<>();
                        row.add(new Segment(j == 0 ? "✗ " : "  ", Role.WRONG));
                        row.addAll(name.get(j));
                        rows.add(row);
                    }
                    if (!c.reason().isEmpty()) {
                        for (List<Segment> line : StepView.wrap(c.reason(), Role.MUTED, Math.max(1, width - 4))) {
                            List<Segment> row = new ArrayList<>();
                            row.add(new Segment("    ", Role.MUTED));
                            row.addAll(line);
                            rows.add(row);
                        }
                    }
                }
                to[i] = rows.size() - 1;
            }
            for (AnswerProblem p : r.problems()) {
                rows.addAll(StepView.wrap("✗ " + p.located(), Role.WRONG, width));
            }
        }
        List<String> hints = s.ws().hintsShown();
        if (!hints.isEmpty()) {
            rows.add(List.of());
            rows.add(Segment.plain("Hints", Role.TITLE));
            for (int i = 0; i < hints.size(); i++) {
                rows.addAll(StepView.wrap((i + 1) + ". " + hints.get(i), Role.TEXT, width));
            }
        }
        rows.add(List.of());
        rows.add(Segment.plain("The exercise", Role.TITLE));
        for (String line : s.ws().briefing()) {
            rows.addAll(StepView.wrap(line, Role.MUTED, width));
        }
        return new Panel(rows, from, to);
    }

    static void render(ChallengeScreen s, Canvas c) {
        CheckReport r = s.report();
        String right = r.cases().isEmpty() ? "" : r.passed() ? "passed" : r.passing() + "/" + r.cases().size();
        Chrome.header(c, "Challenge › " + s.ws().challenge().title(), right);
        Layout layout = Layout.of(c.width, c.height);
        editor(s, c, layout);
        if (layout.sideBySide()) {
            for (int y = 0; y < layout.panelRows(); y++) {
                c.put(layout.editorWidth(), layout.panelTop() + y, "│", Role.FRAME);
            }
        } else {
            int y = layout.panelTop() - 1;
            String label = s.focus() == ChallengeScreen.Focus.PANEL ? "─ Cases ◀ " : "─ Cases ";
            c.put(0, y, label + "─".repeat(Math.max(0, c.width - Columns.width(label))), Role.FRAME);
        }
        Panel panel = panel(s, layout.panelWidth());
        int scroll = Scroll.clamp(s.panelScroll(), panel.rows().size(), layout.panelRows());
        boolean panelFocus = s.focus() == ChallengeScreen.Focus.PANEL;
        for (int i = 0; i < layout.panelRows() && scroll + i < panel.rows().size(); i++) {
            int index = scroll + i;
            int y = layout.panelTop() + i;
            if (panelFocus && panel.highlighted(index, s.selected())) {
                c.fill(layout.panelLeft(), y, layout.panelWidth(), Role.SELECTED);
                put(c, layout.panelLeft(), y, panel.rows().get(index), Role.SELECTED, layout.panelLeft() + layout.panelWidth());
            } else {
                put(c, layout.panelLeft(), y, panel.rows().get(index), null, layout.panelLeft() + layout.panelWidth());
            }
        }
        if (s.error().isPresent()) {
            AnswerProblem p = s.error().get();
            Chrome.status(c, "✗ line " + p.line() + ", col " + p.column() + ": " + p.message(), Role.WRONG);
        } else {
            s.notice().ifPresent(n -> Chrome.status(c, n, n.startsWith("✓") ? Role.RIGHT : Role.NOTICE));
        }
        s.overlay().ifPresent(o -> overlay(c, o));
    }

    /** A line cut to the width at spaces, keeping its own spacing (case details line up in columns). */
    static List<String> literal(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = dev.secpillar.app.text.Sanitizer.cleanLine(line);
        while (Columns.width(rest) > width) {
            String head = Columns.truncate(rest, width);
            if (head.endsWith("…")) {
                head = head.substring(0, head.length() - 1);
            }
            int cut = head.lastIndexOf(' ');
            if (cut <= 0) {
                cut = head.length();
            }
            out.add(rest.substring(0, cut));
            rest = "  " + rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    private static void put(Canvas c, int col, int row, List<Segment> segments, Role role, int limit) {
        for (Segment seg : segments) {
            col = c.put(col, row, seg.text(), role == null ? seg.role() : role, limit);
        }
    }

    private static void editor(ChallengeScreen s, Canvas c, Layout layout) {
        TextEditor e = s.editor().scrolledFor(layout.editorRows(), layout.editorTextWidth());
        boolean focused = s.focus() == ChallengeScreen.Focus.EDITOR && s.overlay().isEmpty();
        int errorLine = s.error().map(AnswerProblem::line).orElse(0);
        int textLeft = layout.editorLeft() + Layout.GUTTER;
        int limit = layout.editorLeft() + layout.editorWidth();
        for (int i = 0; i < layout.editorRows(); i++) {
            int index = e.firstRow() + i;
            int y = layout.editorTop() + i;
            if (index >= e.lines().size()) {
                break;
            }
            boolean bad = index + 1 == errorLine;
            String number = String.format("%3d", index + 1);
            c.put(layout.editorLeft(), y, number, bad ? Role.WRONG : Role.MUTED, limit);
            c.put(layout.editorLeft() + 3, y, bad ? "✗" : " ", Role.WRONG, limit);
            String line = e.lines().get(index);
            String shown = e.firstCol() < line.length() ? line.substring(e.firstCol()) : "";
            c.put(textLeft, y, shown, Role.CODE, limit);
            if (focused && index == e.row()) {
                int x = textLeft + (e.col() - e.firstCol());
                if (x < limit) {
                    String under = e.col() < line.length() ? line.substring(e.col(), e.col() + 1) : " ";
                    c.put(x, y, under, Role.SELECTED, limit);
                }
            }
        }
    }

    private static void overlay(Canvas c, ChallengeScreen.Overlay o) {
        int inner = Math.max(10, Math.min(c.width - 6, 76));
        int maxRows = Math.max(3, c.height - 4);
        List<List<Segment>> lines = new ArrayList<>();
        switch (o.kind()) {
            case SOLUTION -> {
                for (String l : o.text().strip().split("\n", -1)) {
                    lines.add(Segment.plain(l, Role.CODE));
                }
            }
            case STORY, HINT -> MarkupLayout.layout(o.text(), inner).forEach(l -> lines.add(Segment.row(l)));
            default -> {
                for (String l : o.text().strip().split("\n", -1)) {
                    for (String piece : literal(l, inner)) {
                        lines.add(Segment.plain(piece, Role.TEXT));
                    }
                }
            }
        }
        int bodyRows = Math.min(lines.size(), maxRows - 2);
        int scroll = Scroll.clamp(o.scroll(), lines.size(), bodyRows);
        int rows = bodyRows + 2;
        int left = Math.max(0, (c.width - inner - 4) / 2);
        int top = Math.max(1, (c.height - rows) / 2);
        int right = left + inner + 3;
        String title = " " + Columns.truncate(o.title(), inner - 2) + " ";
        c.put(left, top, "┌─" + title + "─".repeat(Math.max(0, inner + 1 - Columns.width(title))) + "┐", Role.FRAME);
        for (int r = 1; r < rows - 1; r++) {
            c.put(left, top + r, "│", Role.FRAME);
            c.fill(left + 1, top + r, inner + 2, Role.TEXT);
            c.put(right, top + r, "│", Role.FRAME);
            int index = scroll + r - 1;
            if (index < lines.size()) {
                put(c, left + 2, top + r, lines.get(index), null, right - 1);
            }
        }
        String more = scroll + bodyRows < lines.size() ? " ↓ more " : "";
        c.put(left, top + rows - 1, "└" + "─".repeat(inner + 2 - Columns.width(more)) + more + "┘", Role.FRAME);
    }
}
