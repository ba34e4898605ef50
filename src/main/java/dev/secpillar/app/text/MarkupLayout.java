package dev.secpillar.app.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays markup blocks out as terminal lines of a given width. Prose is word-wrapped (a word
 * longer than a line is broken, never left to run off the edge); list items hang under their
 * bullet; code blocks are drawn in a frame and long code lines are cut with a "…" marker, not
 * wrapped, because a wrapped line of code reads as two. Blocks are separated by a blank line,
 * except between items of one list. Every line is at most {@code width} columns.
 */
public final class MarkupLayout {
    static final String CUT = "…";

    private MarkupLayout() {}

    public static List<StyledLine> layout(String markup, int width) {
        return layout(Markup.parse(markup), width);
    }

    public static List<StyledLine> layout(List<Block> blocks, int width) {
        int w = Math.max(1, width);
        List<StyledLine> out = new ArrayList<>();
        Block previous = null;
        for (Block b : blocks) {
            if (previous != null && !(previous instanceof Block.Item && b instanceof Block.Item)) {
                out.add(StyledLine.EMPTY);
            }
            if (b instanceof Block.Paragraph p) {
                out.addAll(wrap(p.spans(), w, List.of(), 0));
            } else if (b instanceof Block.Item item) {
                out.addAll(item(item, w));
            } else if (b instanceof Block.CodeBlock code) {
                out.addAll(code(code, w));
            }
            previous = b;
        }
        return List.copyOf(out);
    }

    private static List<StyledLine> item(Block.Item item, int width) {
        String indent = "  ".repeat(item.level());
        List<Span> prefix = List.of(Span.normal(indent), new Span(item.marker(), Style.BULLET), Span.normal(" "));
        int hang = Columns.width(indent + item.marker()) + 1;
        if (hang > width / 2) { // too narrow to indent: the marker goes on its own line
            List<StyledLine> out = new ArrayList<>();
            out.add(new StyledLine(List.of(new Span(Columns.fit(item.marker(), width), Style.BULLET))));
            out.addAll(wrap(item.spans(), width, List.of(), 0));
            return out;
        }
        return wrap(item.spans(), width, prefix, hang);
    }

    /**
     * Greedy word wrap. The first line starts with {@code firstPrefix}; the following ones are
     * indented by {@code hang} spaces (the first prefix is assumed to be {@code hang} wide).
     */
    static List<StyledLine> wrap(List<Span> spans, int width, List<Span> firstPrefix, int hang) {
        List<Word> words = words(spans);
        List<StyledLine> lines = new ArrayList<>();
        Line line = new Line(firstPrefix, hang);
        for (Word word : words) {
            if (!line.empty() && line.width + 1 + word.width <= width) {
                line.add(new Span(" ", word.gapStyle), 1);
                line.addWord(word);
                continue;
            }
            if (!line.empty()) {
                lines.add(line.done());
                line = new Line(List.of(Span.normal(" ".repeat(hang))), hang);
            }
            if (line.width + word.width <= width) {
                line.addWord(word);
                continue;
            }
            // Longer than a whole line: break it between characters.
            for (Span piece : word.pieces) {
                for (String cluster : Columns.clusters(piece.text())) {
                    int cw = Columns.width(cluster);
                    if (line.width + cw > width && line.width > hang) {
                        lines.add(line.done());
                        line = new Line(List.of(Span.normal(" ".repeat(hang))), hang);
                    }
                    line.add(new Span(cluster, piece.style()), cw);
                    line.hasWords = true;
                }
            }
        }
        if (!line.empty() || lines.isEmpty()) {
            lines.add(line.done());
        }
        return lines;
    }

    /** A word: the text between spaces, possibly in several styles ("**KMS**-managed"). */
    private record Word(List<Span> pieces, int width, Style gapStyle) {}

    private static List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        List<Span> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        Style gap = Style.NORMAL;
        Style nextGap = Style.NORMAL;
        for (Span span : spans) {
            String t = span.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    if (piece.length() > 0) {
                        pieces.add(new Span(piece.toString(), span.style()));
                        piece.setLength(0);
                    }
                    if (!pieces.isEmpty()) {
                        words.add(word(pieces, gap));
                        pieces = new ArrayList<>();
                    }
                    nextGap = span.style();
                } else {
                    if (pieces.isEmpty() && piece.length() == 0) {
                        gap = nextGap;
                    }
                    piece.appendCodePoint(cp);
                }
            }
            if (piece.length() > 0) {
                pieces.add(new Span(piece.toString(), span.style()));
                piece.setLength(0);
            }
        }
        if (!pieces.isEmpty()) {
            words.add(word(pieces, gap));
        }
        return words;
    }

    private static Word word(List<Span> pieces, Style gap) {
        return new Word(List.copyOf(pieces), pieces.stream().mapToInt(Span::width).sum(), gap);
    }

    /** A line being filled. */
    private static final class Line {
        final List<Span> spans = new ArrayList<>();
        int width;
        boolean hasWords;

        Line(List<Span> prefix, int prefixWidth) {
            spans.addAll(prefix);
            width = prefixWidth;
        }

        boolean empty() {
            return !hasWords;
        }

        void add(Span s, int w) {
            spans.add(s);
            width += w;
        }

        void addWord(Word w) {
            spans.addAll(w.pieces);
            width += w.width;
            hasWords = true;
        }

        StyledLine done() {
            return new StyledLine(spans);
        }
    }

    private static List<StyledLine> code(Block.CodeBlock block, int width) {
        List<String> lines = block.lines().isEmpty() ? List.of("") : block.lines();
        List<StyledLine> out = new ArrayList<>();
        if (width < 6) { // no room for a frame: just the code, cut
            for (String l : lines) {
                out.add(new StyledLine(cut(l, width)));
            }
            return out;
        }
        int longest = lines.stream().mapToInt(Columns::width).max().orElse(0);
        String label = block.language().isEmpty() ? "" : " " + block.language() + " ";
        int inner = Math.min(width - 4, Math.max(longest, Columns.width(label) + 1));
        String bar = "─".repeat(inner + 2);
        String top = label.isEmpty() ? bar : "─" + Columns.fit(label, inner) + bar.substring(1 + Columns.width(Columns.fit(label, inner)));
        out.add(StyledLine.of(new Span("┌" + top + "┐", Style.FRAME)));
        for (String l : lines) {
            List<Span> row = new ArrayList<>();
            row.add(new Span("│ ", Style.FRAME));
            row.addAll(cut(l, inner));
            int used = Math.min(Columns.width(l), inner);
            row.add(new Span(" ".repeat(inner - used), Style.CODE_BLOCK));
            row.add(new Span(" │", Style.FRAME));
            out.add(new StyledLine(row));
        }
        out.add(StyledLine.of(new Span("└" + bar + "┘", Style.FRAME)));
        return out;
    }

    /** A code line within {@code width}, cut with a marker when longer. */
    private static List<Span> cut(String line, int width) {
        if (Columns.width(line) <= width) {
            return List.of(new Span(line, Style.CODE_BLOCK));
        }
        String kept = Columns.fit(line, width - 1);
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(kept, Style.CODE_BLOCK));
        // a wide character that did not fit leaves a column; fill it so the frame stays straight
        spans.add(new Span(" ".repeat(width - 1 - Columns.width(kept)), Style.CODE_BLOCK));
        spans.add(new Span(CUT, Style.FRAME));
        return spans;
    }
}
