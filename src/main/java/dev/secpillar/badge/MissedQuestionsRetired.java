package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import dev.secpillar.record.ReviewCard;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code missed_questions_retired: true} (or {@code {at_least: 5}}): every missed quiz question
 * has been reviewed until it retired, and there were at least that many. Every missed question
 * gets a review card, so "every card retired" is "every missed question learnt".
 */
record MissedQuestionsRetired(int atLeast, SourceRef where) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        Collection<ReviewCard> cards = facts.progress().reviewCards().values();
        int retired = (int) cards.stream().filter(ReviewCard::retired).count();
        String description = atLeast > 1 ? facts.say("badge.retired.at_least", atLeast) : facts.say("badge.retired");
        if (cards.isEmpty()) {
            return new Standing(description, false, 0, atLeast, facts.say("badge.retired.none"), List.of());
        }
        boolean met = retired == cards.size() && cards.size() >= atLeast;
        int total = Math.max(cards.size(), atLeast);
        return new Standing(description, met, retired, total,
                facts.say("badge.retired.progress", retired, cards.size()), List.of());
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        long retired = facts.progress().reviewCards().values().stream().filter(ReviewCard::retired).count();
        if (retired == 0) {
            return List.of();
        }
        return List.of(new Evidence(facts.say("badge.evidence.review"), facts.say("badge.evidence.review.retired", retired)));
    }

    @Override
    public Set<String> bestPractices(Course course) {
        return Set.of();
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        // nothing named
    }
}
