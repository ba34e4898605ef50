package dev.secpillar.badge;

import java.util.List;

/** {@code any: {count: 2, of: [a, b, c]}} (or {@code any: [a, b]} for one of them): at least {@code count} parts met. */
record AnyOf(int count, List<Criterion> parts) implements Combination {
    AnyOf {
        parts = List.copyOf(parts);
    }

    @Override
    public Standing standing(Facts facts) {
        List<Standing> each = parts.stream().map(p -> p.standing(facts)).toList();
        int met = (int) each.stream().filter(Standing::met).count();
        int done = Math.min(met, count);
        boolean badges = parts.stream().allMatch(BadgeEarned.class::isInstance);
        List<String> names = badges
                ? parts.stream().map(p -> Words.quoted(((BadgeEarned) p).name(facts.course()))).toList()
                : each.stream().map(Standing::description).toList();
        String description = badges
                ? facts.say("badge.any_of.badges", count, Words.list(names, facts))
                : facts.say("badge.any_of", count, String.join("; ", names));
        String progress = badges ? facts.say("badge.count.badges", done, count) : facts.say("badge.any_of.progress", done, count);
        return new Standing(description, met >= count, done, count, progress, each);
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        return parts.stream().filter(p -> p.standing(facts).met()).flatMap(p -> p.evidence(facts).stream()).toList();
    }

    /** "Any N of N" is "all of them". */
    @Override
    public List<BadgeEarned> requiredBadges() {
        return count < parts.size() ? List.of() : parts.stream().flatMap(p -> p.requiredBadges().stream()).toList();
    }
}
