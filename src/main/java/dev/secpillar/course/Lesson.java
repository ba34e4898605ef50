package dev.secpillar.course;

import java.util.List;

/**
 * A lesson: a few steps read one screen at a time, tagged with the best practices it teaches,
 * and the sources its facts rest on. {@code where} is the lesson file (for checks that report
 * on the lesson as a whole).
 */
public record Lesson(String id, String moduleId, String title, List<String> bestPractices, int minutes,
                     List<Step> steps, List<LessonSource> sources, SourceRef where) implements java.io.Serializable {
    public Lesson {
        bestPractices = List.copyOf(bestPractices);
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }

    /** A lesson without sources or position (tests and built-in fixtures). */
    public Lesson(String id, String moduleId, String title, List<String> bestPractices, int minutes, List<Step> steps) {
        this(id, moduleId, title, bestPractices, minutes, steps, List.of(), SourceRef.NONE);
    }
}
