package dev.secpillar.app.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One terminal line of laid-out text: styled spans whose widths add up to at most the layout width. */
public record StyledLine(List<Span> spans) {
    public static final StyledLine EMPTY = new StyledLine(List.of());

    public StyledLine {
        spans = merge(spans);
    }

    public static StyledLine of(Span... spans) {
        return new StyledLine(List.of(spans));
    }

    /** The text without styles, as a screen reader or a pipe would get it. */
    public String plainText() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /** Columns the line takes on a terminal. */
    public int width() {
        return spans.stream().mapToInt(Span::width).sum();
    }

    public boolean isBlank() {
        return plainText().isBlank();
    }

    /** Joins neighbours of the same style and drops empty spans, so equal lines compare equal. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).style() == s.style()) {
                out.set(last, new Span(out.get(last).text() + s.text(), s.style()));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
