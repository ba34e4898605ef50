package dev.secpillar.app;

import java.util.Set;

/** The learner's state in one lesson: steps seen, done or not, and the step to resume at. */
public record LessonProgress(Set<Integer> stepsSeen, boolean done, int resumeAt) {
    public LessonProgress {
        stepsSeen = Set.copyOf(stepsSeen);
    }
}
