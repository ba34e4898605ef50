package dev.secpillar.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of a small multi-line text editor: the lines, the cursor (row, column in
 * characters) and the first row and column shown. Every edit returns a new editor, so the
 * workspace keeps its state in a record and a test can drive the editor with no terminal.
 */
record TextEditor(List<String> lines, int row, int col, int firstRow, int firstCol) {
    /** Tabs become spaces: policies and rule tables are indented with two. */
    static final String TAB = "  ";

    TextEditor {
        lines = List.copyOf(lines.isEmpty() ? List.of("") : lines);
        row = Math.max(0, Math.min(row, lines.size() - 1));
        col = Math.max(0, Math.min(col, lines.get(row).length()));
        firstRow = Math.max(0, firstRow);
        firstCol = Math.max(0, firstCol);
    }

    static TextEditor of(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return new TextEditor(List.of(t.replace("\r\n", "\n").replace("\t", TAB).split("\n", -1)), 0, 0, 0, 0);
    }

    /** The text, ending with a newline as files do. */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    private String line() {
        return lines.get(row);
    }

    private TextEditor with(List<String> newLines, int newRow, int newCol) {
        return new TextEditor(newLines, newRow, newCol, firstRow, firstCol);
    }

    private TextEditor at(int newRow, int newCol) {
        return new TextEditor(lines, newRow, newCol, firstRow, firstCol);
    }

    TextEditor type(char c) {
        if (c == '\t') {
            return insert(TAB);
        }
        return insert(String.valueOf(c));
    }

    TextEditor insert(String s) {
        List<String> out = new ArrayList<>(lines);
        out.set(row, line().substring(0, col) + s + line().substring(col));
        return with(out, row, col + s.length());
    }

    /** Splits the line at the cursor, keeping the line's indentation on the new one. */
    TextEditor newline() {
        String indent = line().substring(0, line().length() - line().stripLeading().length());
        indent = indent.length() > col ? indent.substring(0, col) : indent;
        List<String> out = new ArrayList<>(lines);
        out.set(row, line().substring(0, col));
        out.add(row + 1, indent + line().substring(col));
        return with(out, row + 1, indent.length());
    }

    TextEditor backspace() {
        if (col > 0) {
            List<String> out = new ArrayList<>(lines);
            out.set(row, line().substring(0, col - 1) + line().substring(col));
            return with(out, row, col - 1);
        }
        if (row == 0) {
            return this;
        }
        List<String> out = new ArrayList<>(lines);
        String previous = out.get(row - 1);
        out.set(row - 1, previous + line());
        out.remove(row);
        return with(out, row - 1, previous.length());
    }

    TextEditor delete() {
        if (col < line().length()) {
            List<String> out = new ArrayList<>(lines);
            out.set(row, line().substring(0, col) + line().substring(col + 1));
            return with(out, row, col);
        }
        if (row == lines.size() - 1) {
            return this;
        }
        List<String> out = new ArrayList<>(lines);
        out.set(row, line() + out.get(row + 1));
        out.remove(row + 1);
        return with(out, row, col);
    }

    TextEditor cursorLeft() {
        if (col > 0) {
            return at(row, col - 1);
        }
        return row > 0 ? at(row - 1, lines.get(row - 1).length()) : this;
    }

    TextEditor cursorRight() {
        if (col < line().length()) {
            return at(row, col + 1);
        }
        return row < lines.size() - 1 ? at(row + 1, 0) : this;
    }

    TextEditor cursorUp(int n) {
        return at(Math.max(0, row - n), col);
    }

    TextEditor cursorDown(int n) {
        return at(Math.min(lines.size() - 1, row + n), col);
    }

    TextEditor home() {
        int indent = line().length() - line().stripLeading().length();
        return at(row, col == indent ? 0 : indent);
    }

    TextEditor end() {
        return at(row, line().length());
    }

    /** The same editor scrolled so the cursor is inside a view of {@code rows} × {@code cols}. */
    TextEditor scrolledFor(int rows, int cols) {
        int t = firstRow;
        if (row < t) {
            t = row;
        } else if (row >= t + rows) {
            t = row - rows + 1;
        }
        t = Math.max(0, Math.min(t, Math.max(0, lines.size() - rows)));
        if (row < t) {
            t = row;
        }
        int l = firstCol;
        if (col < l) {
            l = Math.max(0, col - cols / 4);
        } else if (col >= l + cols) {
            l = col - cols + 1 + cols / 4;
        }
        return new TextEditor(lines, row, col, t, Math.max(0, l));
    }
}
