package dev.secpillar.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A read-only view of the learner's whole record; small enough to read at once. */
public record ProgressSnapshot(Map<String, Set<Integer>> stepsSeen, Map<String, Instant> lessonsDone,
                               Optional<String> lastLessonId, List<QuizAttempt> quizAttempts,
                               Map<String, ChallengeRecord> challenges, Map<String, ReviewCard> reviewCards,
                               Map<String, Instant> badges, SortedSet<LocalDate> activeDays) {
    public static final ProgressSnapshot EMPTY = new ProgressSnapshot(Map.of(), Map.of(), Optional.empty(), List.of(),
            Map.of(), Map.of(), Map.of(), new TreeSet<>());

    public ProgressSnapshot {
        stepsSeen = Map.copyOf(stepsSeen);
        lessonsDone = Map.copyOf(lessonsDone);
        quizAttempts = List.copyOf(quizAttempts);
        challenges = Map.copyOf(challenges);
        reviewCards = Map.copyOf(reviewCards);
        badges = Map.copyOf(badges);
        activeDays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(activeDays));
    }

    public Set<Integer> stepsSeen(String lessonId) {
        return stepsSeen.getOrDefault(lessonId, Set.of());
    }

    public boolean isDone(String lessonId) {
        return lessonsDone.containsKey(lessonId);
    }

    public List<QuizAttempt> attempts(String quizId) {
        return quizAttempts.stream().filter(a -> a.quizId().equals(quizId)).toList();
    }

    /** The best finished score of a quiz, if it was ever finished. */
    public Optional<Integer> bestScore(String quizId) {
        return attempts(quizId).stream().flatMap(a -> a.scorePercent().stream()).max(Integer::compare);
    }

    public Optional<ChallengeRecord> challenge(String challengeId) {
        return Optional.ofNullable(challenges.get(challengeId));
    }

    /** The longest run of consecutive active days ending on the latest active day. */
    public int currentStreak() {
        if (activeDays.isEmpty()) {
            return 0;
        }
        int streak = 1;
        LocalDate day = activeDays.last();
        while (activeDays.contains(day.minusDays(1))) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** The longest run of consecutive active days ever. */
    public int longestStreak() {
        int best = 0;
        int run = 0;
        LocalDate prev = null;
        for (LocalDate d : activeDays) {
            run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
        }
        return best;
    }
}
