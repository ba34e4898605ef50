package dev.secpillar.badge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Module;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@code challenges_of: {module: iam, kind: policy, no_hints: true}}: every challenge of a
 * module, of a kind, or of a kind within a module. The set is read from the course each time,
 * so a challenge added later is required too; an empty set is never met (a badge for "all of
 * nothing" would be handed out on the first day).
 */
record ChallengesOf(Optional<Ref> module, Optional<ChallengeKind> kind, HelpRule help) implements ChallengeSet {

    @Override
    public String description(Facts facts) {
        Course course = facts.course();
        String what = kind.map(k -> facts.say("badge.challenge_kind." + k.name().toLowerCase(Locale.ROOT)))
                .orElseGet(() -> facts.say("badge.challenge_kind.any"));
        return module.map(m -> facts.say("badge.challenges_of.module", what,
                        course.module(m.id()).map(Module::title).orElse(m.id()), help.phrase(facts)))
                .orElseGet(() -> facts.say("badge.challenges_of.course", what, help.phrase(facts)));
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        module.ifPresent(m -> References.module(course, m, report));
    }

    @Override
    public List<Challenge> challenges(Course course) {
        return course.allChallenges().stream()
                .filter(c -> module.map(m -> m.id().equals(c.moduleId())).orElse(true))
                .filter(c -> kind.map(k -> k == c.kind()).orElse(true))
                .toList();
    }
}
