package dev.secpillar.content;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.function.BiConsumer;

/**
 * A check that needs the whole loaded course, such as badge criteria that name modules,
 * quizzes and other badges. It lives in the package that owns the rules and reports each
 * problem at its place; the loader runs it once every file has read cleanly.
 */
@FunctionalInterface
public interface CourseCheck {
    void check(Course course, BiConsumer<SourceRef, String> report);
}
