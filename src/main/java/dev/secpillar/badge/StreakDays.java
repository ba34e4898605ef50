package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code streak_days: 3}: active on that many days in a row. The longest run counts, so a
 * badge added to the course later still sees a streak the learner already had.
 */
record StreakDays(int days, SourceRef where) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        int longest = facts.progress().longestStreak();
        int current = facts.progress().currentStreak();
        String description = facts.say("badge.streak", days);
        if (longest >= days) {
            return new Standing(description, true, days, days, facts.say("badge.streak.reached", longest), List.of());
        }
        int done = Math.min(current, days);
        return new Standing(description, false, done, days, facts.say("badge.streak.current", done, days), List.of());
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        int longest = facts.progress().longestStreak();
        if (longest < days) {
            return List.of();
        }
        return List.of(new Evidence(facts.say("badge.evidence.streak"), facts.say("badge.evidence.streak.days", longest)));
    }

    @Override
    public Set<String> bestPractices(Course course) {
        return Set.of();
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        // a number only; the parser checked its range
    }
}
