package dev.secpillar.tui;

import dev.secpillar.app.text.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft wrap: how the editor's logical lines lie over screen rows of a given width, measured in
 * display columns (a Vietnamese combining mark takes none, a wide character two). A row breaks
 * after a space, a comma, a colon or a slash when one is in the row (policies and ARNs break
 * there), else at the pane's edge. Nothing here changes the text: a wrapped line is still one line.
 */
final class SoftWrap {
    private SoftWrap() {}

    /**
     * One screen row: characters {@code [from, to)} of logical line {@code line}. The cursor at
     * {@code to} belongs to the next row, except on the line's last row.
     */
    record Row(int line, int from, int to, boolean first, boolean last) {
        boolean holds(int col) {
            return col >= from && (col < to || last && col == to);
        }
    }

    /**
     * Where each screen row of a line starts (the first is 0). A row breaks after its last space
     * when that leaves it at least half full (words stay whole: "lambda:UpdateFunctionCode"),
     * else after its last space, comma, colon or slash (an ARN has no spaces), else at the edge.
     * The line's end takes a cell of its own (the cursor sits there to type on), so the last row
     * always has room for it.
     */
    static List<Integer> starts(String line, int width) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        List<String> clusters = Columns.clusters(line);
        int n = clusters.size();
        int[] offset = new int[n + 1];
        int[] x = new int[n + 2]; // columns before each cluster, from the line's start; n is the end's cell
        for (int i = 0; i < n; i++) {
            offset[i + 1] = offset[i] + clusters.get(i).length();
            x[i + 1] = x[i] + Columns.width(clusters.get(i));
        }
        x[n + 1] = x[n] + 1;
        int rowStart = 0;
        int lastSpace = -1; // the cluster after the row's last space
        int lastMark = -1; // the cluster after the row's last space, comma, colon or slash
        for (int i = 0; i <= n; i++) {
            while (x[i + 1] - x[rowStart] > width && i > rowStart) {
                int at;
                if (lastSpace > rowStart && 2 * (x[lastSpace] - x[rowStart]) >= width) {
                    at = lastSpace;
                } else if (lastMark > rowStart) {
                    at = lastMark;
                } else {
                    // at the edge; the end's cell alone on a row would look like an empty line
                    at = i == n && n - 1 > rowStart ? n - 1 : i;
                }
                starts.add(offset[at]);
                rowStart = at;
                lastSpace = lastSpace > at ? lastSpace : -1;
                lastMark = lastMark > at ? lastMark : -1;
            }
            // a break after the line's last character would leave the end's cell alone on a row
            String c = i < n - 1 ? clusters.get(i) : "";
            if (c.equals(" ")) {
                lastSpace = i + 1;
            }
            if (c.equals(" ") || c.equals(",") || c.equals(":") || c.equals("/")) {
                lastMark = i + 1;
            }
        }
        return starts;
    }

    /** The screen rows of one line. */
    static List<Row> rows(String line, int index, int width) {
        List<Integer> starts = starts(line, width);
        List<Row> rows = new ArrayList<>(starts.size());
        for (int r = 0; r < starts.size(); r++) {
            boolean last = r == starts.size() - 1;
            rows.add(new Row(index, starts.get(r), last ? line.length() : starts.get(r + 1), r == 0, last));
        }
        return rows;
    }

    /** The screen rows of every line, top to bottom. */
    static List<Row> rows(List<String> lines, int width) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.addAll(rows(lines.get(i), i, width));
        }
        return rows;
    }

    /** The index among {@code rows} of the row that holds a position. */
    static int indexOf(List<Row> rows, int line, int col) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.line() == line && r.holds(col)) {
                return i;
            }
        }
        return Math.max(0, rows.size() - 1);
    }

    /**
     * The screen column of a position within its row: the columns of the whole clusters before
     * it (a position inside a cluster, between a letter and its mark, is that cluster's cell).
     */
    static int x(String line, Row row, int col) {
        int x = 0;
        int at = row.from();
        for (String c : Columns.clusters(line.substring(row.from(), row.to()))) {
            if (at + c.length() > col) {
                break;
            }
            at += c.length();
            x += Columns.width(c);
        }
        return x;
    }

    /**
     * The position in a row nearest screen column {@code x} without passing it: the cluster that
     * covers the column, else the row's end (its last cluster on a row the line goes on from).
     */
    static int colAt(String line, Row row, int x) {
        int at = row.from();
        int cx = 0;
        int lastStart = row.from();
        for (String c : Columns.clusters(line.substring(row.from(), row.to()))) {
            int w = Columns.width(c);
            if (cx + w > x && w > 0) {
                return at;
            }
            lastStart = at;
            at += c.length();
            cx += w;
        }
        return row.last() ? row.to() : lastStart;
    }
}
