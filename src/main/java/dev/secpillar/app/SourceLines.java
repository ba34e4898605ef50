package dev.secpillar.app;

import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.LessonSource;
import java.util.List;

/**
 * A lesson's sources as a learner reads them: a page's title and its address, or, for a
 * {@code see:} reference, the title of that lesson or challenge as the given course (already in
 * the learner's language) names it. Everything comes from content, so it is made safe for a
 * terminal here, once, for both front ends.
 */
public final class SourceLines {
    /** One source: {@code url} is empty for a lesson or challenge of the course. */
    public record Line(String title, String url) {
        public boolean isReference() {
            return url.isEmpty();
        }
    }

    private SourceLines() {}

    public static List<Line> of(Course course, Lesson lesson) {
        return lesson.sources().stream().map(s -> line(course, s)).toList();
    }

    private static Line line(Course course, LessonSource s) {
        if (s.isReference()) {
            // validate rejects a see: that names nothing; the id is still better than a blank line
            String title = course.lesson(s.see()).map(Lesson::title)
                    .or(() -> course.challenge(s.see()).map(c -> c.title()))
                    .orElse(s.see());
            return new Line(Sanitizer.cleanLine(title), "");
        }
        return new Line(Sanitizer.cleanLine(s.title()), Sanitizer.cleanLine(s.url()).strip());
    }
}
