package dev.secpillar.badge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.record.ChallengeRecord;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the two challenge criteria share once they know which challenges they mean: how far
 * along the learner is, the evidence, the best practices and (with {@code no_hints}) the
 * challenges a hint would cost.
 */
sealed interface ChallengeSet extends Criterion permits ChallengesOf, ChallengesPassed {

    /** The challenges it means, as the course has them now. */
    List<Challenge> challenges(Course course);

    /** Whether hints or giving up still count. */
    HelpRule help();

    /** What it asks, in the learner's language. */
    String description(Facts facts);

    @Override
    default Standing standing(Facts facts) {
        List<Challenge> challenges = challenges(facts.course());
        int done = (int) challenges.stream().filter(c -> help().accepts(facts.progress().challenge(c.id()))).count();
        return Standing.counted(description(facts), done, challenges.size(), facts, "challenges");
    }

    @Override
    default List<Evidence> evidence(Facts facts) {
        return challenges(facts.course()).stream()
                .filter(c -> help().accepts(facts.progress().challenge(c.id())))
                .map(c -> {
                    ChallengeRecord r = facts.progress().challenge(c.id()).orElseThrow();
                    return new Evidence(facts.say("badge.evidence.challenge", c.title()), help().describe(r, facts));
                })
                .toList();
    }

    @Override
    default Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>();
        challenges(course).forEach(c -> out.addAll(c.bestPractices()));
        return out;
    }

    @Override
    default Set<String> cleanPassesNeeded(Course course) {
        return help().noHints() ? challenges(course).stream().map(Challenge::id).collect(Collectors.toSet()) : Set.of();
    }
}
