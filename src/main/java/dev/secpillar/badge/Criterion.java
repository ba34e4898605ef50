package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One condition for a badge, as an author writes it under {@code criteria:} in course.yaml.
 * The kinds are closed (an author combines them with {@code all} and {@code any} rather than
 * adding new ones), so the set is sealed and {@link CriteriaParser} is the only way in.
 */
sealed interface Criterion permits LessonsOfModule, ModuleComplete, QuizPassed, ChallengeSet,
        StreakDays, BadgeEarned, Combination, MissedQuestionsRetired, EveryQuiz {

    /** What it asks, whether it is met and how far along the learner is. */
    Standing standing(Facts facts);

    /** What the learner has completed toward it, for an exported credential. */
    List<Evidence> evidence(Facts facts);

    /** Best-practice ids of the lessons, questions and challenges it names (other badges' are added by the caller). */
    Set<String> bestPractices(Course course);

    /** Reports every module, quiz, challenge or badge it names that the course does not have. */
    void check(Course course, BiConsumer<SourceRef, String> report);

    /** The challenges it needs passed cleanly (no hint, no give-up), so a hint there costs it. */
    default Set<String> cleanPassesNeeded(Course course) {
        return Set.of();
    }

    /** Every badge it names, with where each is named. */
    default List<BadgeEarned> badgeRefs() {
        return List.of();
    }

    /**
     * The badges it cannot be met without. Only these can deadlock: two badges that each need
     * the other are never earned, while "any 1 of" a badge and something else still can be.
     */
    default List<BadgeEarned> requiredBadges() {
        return List.of();
    }

    /** A name in a criterion (a module, quiz, challenge or badge id) and where it was written. */
    record Ref(String id, SourceRef where) {}
}
