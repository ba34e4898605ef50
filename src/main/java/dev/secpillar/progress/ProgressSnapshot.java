package dev.secpillar.progress;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A read-only view of the learner's record. */
public record ProgressSnapshot(Map<String, Set<Integer>> stepsSeen, Map<String, Instant> lessonsDone,
                               Optional<String> lastLessonId) {
    public static final ProgressSnapshot EMPTY = new ProgressSnapshot(Map.of(), Map.of(), Optional.empty());

    public ProgressSnapshot {
        stepsSeen = Map.copyOf(stepsSeen);
        lessonsDone = Map.copyOf(lessonsDone);
    }

    public Set<Integer> stepsSeen(String lessonId) {
        return stepsSeen.getOrDefault(lessonId, Set.of());
    }

    public boolean isDone(String lessonId) {
        return lessonsDone.containsKey(lessonId);
    }
}
