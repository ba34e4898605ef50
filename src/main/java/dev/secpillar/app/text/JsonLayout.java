package dev.secpillar.app.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pretty JSON (as {@code ScenarioJson} writes it) as styled lines for syntax colouring: keys,
 * strings, numbers, literals and punctuation each in their own style. A line wider than the
 * layout is wrapped, not cut (in a policy every character of an ARN can matter), and the rest
 * is indented under the line's own indentation, two columns further in.
 */
public final class JsonLayout {
    private JsonLayout() {}

    public static List<StyledLine> layout(String json, int width) {
        int w = Math.max(8, width);
        List<StyledLine> out = new ArrayList<>();
        for (String raw : Sanitizer.clean(json).stripTrailing().split("\n")) {
            out.addAll(wrap(tokens(raw), indentOf(raw), w));
        }
        return List.copyOf(out);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** One line of JSON as styled spans; a string followed by a colon is a key. */
    static List<Span> tokens(String line) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < n && line.charAt(end) != '"') {
                    end += line.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                int after = end;
                while (after < n && line.charAt(after) == ' ') {
                    after++;
                }
                boolean key = after < n && line.charAt(after) == ':';
                spans.add(new Span(line.substring(i, end), key ? Style.JSON_KEY : Style.JSON_STRING));
                i = end;
            } else if (c == '-' || Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(new Span(line.substring(i, end), Style.JSON_NUMBER));
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && Character.isLetter(line.charAt(end))) {
                    end++;
                }
                spans.add(new Span(line.substring(i, end), Style.JSON_LITERAL));
                i = end;
            } else if ("{}[],:".indexOf(c) >= 0) {
                spans.add(new Span(String.valueOf(c), Style.JSON_PUNCTUATION));
                i++;
            } else {
                int end = i + 1;
                while (end < n && line.charAt(end) == ' ') {
                    end++;
                }
                spans.add(Span.normal(line.substring(i, end)));
                i = end;
            }
        }
        return spans;
    }

    /** Cuts the spans into lines of at most {@code width} columns, cluster by cluster. */
    private static List<StyledLine> wrap(List<Span> spans, int indent, int width) {
        int hang = Math.min(indent + 2, width / 2);
        List<StyledLine> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int used = 0;
        for (Span span : spans) {
            StringBuilder piece = new StringBuilder();
            for (String cluster : Columns.clusters(span.text())) {
                int cw = Columns.width(cluster);
                if (used + cw > width && used > hang) {
                    if (piece.length() > 0) {
                        current.add(new Span(piece.toString(), span.style()));
                        piece.setLength(0);
                    }
                    lines.add(new StyledLine(current));
                    current = new ArrayList<>();
                    current.add(Span.normal(" ".repeat(hang)));
                    used = hang;
                }
                piece.append(cluster);
                used += cw;
            }
            if (piece.length() > 0) {
                current.add(new Span(piece.toString(), span.style()));
            }
        }
        lines.add(new StyledLine(current));
        return lines;
    }
}
