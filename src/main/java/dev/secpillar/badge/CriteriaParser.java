package dev.secpillar.badge;

import dev.secpillar.badge.Criterion.Ref;
import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Positions;
import dev.secpillar.course.SourceRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Turns a badge's {@code criteria:} (plain YAML data with positions) into a {@link Criterion},
 * reporting every mistake at its line and column. Only the shape is checked here; whether the
 * named modules, quizzes, challenges and badges exist is {@link Criterion#check}'s job.
 */
final class CriteriaParser {
    static final List<String> KINDS = List.of("lessons_of_module", "module_complete", "quiz", "challenges",
            "challenges_of", "streak_days", "badge", "all", "any", "missed_questions_retired", "every_quiz");

    private final Positions positions;
    private final BiConsumer<SourceRef, String> report;
    private int problems;

    private CriteriaParser(Positions positions, BiConsumer<SourceRef, String> report) {
        this.positions = positions;
        this.report = report;
    }

    /** The badge's criterion, or empty after reporting why not. */
    static Optional<Criterion> parse(BadgeDefinition badge, BiConsumer<SourceRef, String> report) {
        CriteriaParser p = new CriteriaParser(badge.positions(), report);
        Optional<Criterion> c = p.criterion(badge.criteria(), "/criteria");
        return p.problems == 0 ? c : Optional.empty();
    }

    private Optional<Criterion> criterion(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            return fail(path, "a criterion is a mapping with one key, for example {lessons_of_module: iam}; found "
                    + kind(value));
        }
        if (map.size() != 1) {
            return fail(path, map.isEmpty() ? "a criterion must not be empty; for example {lessons_of_module: iam}"
                    : "a criterion has exactly one key, found " + map.size() + " (" + String.join(", ", keys(map))
                    + "); combine criteria with all: [...] or any: [...]");
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        String key = String.valueOf(entry.getKey());
        Object v = entry.getValue();
        String at = path + "/" + key;
        return switch (key) {
            case "lessons_of_module" -> id(v, at, "a module id").map(LessonsOfModule::new);
            case "module_complete" -> id(v, at, "a module id").map(ModuleComplete::new);
            case "quiz" -> quiz(v, at);
            case "challenges" -> challenges(v, at);
            case "challenges_of" -> challengesOf(v, at);
            case "streak_days" -> number(v, at, "'streak_days'", 1, 365).map(n -> new StreakDays(n, where(at)));
            case "badge" -> id(v, at, "a badge id").map(BadgeEarned::new);
            case "all" -> parts(v, at, "'all'").map(AllOf::new);
            case "any" -> any(v, at);
            case "missed_questions_retired" -> retired(v, at);
            case "every_quiz" -> everyQuiz(v, at);
            default -> fail(at, "unknown criterion '" + key + "' (criteria: " + String.join(", ", KINDS) + ")");
        };
    }

    private Optional<Criterion> quiz(Object v, String at) {
        if (v instanceof String) {
            return id(v, at, "a quiz id").map(r -> new QuizPassed(r, 0));
        }
        Optional<Options> o = options(v, at, "'quiz'", "a quiz id or {id: ..., min_score: ...}", "id", "min_score");
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Optional<Ref> id = o.get().required("id").flatMap(x -> id(x, at + "/id", "a quiz id"));
        int min = o.get().value("min_score").flatMap(x -> number(x, at + "/min_score", "'min_score'", 0, 100)).orElse(0);
        return id.map(r -> new QuizPassed(r, min));
    }

    private Optional<Criterion> challenges(Object v, String at) {
        if (v instanceof List<?>) {
            return ids(v, at, "challenge").map(ids -> new ChallengesPassed(ids, HelpRule.ANY));
        }
        Optional<Options> o = options(v, at, "'challenges'", "a list of challenge ids or {ids: [...], no_hints: true}",
                "ids", "no_hints", "no_give_up");
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Ref>> ids = o.get().required("ids").flatMap(x -> ids(x, at + "/ids", "challenge"));
        HelpRule help = help(o.get(), at);
        return ids.map(list -> new ChallengesPassed(list, help));
    }

    private Optional<Criterion> challengesOf(Object v, String at) {
        Optional<Options> o = options(v, at, "'challenges_of'", "{module: ..., kind: ...}", "module", "kind", "no_hints",
                "no_give_up");
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Optional<Object> moduleValue = o.get().value("module");
        Optional<Object> kindValue = o.get().value("kind");
        if (moduleValue.isEmpty() && kindValue.isEmpty()) {
            return fail(at, "'challenges_of' needs a module, a kind or both, for example {module: iam, kind: policy}");
        }
        Optional<Ref> module = moduleValue.flatMap(x -> id(x, at + "/module", "a module id"));
        Optional<ChallengeKind> kind = kindValue.flatMap(x -> challengeKind(x, at + "/kind"));
        HelpRule help = help(o.get(), at);
        return Optional.of(new ChallengesOf(module, kind, help));
    }

    private Optional<ChallengeKind> challengeKind(Object v, String at) {
        List<String> names = Arrays.stream(ChallengeKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        if (v instanceof String s && names.contains(s)) {
            return Optional.of(ChallengeKind.valueOf(s.toUpperCase(Locale.ROOT)));
        }
        return fail(at, "unknown challenge kind " + (v instanceof String s ? "'" + s + "'" : kind(v)) + " (kinds: "
                + String.join(", ", names) + ")");
    }

    private HelpRule help(Options o, String at) {
        boolean noHints = o.value("no_hints").flatMap(x -> bool(x, at + "/no_hints", "'no_hints'")).orElse(false);
        boolean noGiveUp = o.value("no_give_up").flatMap(x -> bool(x, at + "/no_give_up", "'no_give_up'")).orElse(false);
        return new HelpRule(noHints, noGiveUp);
    }

    private Optional<Criterion> any(Object v, String at) {
        if (v instanceof List<?>) {
            return parts(v, at, "'any'").map(parts -> new AnyOf(1, parts));
        }
        Optional<Options> o = options(v, at, "'any'", "a list or {count: 2, of: [...]}", "count", "of");
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Criterion>> parts = o.get().required("of").flatMap(x -> parts(x, at + "/of", "'of'"));
        int count = o.get().value("count").flatMap(x -> number(x, at + "/count", "'count'", 1, 1000)).orElse(1);
        if (parts.isPresent() && count > parts.get().size()) {
            return fail(at + "/count", "'count' is " + count + " but 'of' lists only " + parts.get().size());
        }
        return parts.map(p -> new AnyOf(count, p));
    }

    private Optional<List<Criterion>> parts(Object v, String at, String what) {
        if (!(v instanceof List<?> list)) {
            return fail(at, what + " must be a list of badge ids and criteria, found " + kind(v));
        }
        if (list.isEmpty()) {
            return fail(at, what + " must list at least one badge id or criterion");
        }
        List<Criterion> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemAt = at + "/" + i;
            // A bare id is the common case ("all of these badges"), so it needs no {badge: ...} wrapper.
            Optional<Criterion> c = item instanceof String
                    ? id(item, itemAt, "a badge id").map(BadgeEarned::new)
                    : criterion(item, itemAt);
            c.ifPresent(out::add);
        }
        return out.size() == list.size() ? Optional.of(out) : Optional.empty();
    }

    private Optional<Criterion> retired(Object v, String at) {
        if (Boolean.TRUE.equals(v)) {
            return Optional.of(new MissedQuestionsRetired(1, where(at)));
        }
        if (v instanceof Map<?, ?>) {
            Optional<Options> o = options(v, at, "'missed_questions_retired'", "true or {at_least: N}", "at_least");
            int atLeast = o.flatMap(x -> x.value("at_least"))
                    .flatMap(x -> number(x, at + "/at_least", "'at_least'", 1, 10_000)).orElse(1);
            return o.map(x -> new MissedQuestionsRetired(atLeast, where(at)));
        }
        return fail(at, "'missed_questions_retired' must be true or {at_least: N}, found " + kind(v));
    }

    private Optional<Criterion> everyQuiz(Object v, String at) {
        if (Boolean.TRUE.equals(v)) {
            return Optional.of(new EveryQuiz(0, where(at)));
        }
        if (v instanceof Map<?, ?>) {
            Optional<Options> o = options(v, at, "'every_quiz'", "true or {min_score: N}", "min_score");
            int min = o.flatMap(x -> x.value("min_score"))
                    .flatMap(x -> number(x, at + "/min_score", "'min_score'", 0, 100)).orElse(0);
            return o.map(x -> new EveryQuiz(min, where(at)));
        }
        return fail(at, "'every_quiz' must be true or {min_score: N}, found " + kind(v));
    }

    private Optional<Ref> id(Object v, String at, String what) {
        if (v instanceof String s && !s.isBlank()) {
            return Optional.of(new Ref(s.strip(), where(at)));
        }
        return fail(at, "expected " + what + ", found " + kind(v));
    }

    private Optional<List<Ref>> ids(Object v, String at, String what) {
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            return fail(at, "expected a list of " + what + " ids, found " + (v instanceof List ? "an empty list" : kind(v)));
        }
        List<Ref> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Optional<Ref> r = id(list.get(i), at + "/" + i, "a " + what + " id");
            if (r.isPresent() && !seen.add(r.get().id())) {
                fail(at + "/" + i, what + " '" + r.get().id() + "' is listed twice");
            }
            r.ifPresent(out::add);
        }
        return out.size() == list.size() ? Optional.of(out) : Optional.empty();
    }

    private Optional<Integer> number(Object v, String at, String what, int min, int max) {
        if (v instanceof Long || v instanceof BigInteger) {
            BigInteger n = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
            if (n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0) {
                return Optional.of(n.intValue());
            }
            return fail(at, what + " must be between " + min + " and " + max + ", found " + n);
        }
        return fail(at, what + " must be a whole number, found " + kind(v));
    }

    private Optional<Boolean> bool(Object v, String at, String what) {
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        return fail(at, what + " must be true or false, found " + kind(v));
    }

    private Optional<Options> options(Object v, String at, String what, String shape, String... allowed) {
        if (!(v instanceof Map<?, ?> map)) {
            return fail(at, what + " must be " + shape + ", found " + kind(v));
        }
        List<String> known = List.of(allowed);
        for (String k : keys(map)) {
            if (!known.contains(k)) {
                fail(at + "/" + k, "unknown key '" + k + "' in " + what + " (expected one of: " + String.join(", ", known) + ")");
            }
        }
        return Optional.of(new Options(map, at));
    }

    /** The keys of one option mapping. */
    private final class Options {
        private final Map<?, ?> map;
        private final String at;

        Options(Map<?, ?> map, String at) {
            this.map = map;
            this.at = at;
        }

        /** The value of a key; a key with nothing after it counts as absent. */
        Optional<Object> value(String key) {
            return Optional.ofNullable(map.get(key));
        }

        Optional<Object> required(String key) {
            Optional<Object> v = value(key);
            if (v.isEmpty()) {
                fail(map.containsKey(key) ? at + "/" + key : at, "missing '" + key + "'");
            }
            return v;
        }
    }

    private SourceRef where(String path) {
        return positions.at(path);
    }

    private <T> Optional<T> fail(String path, String message) {
        problems++;
        report.accept(where(path), message);
        return Optional.empty();
    }

    private static List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    private static String kind(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        if (v instanceof Number) {
            return "a number (" + v + ")";
        }
        return "text '" + v + "'";
    }
}
