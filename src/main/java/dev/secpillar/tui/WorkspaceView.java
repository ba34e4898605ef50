package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.LineDiff;
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

    static Panel panel(ChallengeScreen s, int width, Messages m) {
        CheckReport r = s.report();
        List<List<Segment>> rows = new ArrayList<>();
        int n = r.cases().size();
        int[] from = new int[n];
        int[] to = new int[n];
        if (n == 0) {
            rows.addAll(StepView.wrap(m.get("tui.ws.no_cases_yet"), Role.MUTED, width));
        } else {
            String head = r.passed() ? "✓ " + m.get("tui.ws.cases_passed", r.passing(), n)
                    : m.get("tui.ws.cases_pass", r.passing(), n);
            if (s.error().isPresent()) {
                head += " " + m.get("tui.ws.cases_last_read");
            }
            rows.addAll(StepView.wrap(head, r.passed() ? Role.RIGHT : Role.TITLE, width));
            for (int i = 0; i < n; i++) {
                CaseResult c = r.cases().get(i);
                from[i] = rows.size();
                if (c.pass()) {
                    List<List<Segment>> name = StepView.wrap(c.name(), Role.TEXT, Math.max(1, width - 2));
                    for (int j = 0; j < name.size(); j++) {
                        List<Segment> row = new ArrayList<>();
                        row.add(new Segment(j == 0 ? "✓ " : "  ", Role.RIGHT));
                        row.addAll(name.get(j));
                        rows.add(row);
                    }
                } else {
                    List<List<Segment>> name = StepView.wrap(c.name() + ": " + m.get("tui.ws.case_fails", c.expected(), c.actual()),
                            Role.TEXT, Math.max(1, width - 2));
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
            rows.add(Segment.plain(m.get("tui.ws.hints"), Role.TITLE));
            for (int i = 0; i < hints.size(); i++) {
                rows.addAll(StepView.wrap((i + 1) + ". " + hints.get(i), Role.TEXT, width));
            }
        }
        rows.add(List.of());
        rows.add(Segment.plain(m.get("tui.ws.exercise"), Role.TITLE));
        for (String line : s.ws().briefing()) {
            // an indented line (a pool action, a rule) keeps its indent on every wrapped row
            int indent = line.length() - line.stripLeading().length();
            rows.addAll(indent > 0 && indent < width / 2
                    ? StepView.wrap(line.strip(), Role.MUTED, width, indent)
                    : StepView.wrap(line, Role.MUTED, width));
        }
        return new Panel(rows, from, to);
    }

    static void render(ChallengeScreen s, Canvas c) {
        CheckReport r = s.report();
        String right = r.cases().isEmpty() ? "" : r.passed() ? c.t("tui.ws.header_passed") : r.passing() + "/" + r.cases().size();
        Chrome.header(c, c.t("tui.ws.header", s.ws().challenge().title()), right);
        // An answer's error is read whole: its wrapped rows come out of the panes' height.
        List<String> error = s.error().map(p -> Chrome.statusLines(c,
                "✗ " + c.t("tui.ws.error_at", p.line(), p.column(), p.message()), 3)).orElse(List.of());
        Layout layout = Layout.of(c.width, c.height - Math.max(0, error.size() - 1));
        if (s.plan().isPresent()) {
            plan(s, c, layout);
        } else {
            editor(s, c, layout);
        }
        titles(s, c, layout);
        Panel panel = panel(s, layout.panelWidth(), c.words);
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
        if (!error.isEmpty()) {
            Chrome.status(c, error, Role.WRONG);
        } else {
            s.notice().ifPresent(n -> Chrome.status(c, n, n.startsWith("✓") ? Role.RIGHT : Role.NOTICE));
        }
        s.overlay().ifPresent(o -> overlay(c, o, s.editor().text()));
    }

    /**
     * The panes' titles: the focused one is marked (▶ and reversed) so it is plain where keys
     * go; the editor's title carries the cursor's line and column.
     */
    private static void titles(ChallengeScreen s, Canvas c, Layout layout) {
        boolean editorFocus = s.focus() == ChallengeScreen.Focus.EDITOR && s.overlay().isEmpty();
        boolean panelFocus = s.focus() == ChallengeScreen.Focus.PANEL && s.overlay().isEmpty();
        EditBuffer e = s.editor();
        String where = s.plan().isPresent() ? c.t("tui.ws.plan_as_text") : c.t("tui.ws.line_col", e.row() + 1, e.col() + 1);
        int editorEnd = layout.editorLeft() + layout.editorWidth();
        String editorTitle = s.plan().isPresent()
                ? title(editorFocus, c.t("tui.ws.your_plan") + (editorFocus ? " · " + c.t("tui.ws.choosing") : ""))
                : title(editorFocus, c.t("tui.ws.your_answer", s.ws().format().suffix().toUpperCase())
                + (editorFocus ? " · " + c.t("tui.ws.typing") : ""));
        c.put(layout.editorLeft(), 1, editorTitle, editorFocus ? Role.SELECTED : Role.MUTED,
                editorEnd - Columns.width(where) - 1);
        c.putRight(editorEnd, 1, where, Role.MUTED);
        String panelTitle = title(panelFocus, c.t("tui.ws.panel") + (panelFocus ? " · " + c.t("tui.ws.keys_below") : ""));
        if (layout.sideBySide()) {
            for (int y = 0; y < layout.panelRows(); y++) {
                c.put(layout.editorWidth(), layout.panelTop() + y, "│", Role.FRAME);
            }
            c.put(layout.panelLeft(), 1, panelTitle, panelFocus ? Role.SELECTED : Role.MUTED);
        } else {
            int y = layout.panelTop() - 1;
            c.put(0, y, "─".repeat(c.width), Role.FRAME);
            c.put(1, y, panelTitle, panelFocus ? Role.SELECTED : Role.FRAME);
        }
    }

    /**
     * An ordering challenge's plan as a list: the plan's items in order, then the pool's other
     * actions, each with what it does (wrapped, never cut); the selected row is marked with ▶.
     */
    private static void plan(ChallengeScreen s, Canvas c, Layout layout) {
        int width = layout.editorWidth() - 1;
        java.util.Optional<PlanText> read = PlanText.read(s.editor().text());
        List<List<Segment>> rows = new ArrayList<>();
        if (read.isEmpty()) {
            rows.addAll(StepView.wrap(c.t("tui.ws.plan_unreadable"), Role.NOTICE, width));
            draw(c, layout, rows, 0);
            return;
        }
        PlanText p = read.get();
        List<String> ids = s.planRows(p);
        int n = p.items().size();
        int cursor = Math.min(s.plan().get().cursor(), Math.max(0, ids.size() - 1));
        boolean focused = s.focus() == ChallengeScreen.Focus.EDITOR && s.overlay().isEmpty();
        java.util.Map<String, dev.secpillar.challenge.PoolAction> pool = new java.util.LinkedHashMap<>();
        s.ws().pool().forEach(a -> pool.put(a.id(), a));
        int from = 0;
        int to = 0;
        rows.add(Segment.plain(c.t("tui.ws.plan_heading"), Role.TITLE));
        if (n == 0) {
            rows.add(Segment.plain("  " + c.t("tui.ws.plan_empty"), Role.MUTED));
        }
        for (int i = 0; i < ids.size(); i++) {
            if (i == n) {
                rows.add(List.of());
                rows.add(Segment.plain(c.t("tui.ws.pool_heading"), Role.TITLE));
            }
            dev.secpillar.challenge.PoolAction a = pool.get(ids.get(i));
            String number = i < n ? (i + 1) + ". " : "";
            String label = ids.get(i);
            if (a != null && a.policy()) {
                label += " " + (i < n && p.items().get(i).hasValue() ? c.t("tui.ws.policy_written") : c.t("tui.ws.policy_to_write"));
            }
            String text = label + (a == null ? " " + c.t("tui.ws.not_in_pool") : " — " + a.text());
            // wrapped rows hang under the text, after the item's number
            List<List<Segment>> wrapped = StepView.wrap(text, i < n ? Role.TEXT : Role.MUTED,
                    Math.max(1, width - 4 - number.length()));
            if (i == cursor) {
                from = rows.size();
            }
            for (int j = 0; j < wrapped.size(); j++) {
                List<Segment> row = new ArrayList<>();
                boolean mark = i == cursor && j == 0;
                row.add(new Segment(mark ? " ▶ " : "   ", Role.KEY));
                row.add(new Segment(j == 0 ? number : " ".repeat(number.length()), i < n ? Role.TEXT : Role.MUTED));
                row.addAll(wrapped.get(j));
                rows.add(i == cursor && focused ? row.stream().map(g -> new Segment(g.text(), Role.SELECTED)).toList() : row);
            }
            if (i == cursor) {
                to = rows.size() - 1;
            }
        }
        int scroll = Scroll.follow(0, from, to, rows.size(), layout.editorRows());
        draw(c, layout, rows, scroll);
    }

    private static void draw(Canvas c, Layout layout, List<List<Segment>> rows, int scroll) {
        int limit = layout.editorLeft() + layout.editorWidth();
        for (int i = 0; i < layout.editorRows() && scroll + i < rows.size(); i++) {
            put(c, layout.editorLeft() + 1, layout.editorTop() + i, rows.get(scroll + i), null, limit);
        }
    }

    private static String title(boolean focused, String text) {
        return (focused ? " ▶ " : " ") + text + " ";
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
            // a space inside the leading indent is no place to cut: a long word there would never end
            int indent = head.length() - head.stripLeading().length();
            int cut = head.lastIndexOf(' ');
            if (cut <= indent) {
                cut = Math.max(indent + 1, head.length());
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

    /**
     * The editor's lines. Only the cursor's line scrolls sideways (the others stay at their
     * start, so a long line never empties the pane); a line that goes on past the edge ends in
     * "›", one scrolled from its start begins with "‹".
     */
    private static void editor(ChallengeScreen s, Canvas c, Layout layout) {
        if (s.wrap()) {
            wrapped(s, c, layout);
            return;
        }
        EditBuffer e = s.editor().scrolledFor(layout.editorRows());
        boolean focused = s.focus() == ChallengeScreen.Focus.EDITOR && s.overlay().isEmpty();
        int errorLine = s.error().map(AnswerProblem::line).orElse(0);
        int textLeft = layout.editorLeft() + Layout.GUTTER;
        int width = layout.editorTextWidth();
        int limit = layout.editorLeft() + layout.editorWidth();
        for (int i = 0; i < layout.editorRows(); i++) {
            int index = e.top() + i;
            int y = layout.editorTop() + i;
            if (index >= e.lines().size()) {
                break;
            }
            boolean bad = index + 1 == errorLine;
            String number = String.format("%3d", index + 1);
            c.put(layout.editorLeft(), y, number, bad ? Role.WRONG : Role.MUTED, limit);
            c.put(layout.editorLeft() + 3, y, bad ? "✗" : " ", Role.WRONG, limit);
            String line = e.lines().get(index);
            int offset = index == e.row() ? EditBuffer.lineOffset(e.col(), width) : 0;
            for (int x = 0; x < width; x++) {
                int at = offset + x;
                String cell;
                Role role = Role.CODE;
                if (x == 0 && offset > 0) {
                    cell = "‹";
                    role = Role.MUTED;
                } else if (x == width - 1 && line.length() > at + 1) {
                    cell = "›";
                    role = Role.MUTED;
                } else {
                    cell = at < line.length() ? String.valueOf(line.charAt(at)) : " ";
                    if (at > line.length() || (at == line.length() && !e.selected(index, at))) {
                        if (!(focused && index == e.row() && at == e.col())) {
                            continue;
                        }
                    }
                }
                if (e.selected(index, at)) {
                    role = Role.SELECTION;
                }
                if (focused && index == e.row() && at == e.col()) {
                    role = Role.SELECTED;
                }
                c.put(textLeft + x, y, cell, role, limit);
            }
        }
    }

    /**
     * The editor's lines with soft wrap: a long line goes on over the next rows (see
     * {@link SoftWrap}), cluster by cluster at display columns. Only a line's first row has its
     * number (and the ✗ of a line that does not read); the rows it goes on over have a muted ↪.
     */
    private static void wrapped(ChallengeScreen s, Canvas c, Layout layout) {
        int width = layout.editorTextWidth();
        // wrapped once: scrolling moves the top, not the text, so the rows serve both
        List<SoftWrap.Row> rows = SoftWrap.rows(s.editor().lines(), width);
        EditBuffer e = s.editor().scrolledOver(layout.editorRows(), rows);
        boolean focused = s.focus() == ChallengeScreen.Focus.EDITOR && s.overlay().isEmpty();
        int errorLine = s.error().map(AnswerProblem::line).orElse(0);
        int textLeft = layout.editorLeft() + Layout.GUTTER;
        int limit = layout.editorLeft() + layout.editorWidth();
        for (int i = 0; i < layout.editorRows() && e.top() + i < rows.size(); i++) {
            SoftWrap.Row r = rows.get(e.top() + i);
            int y = layout.editorTop() + i;
            int index = r.line();
            if (r.first()) {
                boolean bad = index + 1 == errorLine;
                c.put(layout.editorLeft(), y, String.format("%3d", index + 1), bad ? Role.WRONG : Role.MUTED, limit);
                c.put(layout.editorLeft() + 3, y, bad ? "✗" : " ", Role.WRONG, limit);
            } else {
                c.put(layout.editorLeft() + 2, y, "↪", Role.MUTED, limit);
            }
            String line = e.lines().get(index);
            boolean cursorHere = focused && index == e.row() && r.holds(e.col());
            int x = 0;
            int at = r.from();
            for (String cluster : Columns.clusters(line.substring(r.from(), r.to()))) {
                int next = at + cluster.length();
                Role role = Role.CODE;
                if (e.selected(index, at)) {
                    role = Role.SELECTION;
                }
                if (cursorHere && e.col() >= at && e.col() < next) {
                    role = Role.SELECTED;
                }
                c.put(textLeft + x, y, cluster, role, limit);
                x += Columns.width(cluster);
                at = next;
            }
            // the line's end: a cell for the cursor there, or for a selected newline
            if (r.last() && x < width) {
                boolean cursorAtEnd = cursorHere && e.col() == line.length();
                if (cursorAtEnd || e.selected(index, line.length())) {
                    c.put(textLeft + x, y, " ", cursorAtEnd ? Role.SELECTED : Role.SELECTION, limit);
                }
            }
        }
    }

    private static void overlay(Canvas c, ChallengeScreen.Overlay o, String answer) {
        int inner = Math.max(10, Math.min(c.width - 6, 76));
        int maxRows = Math.max(3, c.height - 4);
        List<List<Segment>> lines = new ArrayList<>();
        switch (o.kind()) {
            case SOLUTION -> {
                for (LineDiff.Line d : LineDiff.of(answer, o.text())) {
                    Role role = switch (d.kind()) {
                        case SAME -> Role.CODE;
                        case REMOVED -> Role.WRONG;
                        case ADDED -> Role.RIGHT;
                    };
                    String mark = d.marked().substring(0, 2);
                    List<String> pieces = literal(d.text(), inner - 2);
                    for (int i = 0; i < pieces.size(); i++) {
                        lines.add(List.of(new Segment(i == 0 ? mark : "  ", role), new Segment(pieces.get(i), role)));
                    }
                }
                if (!LineDiff.differ(answer, o.text())) {
                    lines.add(0, Segment.plain(c.t("tui.ws.same_as_solution"), Role.RIGHT));
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
        String more = scroll + bodyRows < lines.size() ? " ↓ " + c.t("tui.ws.more") + " " : "";
        c.put(left, top + rows - 1, "└" + "─".repeat(inner + 2 - Columns.width(more)) + more + "┘", Role.FRAME);
    }
}
