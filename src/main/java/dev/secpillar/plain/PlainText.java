package dev.secpillar.plain;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.text.Block;
import dev.secpillar.app.text.Markup;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.StyledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Light markup as line mode prints it, for screen readers and pipes: prose wrapped as on
 * screen, but a code block as its lines indented between "Code:" and "End of code." rather
 * than inside a box of line-drawing characters a screen reader would spell out, and a block
 * laid out as a table as one "Column: value; ..." line per row.
 */
final class PlainText {
    private PlainText() {}

    static List<String> lines(String markup, int width, Messages m) {
        List<String> out = new ArrayList<>();
        List<Block> prose = new ArrayList<>();
        for (Block b : Markup.parse(markup)) {
            if (b instanceof Block.CodeBlock code) {
                flush(prose, width, out);
                if (!out.isEmpty()) {
                    out.add("");
                }
                List<String> table = code.language().isBlank() ? table(code.lines()) : List.of();
                if (!table.isEmpty()) {
                    out.add(m.get("plain.text.table"));
                    out.addAll(table);
                    out.add(m.get("plain.text.table_end"));
                } else {
                    out.add(code.language().isBlank() ? m.get("plain.text.code") : m.get("plain.text.code_in", Sanitizer.cleanLine(code.language())));
                    code.lines().forEach(l -> out.add("    " + Sanitizer.cleanLine(l)));
                    out.add(m.get("plain.text.code_end"));
                }
            } else {
                if (prose.isEmpty() && !out.isEmpty()) {
                    out.add("");
                }
                prose.add(b);
            }
        }
        flush(prose, width, out);
        return out;
    }

    /**
     * A code block that is a table: a header of words (no digits) in columns two or more spaces
     * apart, and rows whose cells start under the header's. Each row becomes one line,
     * "Level: public; Example: marketing site", which a screen reader reads in order; empty when
     * the block is not such a table.
     */
    static List<String> table(List<String> lines) {
        List<String> rows = lines.stream().map(Sanitizer::cleanLine).filter(l -> !l.isBlank()).toList();
        if (rows.size() < 2 || rows.get(0).matches(".*\\d.*")) {
            return List.of();
        }
        String header = rows.get(0);
        List<Integer> starts = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|\\s{2,})(\\S)").matcher(header);
        while (m.find()) {
            starts.add(m.start(1));
        }
        if (starts.size() < 2 || starts.get(0) != header.indexOf(header.strip())) {
            return List.of();
        }
        List<String> names = cells(header, starts);
        List<String> out = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            for (int i = 1; i < starts.size(); i++) {
                int at = starts.get(i);
                if (at < row.length() && (row.charAt(at) == ' ' || row.charAt(at - 1) != ' ')) {
                    return List.of(); // a cell that does not start under its column: not a table
                }
            }
            List<String> cells = cells(row, starts);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    parts.add(names.get(i) + ": " + cells.get(i));
                }
            }
            out.add(String.join("; ", parts));
        }
        return out;
    }

    private static List<String> cells(String row, List<Integer> starts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = Math.min(starts.get(i), row.length());
            int to = i + 1 < starts.size() ? Math.min(starts.get(i + 1), row.length()) : row.length();
            out.add(row.substring(from, to).strip());
        }
        return out;
    }

    private static void flush(List<Block> prose, int width, List<String> out) {
        if (!prose.isEmpty()) {
            MarkupLayout.layout(prose, width).stream().map(StyledLine::plainText).forEach(out::add);
            prose.clear();
        }
    }
}
