package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** {@code any: {count: 2, of: [a, b, c]}} (or {@code any: [a, b]} for one of them): at least {@code count} parts met. */
record AnyOf(int count, List<Criterion> parts) implements Criterion {
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

    @Override
    public Set<String> cleanPassesNeeded(Course course) {
        Set<String> out = new java.util.TreeSet<>();
        parts.forEach(p -> out.addAll(p.cleanPassesNeeded(course)));
        return out;
    }

    @Override
    public Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>();
        parts.forEach(p -> out.addAll(p.bestPractices(course)));
        return out;
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        parts.forEach(p -> p.check(course, report));
    }

    @Override
    public List<BadgeEarned> badgeRefs() {
        return parts.stream().flatMap(p -> p.badgeRefs().stream()).toList();
    }

    /** "Any N of N" is "all of them". */
    @Override
    public List<BadgeEarned> requiredBadges() {
        return count < parts.size() ? List.of() : parts.stream().flatMap(p -> p.requiredBadges().stream()).toList();
    }
}
