package dev.secpillar.app.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the light markup of lesson pages into blocks:
 * <ul>
 *   <li>paragraphs, separated by blank lines; the lines of one paragraph are joined;</li>
 *   <li>list items starting with "- ", "* ", "+ " or "1. ", nested by indentation
 *       (two spaces a level); following lines continue the item;</li>
 *   <li>fenced code blocks between lines of three backticks, with an optional language;</li>
 *   <li>inline {@code `code`} and {@code **bold**}; a backslash makes the next ` or * literal.</li>
 * </ul>
 * Anything else is text. The input is sanitized first, so no block holds a control character.
 */
public final class Markup {
    private static final Pattern ITEM = Pattern.compile("^( *)([-*+]|\\d{1,3}[.)])[ \\t]+(.*)$");
    private static final int TAB = 4;

    private Markup() {}

    public static List<Block> parse(String source) {
        String[] lines = Sanitizer.clean(source).split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        Open open = null;
        for (int i = 0; i < lines.length; i++) {
            String line = expandTabs(lines[i]);
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                flush(open, blocks);
                open = null;
                int indent = line.indexOf('`');
                String language = stripped.substring(3).replace("`", "").strip();
                List<String> code = new ArrayList<>();
                for (i++; i < lines.length && !lines[i].strip().startsWith("```"); i++) {
                    code.add(unindent(expandTabs(lines[i]), indent).stripTrailing());
                }
                blocks.add(new Block.CodeBlock(language, code));
                continue;
            }
            if (stripped.isEmpty()) {
                flush(open, blocks);
                open = null;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                flush(open, blocks);
                String marker = item.group(2).matches("\\d.*")
                        ? item.group(2).substring(0, item.group(2).length() - 1) + "."
                        : "•";
                open = new Open(item.group(1).length() / 2, marker, new StringBuilder(item.group(3).strip()));
            } else if (open != null) {
                open.text.append(' ').append(stripped);
            } else {
                open = new Open(-1, "", new StringBuilder(stripped));
            }
        }
        flush(open, blocks);
        return List.copyOf(blocks);
    }

    /** A paragraph (level -1) or list item being collected. */
    private record Open(int level, String marker, StringBuilder text) {}

    private static void flush(Open open, List<Block> blocks) {
        if (open == null) {
            return;
        }
        List<Span> spans = inline(open.text.toString());
        blocks.add(open.level < 0 ? new Block.Paragraph(spans) : new Block.Item(open.level, open.marker, spans));
    }

    /** Splits one paragraph's text into normal, bold and code spans (sanitized, on one line). */
    public static List<Span> inline(String source) {
        String text = Sanitizer.cleanLine(source);
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "`*\\".indexOf(text.charAt(i + 1)) >= 0) {
                run.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int ticks = runLength(text, i, '`');
                String fence = "`".repeat(ticks);
                int close = text.indexOf(fence, i + ticks);
                if (close < 0) {
                    run.append(fence);
                    i += ticks;
                    continue;
                }
                spans.add(new Span(run.toString(), bold ? Style.BOLD : Style.NORMAL));
                run.setLength(0);
                String code = text.substring(i + ticks, close);
                if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ")) {
                    code = code.substring(1, code.length() - 1);
                }
                spans.add(new Span(code, Style.CODE));
                i = close + ticks;
            } else if (text.startsWith("**", i) && (bold || text.indexOf("**", i + 2) > i + 2)) {
                spans.add(new Span(run.toString(), bold ? Style.BOLD : Style.NORMAL));
                run.setLength(0);
                bold = !bold;
                i += 2;
            } else {
                run.append(c);
                i++;
            }
        }
        spans.add(new Span(run.toString(), bold ? Style.BOLD : Style.NORMAL));
        return new StyledLine(spans).spans();
    }

    private static int runLength(String text, int from, char c) {
        int n = 0;
        while (from + n < text.length() && text.charAt(from + n) == c) {
            n++;
        }
        return n;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String c : Columns.clusters(line)) {
            if (c.equals("\t")) {
                int n = TAB - col % TAB;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.append(c);
                col += Columns.width(c);
            }
        }
        return sb.toString();
    }

    private static String unindent(String line, int indent) {
        int n = 0;
        while (n < indent && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(n);
    }
}
