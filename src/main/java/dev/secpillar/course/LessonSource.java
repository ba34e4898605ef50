package dev.secpillar.course;

/**
 * Where a lesson's facts come from: a page outside the course ({@code title} and {@code url}),
 * or another lesson or challenge of this course ({@code see}, an id). Exactly one of the two
 * forms is filled; the other's fields are empty.
 */
public record LessonSource(String title, String url, String see, SourceRef where) implements java.io.Serializable {
    public static LessonSource page(String title, String url, SourceRef where) {
        return new LessonSource(title, url, "", where);
    }

    public static LessonSource see(String id, SourceRef where) {
        return new LessonSource("", "", id, where);
    }

    /** True for a reference to another lesson or challenge of the course. */
    public boolean isReference() {
        return !see.isEmpty();
    }
}
