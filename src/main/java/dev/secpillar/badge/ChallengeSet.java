package dev.secpillar.badge;

import dev.secpillar.course.Challenge;
import dev.secpillar.record.ChallengeRecord;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the two challenge criteria share once they know which challenges they mean. */
final class ChallengeSet {
    private ChallengeSet() {}

    static Standing standing(String description, List<Challenge> challenges, HelpRule help, Facts facts) {
        int done = (int) challenges.stream().filter(c -> help.accepts(facts.progress().challenge(c.id()))).count();
        return Standing.counted(description, done, challenges.size(), facts, "challenges");
    }

    static List<Evidence> evidence(List<Challenge> challenges, HelpRule help, Facts facts) {
        return challenges.stream()
                .filter(c -> help.accepts(facts.progress().challenge(c.id())))
                .map(c -> {
                    ChallengeRecord r = facts.progress().challenge(c.id()).orElseThrow();
                    return new Evidence(facts.say("badge.evidence.challenge", c.title()), help.describe(r, facts));
                })
                .toList();
    }

    static Set<String> bestPractices(List<Challenge> challenges) {
        Set<String> out = new TreeSet<>();
        challenges.forEach(c -> out.addAll(c.bestPractices()));
        return out;
    }
}
