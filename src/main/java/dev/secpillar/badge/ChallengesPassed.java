package dev.secpillar.badge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.function.BiConsumer;

/** {@code challenges: [a, b]} or {@code challenges: {ids: [a, b], no_hints: true}}: the named challenges passed. */
record ChallengesPassed(List<Ref> ids, HelpRule help) implements ChallengeSet {
    ChallengesPassed {
        ids = List.copyOf(ids);
    }

    @Override
    public String description(Facts facts) {
        List<String> titles = ids.stream()
                .map(r -> facts.course().challenge(r.id()).map(Challenge::title).orElse(r.id()))
                .map(Words::quoted)
                .toList();
        return facts.say(ids.size() == 1 ? "badge.challenge" : "badge.challenges", Words.list(titles, facts),
                help.phrase(facts));
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        ids.forEach(r -> References.challenge(course, r, report));
    }

    @Override
    public List<Challenge> challenges(Course course) {
        return ids.stream().flatMap(r -> course.challenge(r.id()).stream()).toList();
    }
}
