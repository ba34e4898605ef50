package dev.secpillar.badge;

import java.util.List;

/** {@code all: [iam, detection, {streak_days: 3}]}: every part met. A bare id names a badge. */
record AllOf(List<Criterion> parts) implements Combination {
    AllOf {
        parts = List.copyOf(parts);
    }

    @Override
    public Standing standing(Facts facts) {
        List<Standing> each = parts.stream().map(p -> p.standing(facts)).toList();
        int met = (int) each.stream().filter(Standing::met).count();
        if (onlyBadges()) {
            List<String> names = parts.stream().map(p -> Words.quoted(((BadgeEarned) p).name(facts.course()))).toList();
            Standing s = Standing.counted(facts.say("badge.all_of.badges", Words.list(names, facts)), met, parts.size(),
                    facts, "badges");
            return new Standing(s.description(), s.met(), s.done(), s.total(), s.progress(), each);
        }
        String description = facts.say("badge.all_of", String.join("; ", each.stream().map(Standing::description).toList()));
        return new Standing(description, met == parts.size(), met, parts.size(),
                facts.say("badge.all_of.progress", met, parts.size()), each);
    }

    private boolean onlyBadges() {
        return parts.stream().allMatch(BadgeEarned.class::isInstance);
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        return parts.stream().flatMap(p -> p.evidence(facts).stream()).toList();
    }

    @Override
    public List<BadgeEarned> requiredBadges() {
        return parts.stream().flatMap(p -> p.requiredBadges().stream()).toList();
    }
}
