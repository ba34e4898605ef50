package dev.secpillar.badge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Course;
import dev.secpillar.course.PillarMap;
import dev.secpillar.course.SourceRef;
import dev.secpillar.record.AwardRule;
import dev.secpillar.record.ProgressSnapshot;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The course's badges as rules: which a record earns (the store asks inside each event's
 * transaction), how far along the learner is toward each, and what backs an earned one.
 */
public final class BadgeRules implements AwardRule {
    private final Course course;
    private final Map<String, Criterion> criteria;

    private BadgeRules(Course course, Map<String, Criterion> criteria) {
        this.course = course;
        this.criteria = criteria;
    }

    /**
     * The rules of a course. A badge whose criteria do not parse is left out (never earned):
     * {@code validate} reports it, and a broken badge must not stop the course from running.
     */
    /** The ids of the badges that need this challenge passed cleanly, in course order. */
    public List<String> needingCleanPass(String challengeId) {
        return criteria.entrySet().stream().filter(e -> e.getValue().cleanPassesNeeded(course).contains(challengeId))
                .map(Map.Entry::getKey).toList();
    }

    public static BadgeRules of(Course course) {
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (BadgeDefinition b : course.badges()) {
            CriteriaParser.parse(b, (where, message) -> { }).ifPresent(c -> criteria.putIfAbsent(b.id(), c));
        }
        return new BadgeRules(course, criteria);
    }

    /** The content check: criteria shape, names that exist, unique ids, no badges requiring each other. */
    public static void check(Course course, BiConsumer<SourceRef, String> report) {
        Map<String, SourceRef> first = new HashMap<>();
        Map<String, Criterion> parsed = new LinkedHashMap<>();
        for (BadgeDefinition b : course.badges()) {
            SourceRef earlier = first.putIfAbsent(b.id(), b.positions().item());
            if (earlier != null) {
                report.accept(b.positions().item(), "duplicate badge id '" + b.id() + "' (first used at " + earlier + ")");
                continue;
            }
            CriteriaParser.parse(b, report).ifPresent(c -> {
                c.check(course, report);
                parsed.put(b.id(), c);
            });
        }
        BadgeCycles.report(parsed, report);
    }

    /**
     * The badges this record newly earns. Repeats until nothing changes, so a badge that needs
     * other badges is earned in the same event as the last of them.
     */
    @Override
    public Set<String> earned(ProgressSnapshot snapshot) {
        Set<String> earned = new HashSet<>(snapshot.badges().keySet());
        Set<String> fresh = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Facts facts = new Facts(course, snapshot, earned);
            for (Map.Entry<String, Criterion> e : criteria.entrySet()) {
                if (!earned.contains(e.getKey()) && e.getValue().standing(facts).met()) {
                    earned.add(e.getKey());
                    fresh.add(e.getKey());
                    changed = true;
                }
            }
        }
        return fresh;
    }

    /** Every badge in course order, earned or locked. */
    public List<BadgeStatus> statuses(ProgressSnapshot snapshot) {
        return statuses(snapshot, Text.ENGLISH_MESSAGES);
    }

    /** The same, what each asks and how far along in the learner's language. */
    public List<BadgeStatus> statuses(ProgressSnapshot snapshot, Messages m) {
        Facts facts = Facts.of(course, snapshot, m);
        return course.badges().stream()
                .filter(b -> criteria.containsKey(b.id()))
                .map(b -> status(b, facts))
                .toList();
    }

    public Optional<BadgeStatus> status(String id, ProgressSnapshot snapshot) {
        return status(id, snapshot, Text.ENGLISH_MESSAGES);
    }

    public Optional<BadgeStatus> status(String id, ProgressSnapshot snapshot, Messages m) {
        Facts facts = Facts.of(course, snapshot, m);
        return definition(id).filter(b -> criteria.containsKey(id)).map(b -> status(b, facts));
    }

    private BadgeStatus status(BadgeDefinition b, Facts facts) {
        Optional<Instant> at = Optional.ofNullable(facts.progress().badges().get(b.id()));
        return new BadgeStatus(b, at, criteria.get(b.id()).standing(facts));
    }

    /** What the learner completed toward the badge, for a credential's evidence. */
    public List<Evidence> evidence(String id, ProgressSnapshot snapshot) {
        return evidence(id, snapshot, Text.ENGLISH_MESSAGES);
    }

    /** The same, its words in the language of {@code m} (and the course's titles in its own). */
    public List<Evidence> evidence(String id, ProgressSnapshot snapshot, Messages m) {
        Criterion c = criteria.get(id);
        return c == null ? List.of() : c.evidence(Facts.of(course, snapshot, m));
    }

    /** The best-practice ids the badge stands for, including those of the badges it names. */
    public Set<String> bestPractices(String id) {
        Set<String> out = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            Criterion c = criteria.get(next);
            if (c != null && seen.add(next)) {
                out.addAll(c.bestPractices(course));
                c.badgeRefs().forEach(r -> todo.push(r.badge().id()));
            }
        }
        return out;
    }

    /** What a credential says about an earned badge; empty when it is not earned (or not a badge). */
    public Optional<EarnedBadge> earned(String id, ProgressSnapshot snapshot, PillarMap pillar) {
        return earned(id, snapshot, pillar, Text.ENGLISH_MESSAGES);
    }

    /** The same, what it asks and its evidence in the language of {@code m}. */
    public Optional<EarnedBadge> earned(String id, ProgressSnapshot snapshot, PillarMap pillar, Messages m) {
        Optional<BadgeStatus> status = status(id, snapshot, m).filter(BadgeStatus::earned);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        BadgeDefinition b = status.get().badge();
        List<EarnedBadge.Alignment> alignment = bestPractices(id).stream()
                .map(bp -> new EarnedBadge.Alignment(bp, pillar.bestPractice(bp).map(PillarMap.BestPractice::title).orElse(bp)))
                .toList();
        return Optional.of(new EarnedBadge(b.id(), b.name(), b.description(), b.emblem(),
                status.get().standing().description(), alignment, evidence(id, snapshot, m), status.get().earnedAt().get()));
    }

    public Optional<BadgeDefinition> definition(String id) {
        return course.badges().stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
