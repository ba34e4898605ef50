package dev.secpillar.badge;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** {@code badge: iam}, or a bare id inside {@code all} and {@code any}: another badge earned. */
record BadgeEarned(Ref badge) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        boolean met = facts.earned().contains(badge.id());
        return Standing.single(facts.say("badge.badge", Words.quoted(name(facts.course()))), met,
                facts.say(met ? "badge.badge.earned" : "badge.badge.not_earned"));
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        Instant at = facts.progress().badges().get(badge.id());
        if (at == null) {
            return List.of();
        }
        return List.of(new Evidence(facts.say("badge.evidence.badge", name(facts.course())),
                facts.say("badge.evidence.badge.earned", Words.day(at))));
    }

    @Override
    public Set<String> bestPractices(Course course) {
        return Set.of();
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        References.badge(course, badge, report);
    }

    @Override
    public List<BadgeEarned> badgeRefs() {
        return List.of(this);
    }

    String name(Course course) {
        return course.badges().stream().filter(b -> b.id().equals(badge.id())).map(BadgeDefinition::name).findFirst()
                .orElse(badge.id());
    }

    @Override
    public List<BadgeEarned> requiredBadges() {
        return List.of(this);
    }
}
