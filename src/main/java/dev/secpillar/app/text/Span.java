package dev.secpillar.app.text;

import java.util.Objects;

/** A run of text in one style. The text is already safe to send to a terminal. */
public record Span(String text, Style style) {
    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public static Span normal(String text) {
        return new Span(text, Style.NORMAL);
    }

    /** Columns the text takes on a terminal. */
    public int width() {
        return Columns.width(text);
    }
}
