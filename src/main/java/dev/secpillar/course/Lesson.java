package dev.secpillar.course;

import java.util.List;

/** A lesson: a few steps read one screen at a time, tagged with the best practices it teaches. */
public record Lesson(String id, String moduleId, String title, List<String> bestPractices, int minutes,
                     List<Step> steps) implements java.io.Serializable {
    public Lesson {
        bestPractices = List.copyOf(bestPractices);
        steps = List.copyOf(steps);
    }
}
