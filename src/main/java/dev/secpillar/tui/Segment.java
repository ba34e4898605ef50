package dev.secpillar.tui;

import dev.secpillar.app.text.Span;
import dev.secpillar.app.text.StyledLine;
import java.util.List;

/** A run of text with the role it is drawn in; a screen row is a list of these. */
record Segment(String text, Role role) {

    static List<Segment> row(StyledLine line) {
        return line.spans().stream().map(Segment::of).toList();
    }

    static Segment of(Span span) {
        return new Segment(span.text(), Role.of(span.style()));
    }

    static List<Segment> plain(String text, Role role) {
        return List.of(new Segment(text, role));
    }
}
