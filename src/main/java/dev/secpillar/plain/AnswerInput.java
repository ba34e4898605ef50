package dev.secpillar.plain;

import dev.secpillar.i18n.Messages;
import java.text.Normalizer;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ShownQuestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a typed answer in line mode: "2"; "1 3" (or "1,3") for multi; "3 1 2 4" for order;
 * "t"/"f" or 1/2 for true/false (and the language's own letters, đ/s in Vietnamese); 1-3 or a/e/i for a policy decision. Numbers are the ones
 * shown. Anything else gets a hint saying what to type, never an exception.
 */
final class AnswerInput {
    /** Either a response or a hint for the learner. */
    record Parsed(Optional<Response> response, String hint) {
        static Parsed ok(Response r) {
            return new Parsed(Optional.of(r), "");
        }

        static Parsed hint(String hint) {
            return new Parsed(Optional.empty(), hint);
        }
    }

    private AnswerInput() {}

    /** The prompt that says what to type for this question. */
    static String prompt(ShownQuestion q, Messages m) {
        int n = q.size();
        return switch (q.kind()) {
            case SINGLE -> m.get("plain.answer.single", n);
            case MULTI -> m.get("plain.answer.multi");
            case TRUE_FALSE -> m.get("plain.answer.true_false", trueKeys(m), falseKeys(m));
            case ORDER -> m.get("plain.answer.order", example(n));
            case POLICY_DECISION -> m.get("plain.answer.policy");
        };
    }

    /** "t", or "t/đ" where the language has a letter of its own for true (đúng). */
    private static String trueKeys(Messages m) {
        String own = m.get("answer.true.keys");
        return own.equals("t") ? "t" : "t/" + own;
    }

    private static String falseKeys(Messages m) {
        String own = m.get("answer.false.keys");
        return own.equals("f") ? "f" : "f/" + own;
    }

    static Parsed parse(ShownQuestion q, String typed, Messages m) {
        String text = Normalizer.normalize(typed.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int n = q.size();
        return switch (q.kind()) {
            case SINGLE -> one(text, n).map(i -> Parsed.ok(q.pick(i)))
                    .orElse(Parsed.hint(m.get("plain.answer.single.hint", n)));
            case TRUE_FALSE -> trueFalse(text, m).map(i -> Parsed.ok(q.pick(i)))
                    .orElse(Parsed.hint(m.get("plain.answer.true_false.hint", trueKeys(m), falseKeys(m))));
            case POLICY_DECISION -> decision(text).map(i -> Parsed.ok(q.pick(i)))
                    .orElse(Parsed.hint(m.get("plain.answer.policy.hint")));
            case MULTI -> multi(q, text, m);
            case ORDER -> order(q, text, m);
        };
    }

    private static Parsed multi(ShownQuestion q, String text, Messages m) {
        int n = q.size();
        Optional<List<Integer>> numbers = numbers(text);
        String hint = m.get("plain.answer.multi.hint", n);
        if (numbers.isEmpty() || numbers.get().isEmpty()) {
            return Parsed.hint(hint);
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int v : numbers.get()) {
            if (v < 1 || v > n) {
                return Parsed.hint(m.get("plain.answer.no_choice", v) + " " + hint);
            }
            chosen.add(v - 1);
        }
        return Parsed.ok(q.picks(chosen));
    }

    private static Parsed order(ShownQuestion q, String text, Messages m) {
        int n = q.size();
        String hint = m.get("plain.answer.order.hint", n, example(n));
        Optional<List<Integer>> numbers = numbers(text);
        if (numbers.isEmpty() || numbers.get().isEmpty()) {
            return Parsed.hint(hint);
        }
        List<Integer> seq = new ArrayList<>();
        for (int v : numbers.get()) {
            if (v < 1 || v > n) {
                return Parsed.hint(m.get("plain.answer.no_item", v) + " " + hint);
            }
            if (seq.contains(v - 1)) {
                return Parsed.hint(m.get("plain.answer.twice", v) + " " + hint);
            }
            seq.add(v - 1);
        }
        if (seq.size() < n) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!seq.contains(i)) {
                    missing.add(Integer.toString(i + 1));
                }
            }
            return Parsed.hint(m.get("plain.answer.missing", missing.size(), String.join(", ", missing)) + " " + hint);
        }
        return Parsed.ok(q.sequence(seq));
    }

    private static Optional<Integer> one(String text, int n) {
        return numbers(text).filter(l -> l.size() == 1 && l.get(0) >= 1 && l.get(0) <= n).map(l -> l.get(0) - 1);
    }

    /**
     * The question's own choice (0 true, 1 false): t/f and 1/2 always, the words of the
     * learner's language and its own letters too (in Vietnamese đ/s, for đúng/sai).
     */
    private static Optional<Integer> trueFalse(String text, Messages m) {
        java.util.function.Predicate<String> in = key -> text.equals(m.get(key).toLowerCase(Locale.ROOT));
        if (text.equals("t") || text.equals("true") || text.equals("1") || in.test("answer.true.keys") || in.test("answer.true")) {
            return Optional.of(0);
        }
        if (text.equals("f") || text.equals("false") || text.equals("2") || in.test("answer.false.keys") || in.test("answer.false")) {
            return Optional.of(1);
        }
        return Optional.empty();
    }

    private static Optional<Integer> decision(String text) {
        return switch (text.replaceAll("\\s+", "")) { // the words typed with any spacing
            case "1", "a", "allow" -> Optional.of(0);
            case "2", "e", "explicitdeny" -> Optional.of(1);
            case "3", "i", "implicitdeny" -> Optional.of(2);
            default -> Optional.empty();
        };
    }

    /** Whole numbers separated by spaces or commas; empty when anything else is there. */
    private static Optional<List<Integer>> numbers(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            out.add(Integer.parseInt(part));
        }
        return Optional.of(out);
    }

    /** "3 1 2 4 5": every number once, not in order, for an n-item example. */
    private static String example(int n) {
        StringBuilder b = new StringBuilder("3 1 2");
        for (int i = 4; i <= n; i++) {
            b.append(' ').append(i);
        }
        return b.toString();
    }
}
