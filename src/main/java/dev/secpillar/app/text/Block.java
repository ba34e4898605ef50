package dev.secpillar.app.text;

import java.util.List;

/** A block of light markup, as {@link Markup#parse} finds it. */
public sealed interface Block {

    /** Prose: the lines of the source paragraph joined, with inline {@code code} and bold spans. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A list item. {@code marker} is what to draw in front ("•" for "- " items, "3." for
     * numbered ones); {@code level} is the nesting depth from the source indentation.
     */
    record Item(int level, String marker, List<Span> spans) implements Block {
        public Item {
            spans = List.copyOf(spans);
        }
    }

    /** A fenced code block: its lines verbatim (tabs expanded), never wrapped. */
    record CodeBlock(String language, List<String> lines) implements Block {
        public CodeBlock {
            lines = List.copyOf(lines);
        }
    }
}
