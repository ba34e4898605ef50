package dev.secpillar.plain;

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
 * "t"/"f" or 1/2 for true/false; 1-3 or a/e/i for a policy decision. Numbers are the ones
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
    static String prompt(ShownQuestion q) {
        int n = q.size();
        return switch (q.kind()) {
            case SINGLE -> "Your answer (1-" + n + "): ";
            case MULTI -> "Your answers, every one that applies (e.g. 1 3): ";
            case TRUE_FALSE -> "True or false (t/f): ";
            case ORDER -> "The item numbers in the right order, first to last (e.g. " + example(n) + "): ";
            case POLICY_DECISION -> "AWS decides (1-3, or a/e/i): ";
        };
    }

    static Parsed parse(ShownQuestion q, String typed) {
        String text = typed.trim().toLowerCase(Locale.ROOT);
        int n = q.size();
        return switch (q.kind()) {
            case SINGLE -> one(text, n).map(i -> Parsed.ok(q.pick(i)))
                    .orElse(Parsed.hint("Please type one number from 1 to " + n + "."));
            case TRUE_FALSE -> trueFalse(text).map(i -> Parsed.ok(q.pick(i)))
                    .orElse(Parsed.hint("Please type t for true or f for false (or 1 or 2)."));
            case POLICY_DECISION -> decision(text).map(i -> Parsed.ok(q.pick(i)))
                    .orElse(Parsed.hint("Please type 1, 2 or 3, or a for Allow, e for Explicit deny, i for Implicit deny."));
            case MULTI -> multi(q, text);
            case ORDER -> order(q, text);
        };
    }

    private static Parsed multi(ShownQuestion q, String text) {
        int n = q.size();
        Optional<List<Integer>> numbers = numbers(text);
        String hint = "Please type the numbers of every choice that applies, from 1 to " + n
                + ", separated by spaces (e.g. 1 3).";
        if (numbers.isEmpty() || numbers.get().isEmpty()) {
            return Parsed.hint(hint);
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int v : numbers.get()) {
            if (v < 1 || v > n) {
                return Parsed.hint("There is no choice " + v + ". " + hint);
            }
            chosen.add(v - 1);
        }
        return Parsed.ok(q.picks(chosen));
    }

    private static Parsed order(ShownQuestion q, String text) {
        int n = q.size();
        String hint = "Please type all " + n + " item numbers once each, first to last (e.g. " + example(n) + ").";
        Optional<List<Integer>> numbers = numbers(text);
        if (numbers.isEmpty() || numbers.get().isEmpty()) {
            return Parsed.hint(hint);
        }
        List<Integer> seq = new ArrayList<>();
        for (int v : numbers.get()) {
            if (v < 1 || v > n) {
                return Parsed.hint("There is no item " + v + ". " + hint);
            }
            if (seq.contains(v - 1)) {
                return Parsed.hint("Item " + v + " is there twice. " + hint);
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
            return Parsed.hint("Item" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing. " + hint);
        }
        return Parsed.ok(q.sequence(seq));
    }

    private static Optional<Integer> one(String text, int n) {
        return numbers(text).filter(l -> l.size() == 1 && l.get(0) >= 1 && l.get(0) <= n).map(l -> l.get(0) - 1);
    }

    private static Optional<Integer> trueFalse(String text) {
        return switch (text) {
            case "t", "true", "1" -> Optional.of(0);
            case "f", "false", "2" -> Optional.of(1);
            default -> Optional.empty();
        };
    }

    private static Optional<Integer> decision(String text) {
        return switch (text) {
            case "1", "a", "allow" -> Optional.of(0);
            case "2", "e", "explicit deny" -> Optional.of(1);
            case "3", "i", "implicit deny" -> Optional.of(2);
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
