package dev.secpillar.content;

import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.LessonSource;
import dev.secpillar.course.SourceRef;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Every lesson says where its facts come from: at least one source, and no source that points
 * at a lesson or challenge the course does not have (a dead reference after a rename).
 */
public final class SourceCheck {
    private SourceCheck() {}

    public static void check(Course course, BiConsumer<SourceRef, String> report) {
        Set<String> known = new HashSet<>();
        course.allLessons().forEach(l -> known.add(l.id()));
        course.allChallenges().forEach(c -> known.add(c.id()));
        for (Lesson l : course.allLessons()) {
            if (l.sources().isEmpty()) {
                report.accept(l.where(), "lesson '" + l.id() + "' lists no source; add 'sources:' with the AWS "
                        + "documentation page(s) its facts rest on (title and url)");
            }
            for (LessonSource s : l.sources()) {
                if (s.isReference() && !known.contains(s.see())) {
                    report.accept(s.where(), "source 'see: " + s.see() + "' names no lesson or challenge of the course");
                }
                if (s.isReference() && s.see().equals(l.id())) {
                    report.accept(s.where(), "lesson '" + l.id() + "' lists itself as a source");
                }
            }
        }
    }
}
