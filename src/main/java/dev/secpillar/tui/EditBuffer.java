package dev.secpillar.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of the built-in editor and everything a learner's hands do to it: the lines, the
 * cursor (row, column in characters), a selection (from an anchor to the cursor), the first row
 * shown, the editor's own clipboard and the undo and redo stacks. No terminal here: every
 * change returns a new buffer, so the workspace keeps it in a record and a test drives it with
 * plain calls.
 *
 * <p>Undo works by edit run, as in most editors: a run of typed characters, of Backspaces, of
 * Deletes or of Ctrl-K is one step; a cursor move, a newline, a paste or a cut starts a new one.
 */
record EditBuffer(List<String> lines, int row, int col, int anchorRow, int anchorCol, int top, int goal,
                  History history, String clipboard) {
    /** Tabs become spaces: policies and rule tables are indented with two, and YAML forbids tabs there. */
    static final String TAB = "  ";
    /** Undo steps kept; older ones are dropped. */
    static final int UNDO_LIMIT = 500;
    private static final int NO_ANCHOR = -1;

    /** A position in the text. */
    record Pos(int row, int col) implements Comparable<Pos> {
        @Override
        public int compareTo(Pos o) {
            return row != o.row ? Integer.compare(row, o.row) : Integer.compare(col, o.col);
        }
    }

    /** What an edit was, so a run of the same kind becomes one undo step. */
    enum Run { NONE, TYPE, BACKSPACE, DELETE, CUT_LINE }

    /** The text and cursor before an edit, to go back to. */
    record Snapshot(List<String> lines, int row, int col) {}

    /** Undo and redo stacks (last element on top) and the kind of the last edit. */
    record History(List<Snapshot> undo, List<Snapshot> redo, Run run) {
        static final History EMPTY = new History(List.of(), List.of(), Run.NONE);

        History broken() {
            return run == Run.NONE ? this : new History(undo, redo, Run.NONE);
        }
    }

    EditBuffer {
        lines = List.copyOf(lines.isEmpty() ? List.of("") : lines);
        row = Math.max(0, Math.min(row, lines.size() - 1));
        col = Math.max(0, Math.min(col, lines.get(row).length()));
        if (anchorRow >= 0) {
            anchorRow = Math.min(anchorRow, lines.size() - 1);
            anchorCol = Math.max(0, Math.min(anchorCol, lines.get(anchorRow).length()));
            if (anchorRow == row && anchorCol == col) {
                anchorRow = NO_ANCHOR;
            }
        }
        if (anchorRow < 0) {
            anchorRow = NO_ANCHOR;
            anchorCol = 0;
        }
        top = Math.max(0, top); // a line, or a screen row when wrapped: scrolledFor keeps it in range
        goal = Math.max(0, goal);
    }

    static EditBuffer of(String text) {
        return new EditBuffer(split(text, true), 0, 0, NO_ANCHOR, 0, 0, 0, History.EMPTY, "");
    }

    /** Lines of a text: CRLF and CR read as newlines, tabs as two spaces; a file's last newline is no extra line. */
    private static List<String> split(String text, boolean file) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", TAB);
        if (file && t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return List.of(t.split("\n", -1));
    }

    /**
     * The text, ending with one newline as files do: an empty last line is that newline (so a
     * pasted file that ends in a newline comes back byte for byte); an empty buffer is "".
     */
    String text() {
        String joined = String.join("\n", lines);
        return joined.isEmpty() || lines.get(lines.size() - 1).isEmpty() ? joined : joined + "\n";
    }

    /** The same text in a new buffer state; the old text stays one undo away. */
    EditBuffer replacedBy(String text) {
        EditBuffer b = remember(Run.NONE);
        return new EditBuffer(split(text, true), 0, 0, NO_ANCHOR, 0, 0, 0, b.history, clipboard);
    }

    private String line() {
        return lines.get(row);
    }

    Pos cursor() {
        return new Pos(row, col);
    }

    boolean hasSelection() {
        return anchorRow != NO_ANCHOR;
    }

    /** The selection's first and last position (start inclusive, end exclusive); the cursor twice when none. */
    Pos selectionStart() {
        Pos a = new Pos(anchorRow, anchorCol);
        return !hasSelection() || cursor().compareTo(a) < 0 ? cursor() : a;
    }

    Pos selectionEnd() {
        Pos a = new Pos(anchorRow, anchorCol);
        return !hasSelection() || cursor().compareTo(a) > 0 ? cursor() : a;
    }

    String selectedText() {
        if (!hasSelection()) {
            return "";
        }
        return between(selectionStart(), selectionEnd());
    }

    private String between(Pos from, Pos to) {
        if (from.row == to.row) {
            return lines.get(from.row).substring(from.col, to.col);
        }
        StringBuilder sb = new StringBuilder(lines.get(from.row).substring(from.col));
        for (int r = from.row + 1; r < to.row; r++) {
            sb.append('\n').append(lines.get(r));
        }
        return sb.append('\n').append(lines.get(to.row), 0, to.col).toString();
    }

    /** Whether the cell at (row, col) is selected (for drawing). */
    boolean selected(int r, int c) {
        if (!hasSelection()) {
            return false;
        }
        Pos p = new Pos(r, c);
        return p.compareTo(selectionStart()) >= 0 && p.compareTo(selectionEnd()) < 0;
    }

    // ---- building new states

    private EditBuffer moved(int newRow, int newCol, boolean select, boolean keepGoal) {
        int ar = anchorRow;
        int ac = anchorCol;
        if (select && !hasSelection()) {
            ar = row;
            ac = col;
        } else if (!select) {
            ar = NO_ANCHOR;
        }
        int r = Math.max(0, Math.min(newRow, lines.size() - 1));
        int c = Math.max(0, Math.min(newCol, lines.get(r).length()));
        return new EditBuffer(lines, r, c, ar, ac, top, keepGoal ? goal : c, history.broken(), clipboard);
    }

    /** This state pushed on the undo stack, unless it continues the same run of edits. */
    private EditBuffer remember(Run run) {
        if (run != Run.NONE && run == history.run && !hasSelection()) {
            return this;
        }
        List<Snapshot> undo = new ArrayList<>(history.undo);
        undo.add(new Snapshot(lines, row, col));
        if (undo.size() > UNDO_LIMIT) {
            undo.remove(0);
        }
        return new EditBuffer(lines, row, col, anchorRow, anchorCol, top, goal,
                new History(undo, List.of(), run), clipboard);
    }

    /** An edit: the new lines and cursor, with the state before it remembered for undo. */
    private EditBuffer edited(Run run, List<String> newLines, int newRow, int newCol) {
        EditBuffer before = remember(run);
        History h = new History(before.history.undo, List.of(), run);
        int r = Math.max(0, Math.min(newRow, Math.max(0, newLines.size() - 1)));
        return new EditBuffer(newLines, r, newCol, NO_ANCHOR, 0, top, newCol, h, clipboard);
    }

    /** The selection taken out: lines and cursor as if it had never been there (no undo step of its own). */
    private EditBuffer withoutSelection() {
        if (!hasSelection()) {
            return this;
        }
        Pos s = selectionStart();
        Pos e = selectionEnd();
        List<String> out = new ArrayList<>(lines.subList(0, s.row));
        out.add(lines.get(s.row).substring(0, s.col) + lines.get(e.row).substring(e.col));
        out.addAll(lines.subList(e.row + 1, lines.size()));
        return new EditBuffer(out, s.row, s.col, NO_ANCHOR, 0, top, s.col, history, clipboard);
    }

    // ---- typing

    EditBuffer type(char c) {
        if (c == '\t') {
            return insertRun(TAB, Run.TYPE);
        }
        return insertRun(String.valueOf(c), Run.TYPE);
    }

    /**
     * Text inserted exactly as given (a paste): newlines split lines, nothing is indented and
     * nothing is read as a key. One undo step.
     */
    EditBuffer insert(String text) {
        return insertRun(text, Run.NONE);
    }

    private EditBuffer insertRun(String text, Run run) {
        EditBuffer start = hasSelection() ? remember(Run.NONE) : remember(run);
        EditBuffer b = start.withoutSelection();
        List<String> pieces = split(text, false);
        String head = b.line().substring(0, b.col);
        String tail = b.line().substring(b.col);
        List<String> out = new ArrayList<>(b.lines.size() + pieces.size());
        out.addAll(b.lines.subList(0, b.row));
        int newRow;
        int newCol;
        if (pieces.size() == 1) {
            out.add(head + pieces.get(0) + tail);
            newRow = b.row;
            newCol = head.length() + pieces.get(0).length();
        } else {
            out.add(head + pieces.get(0));
            out.addAll(pieces.subList(1, pieces.size() - 1));
            String last = pieces.get(pieces.size() - 1);
            out.add(last + tail);
            newRow = b.row + pieces.size() - 1;
            newCol = last.length();
        }
        out.addAll(b.lines.subList(b.row + 1, b.lines.size()));
        History h = new History(start.history.undo, List.of(), run);
        return new EditBuffer(out, newRow, newCol, NO_ANCHOR, 0, top, newCol, h, clipboard);
    }

    /** Enter as typed: splits the line and keeps its indentation on the new one (never used for a paste). */
    EditBuffer newline() {
        EditBuffer b = remember(Run.NONE).withoutSelection();
        String line = b.line();
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        indent = indent.length() > b.col ? indent.substring(0, b.col) : indent;
        List<String> out = new ArrayList<>(b.lines);
        out.set(b.row, line.substring(0, b.col));
        out.add(b.row + 1, indent + line.substring(b.col));
        return new EditBuffer(out, b.row + 1, indent.length(), NO_ANCHOR, 0, top, indent.length(),
                new History(b.history.undo, List.of(), Run.NONE), clipboard);
    }

    EditBuffer backspace() {
        if (hasSelection()) {
            return deleteSelection();
        }
        if (col > 0) {
            List<String> out = new ArrayList<>(lines);
            out.set(row, line().substring(0, col - 1) + line().substring(col));
            return edited(Run.BACKSPACE, out, row, col - 1);
        }
        if (row == 0) {
            return this;
        }
        List<String> out = new ArrayList<>(lines);
        String previous = out.get(row - 1);
        out.set(row - 1, previous + line());
        out.remove(row);
        return edited(Run.BACKSPACE, out, row - 1, previous.length());
    }

    EditBuffer delete() {
        if (hasSelection()) {
            return deleteSelection();
        }
        if (col < line().length()) {
            List<String> out = new ArrayList<>(lines);
            out.set(row, line().substring(0, col) + line().substring(col + 1));
            return edited(Run.DELETE, out, row, col);
        }
        if (row == lines.size() - 1) {
            return this;
        }
        List<String> out = new ArrayList<>(lines);
        out.set(row, line() + out.get(row + 1));
        out.remove(row + 1);
        return edited(Run.DELETE, out, row, col);
    }

    private EditBuffer deleteSelection() {
        EditBuffer b = remember(Run.NONE).withoutSelection();
        return new EditBuffer(b.lines, b.row, b.col, NO_ANCHOR, 0, top, b.col,
                new History(b.history.undo, List.of(), Run.NONE), clipboard);
    }

    /**
     * Ctrl-K: the cursor's line goes to the clipboard (a run of Ctrl-K collects the lines, as in
     * nano, so Ctrl-V puts the block back elsewhere).
     */
    EditBuffer cutLine() {
        if (hasSelection()) {
            return moved(row, col, false, false).cutLine();
        }
        String taken = line() + "\n";
        String clip = history.run == Run.CUT_LINE ? clipboard + taken : taken;
        List<String> out = new ArrayList<>(lines);
        out.remove(row);
        EditBuffer b = edited(Run.CUT_LINE, out.isEmpty() ? List.of("") : out, row, 0);
        return new EditBuffer(b.lines, b.row, 0, NO_ANCHOR, 0, top, 0, b.history, clip);
    }

    // ---- clipboard

    EditBuffer copy() {
        if (!hasSelection()) {
            return this;
        }
        return new EditBuffer(lines, row, col, anchorRow, anchorCol, top, goal, history.broken(), selectedText());
    }

    EditBuffer cut() {
        if (!hasSelection()) {
            return this;
        }
        String taken = selectedText();
        EditBuffer b = deleteSelection();
        return new EditBuffer(b.lines, b.row, b.col, NO_ANCHOR, 0, top, b.col, b.history, taken);
    }

    EditBuffer paste() {
        return clipboard.isEmpty() ? this : insert(clipboard);
    }

    // ---- undo

    EditBuffer undo() {
        return history.undo.isEmpty() ? this : restore(history.undo, history.redo, true);
    }

    EditBuffer redo() {
        return history.redo.isEmpty() ? this : restore(history.redo, history.undo, false);
    }

    /**
     * Back to the last snapshot of {@code from} (the undo list for undo, the redo list for redo),
     * with the text as it is now added to {@code to}, so the step can be taken back.
     */
    private EditBuffer restore(List<Snapshot> from, List<Snapshot> to, boolean undoing) {
        List<Snapshot> left = new ArrayList<>(from);
        Snapshot s = left.remove(left.size() - 1);
        List<Snapshot> other = new ArrayList<>(to);
        other.add(new Snapshot(lines, row, col));
        History h = undoing ? new History(left, other, Run.NONE) : new History(other, left, Run.NONE);
        return new EditBuffer(s.lines, s.row, s.col, NO_ANCHOR, 0, top, s.col, h, clipboard);
    }

    boolean canUndo() {
        return !history.undo.isEmpty();
    }

    // ---- moving (select = Shift held: the selection grows from where it started)

    EditBuffer left(boolean select) {
        if (!select && hasSelection()) {
            Pos s = selectionStart();
            return moved(s.row, s.col, false, false);
        }
        if (col > 0) {
            return moved(row, clusterStart(line(), col - 1), select, false);
        }
        return row > 0 ? moved(row - 1, lines.get(row - 1).length(), select, false) : moved(row, col, select, false);
    }

    EditBuffer right(boolean select) {
        if (!select && hasSelection()) {
            Pos e = selectionEnd();
            return moved(e.row, e.col, false, false);
        }
        if (col < line().length()) {
            return moved(row, clusterEnd(line(), col + 1), select, false);
        }
        return row < lines.size() - 1 ? moved(row + 1, 0, select, false) : moved(row, col, select, false);
    }

    /**
     * Arrows step over a letter's combining marks (and a surrogate pair) as one: a decomposed
     * Vietnamese "ế" is three chars but one step, as it is one cell.
     */
    private static boolean joins(String l, int i) {
        if (i <= 0 || i >= l.length()) {
            return false;
        }
        char c = l.charAt(i);
        int type = Character.getType(c);
        return Character.isLowSurrogate(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\u200D' || c == '\uFE0F';
    }

    private static int clusterStart(String l, int i) {
        while (joins(l, i)) {
            i--;
        }
        return i;
    }

    private static int clusterEnd(String l, int i) {
        while (joins(l, i)) {
            i++;
        }
        return i;
    }

    /** Up or down {@code n} lines, keeping the column the learner was in before short lines. */
    EditBuffer vertical(int n, boolean select) {
        int r = Math.max(0, Math.min(lines.size() - 1, row + n));
        if (r == row) {
            return moved(row, n < 0 ? 0 : line().length(), select, false);
        }
        EditBuffer b = moved(r, Math.max(goal, col), select, true);
        return b;
    }

    /**
     * Up or down {@code n} screen rows when lines are wrapped to {@code width} columns (0: not
     * wrapped, move by lines), keeping the screen column the learner was in. {@code goal} holds
     * that column after such a move; it differs from the cursor's column only then (every other
     * move sets it to the column), so a goal equal to the column means "start from where I am".
     */
    EditBuffer vertical(int n, boolean select, int width) {
        if (width <= 0) {
            return vertical(n, select);
        }
        List<SoftWrap.Row> rows = SoftWrap.rows(lines, width);
        int at = SoftWrap.indexOf(rows, row, col);
        int to = Math.max(0, Math.min(rows.size() - 1, at + n));
        if (to == at) {
            return moved(row, n < 0 ? 0 : line().length(), select, false);
        }
        int x = goal != col ? goal : SoftWrap.x(line(), rows.get(at), col);
        SoftWrap.Row target = rows.get(to);
        int c = SoftWrap.colAt(lines.get(target.line()), target, x);
        EditBuffer b = moved(target.line(), c, select, true);
        return new EditBuffer(b.lines, b.row, b.col, b.anchorRow, b.anchorCol, b.top, x, b.history, b.clipboard);
    }

    /**
     * Home with wrapped lines: the start of the cursor's screen row; pressed there (or on a
     * line's first row) it is the plain Home, to the indent and then the line's start.
     */
    EditBuffer home(boolean select, int width) {
        if (width > 0) {
            SoftWrap.Row r = cursorRow(width);
            if (!r.first() && col != r.from()) {
                return moved(row, r.from(), select, false);
            }
        }
        return home(select);
    }

    /**
     * End with wrapped lines: the end of the cursor's screen row. On a row the line goes on
     * from, that is its last character (the space or comma where it breaks: the place after it
     * is the next row's start); pressed there it goes on to the line's end.
     */
    EditBuffer end(boolean select, int width) {
        if (width > 0) {
            SoftWrap.Row r = cursorRow(width);
            int rowEnd = SoftWrap.colAt(line(), r, Integer.MAX_VALUE);
            if (!r.last() && col != rowEnd) {
                return moved(row, rowEnd, select, false);
            }
        }
        return end(select);
    }

    private SoftWrap.Row cursorRow(int width) {
        List<SoftWrap.Row> rows = SoftWrap.rows(line(), row, width);
        return rows.stream().filter(r -> r.holds(col)).findFirst().orElse(rows.get(rows.size() - 1));
    }

    EditBuffer home(boolean select) {
        int indent = line().length() - line().stripLeading().length();
        return moved(row, col == indent ? 0 : indent, select, false);
    }

    EditBuffer end(boolean select) {
        return moved(row, line().length(), select, false);
    }

    EditBuffer documentStart(boolean select) {
        return moved(0, 0, select, false);
    }

    EditBuffer documentEnd(boolean select) {
        int last = lines.size() - 1;
        return moved(last, lines.get(last).length(), select, false);
    }

    /** To the start of the previous word (letters, digits, _ and - make a word; punctuation is a word of its own). */
    EditBuffer wordLeft(boolean select) {
        if (col == 0) {
            return left(select);
        }
        String l = line();
        int c = col;
        while (c > 0 && Character.isWhitespace(l.charAt(c - 1))) {
            c--;
        }
        if (c > 0) {
            int kind = kind(l.charAt(c - 1));
            while (c > 0 && kind(l.charAt(c - 1)) == kind && !Character.isWhitespace(l.charAt(c - 1))) {
                c--;
            }
        }
        return moved(row, c, select, false);
    }

    /** To the end of the next word. */
    EditBuffer wordRight(boolean select) {
        String l = line();
        if (col == l.length()) {
            return right(select);
        }
        int c = col;
        while (c < l.length() && Character.isWhitespace(l.charAt(c))) {
            c++;
        }
        if (c < l.length()) {
            int kind = kind(l.charAt(c));
            while (c < l.length() && kind(l.charAt(c)) == kind && !Character.isWhitespace(l.charAt(c))) {
                c++;
            }
        }
        return moved(row, c, select, false);
    }

    private static int kind(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' ? 1 : 2;
    }

    EditBuffer selectAll() {
        int last = lines.size() - 1;
        return new EditBuffer(lines, last, lines.get(last).length(), 0, 0, top, 0, history.broken(), clipboard);
    }

    // ---- view

    /** The same buffer scrolled so the cursor's line is among {@code rows} rows shown. */
    EditBuffer scrolledFor(int rows) {
        return scrolledTo(topShowing(row, rows, lines.size()));
    }

    /** The first of {@code rows} rows shown, moved as little as it takes to show row {@code at} of {@code total}. */
    private int topShowing(int at, int rows, int total) {
        int t = top;
        if (at < t) {
            t = at;
        } else if (at >= t + rows) {
            t = at - rows + 1;
        }
        return Math.min(at, Math.max(0, Math.min(t, Math.max(0, total - rows))));
    }

    private EditBuffer scrolledTo(int t) {
        return t == top ? this : new EditBuffer(lines, row, col, anchorRow, anchorCol, t, goal, history, clipboard);
    }

    /**
     * The same buffer scrolled so the cursor's screen row is among {@code rows} rows shown,
     * with lines wrapped to {@code width} columns ({@code top} then counts screen rows); 0 is
     * no wrap.
     */
    EditBuffer scrolledFor(int rows, int width) {
        if (width <= 0) {
            return scrolledFor(rows);
        }
        return scrolledOver(rows, SoftWrap.rows(lines, width));
    }

    /**
     * The same, over the screen rows of these lines already wrapped ({@code all}, as
     * {@link SoftWrap#rows(List, int)} gives them): a frame that draws those rows wraps once.
     */
    EditBuffer scrolledOver(int rows, List<SoftWrap.Row> all) {
        return scrolledTo(topShowing(SoftWrap.indexOf(all, row, col), rows, all.size()));
    }

    /**
     * Where the cursor's line starts on screen when it is longer than {@code width} cells: only
     * that line scrolls sideways, every other line stays at its start (a long line never empties
     * the rest of the pane). 0 while the cursor fits; otherwise the cursor sits one cell before
     * the right edge, leaving room for the "more" mark.
     */
    static int lineOffset(int col, int width) {
        return col <= width - 2 ? 0 : col - (width - 2);
    }
}
