package dev.secpillar.badge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** {@code challenges: [a, b]} or {@code challenges: {ids: [a, b], no_hints: true}}: the named challenges passed. */
record ChallengesPassed(List<Ref> ids, HelpRule help) implements Criterion {
    ChallengesPassed {
        ids = List.copyOf(ids);
    }

    @Override
    public Standing standing(Facts facts) {
        List<String> titles = ids.stream()
                .map(r -> facts.course().challenge(r.id()).map(Challenge::title).orElse(r.id()))
                .map(Words::quoted)
                .toList();
        String description = facts.say(ids.size() == 1 ? "badge.challenge" : "badge.challenges", Words.list(titles, facts),
                help.phrase(facts));
        return ChallengeSet.standing(description, challenges(facts.course()), help, facts);
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        return ChallengeSet.evidence(challenges(facts.course()), help, facts);
    }

    @Override
    public Set<String> bestPractices(Course course) {
        return ChallengeSet.bestPractices(challenges(course));
    }

    @Override
    public Set<String> cleanPassesNeeded(Course course) {
        return help.noHints() ? challenges(course).stream().map(Challenge::id).collect(java.util.stream.Collectors.toSet()) : Set.of();
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        ids.forEach(r -> References.challenge(course, r, report));
    }

    private List<Challenge> challenges(Course course) {
        return ids.stream().flatMap(r -> course.challenge(r.id()).stream()).toList();
    }
}
