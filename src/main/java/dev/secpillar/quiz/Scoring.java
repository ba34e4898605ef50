package dev.secpillar.quiz;

import dev.secpillar.course.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Marks an answer by kind: single, true_false and policy_decision by the one right index (for
 * policy_decision, the simulator's decision, filled in when the course loaded); multi all or
 * nothing; order only the exact sequence. Feedback numbers choices as they were shown.
 */
public final class Scoring {
    private Scoring() {}

    public static Marking mark(ShownQuestion shown, Response response) {
        if (!shown.accepts(response)) {
            throw new IllegalArgumentException("response " + response + " does not fit " + shown.question().id());
        }
        Question q = shown.question();
        return switch (q.kind()) {
            case SINGLE -> single(shown, ((Response.Pick) response).choice());
            case TRUE_FALSE -> trueFalse(q, ((Response.Pick) response).choice());
            case MULTI -> multi(shown, ((Response.Picks) response).choices());
            case ORDER -> order(shown, ((Response.Sequence) response).items());
            case POLICY_DECISION -> policy(shown, ((Response.Pick) response).choice());
        };
    }

    private static Marking single(ShownQuestion s, int choice) {
        int right = s.question().answer().get(0);
        String recorded = Integer.toString(choice);
        if (choice == right) {
            return new Marking(true, recorded, List.of("Right."));
        }
        return new Marking(false, recorded, List.of("Not quite. The answer is " + numbered(s, right) + "."));
    }

    private static Marking trueFalse(Question q, int choice) {
        int right = q.answer().get(0);
        String truth = right == 0 ? "true" : "false";
        return new Marking(choice == right, Integer.toString(choice), List.of(choice == right
                ? "Right: the statement is " + truth + "."
                : "Not quite: the statement is " + truth + "."));
    }

    private static Marking multi(ShownQuestion s, List<Integer> chosen) {
        List<Integer> right = s.question().answer();
        String recorded = String.join(",", chosen.stream().map(String::valueOf).toList());
        if (chosen.equals(right)) {
            return new Marking(true, recorded, List.of("Right: you chose every right answer and nothing else."));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Not quite: every right choice, and no other, is needed.");
        inShownOrder(s, chosen.stream().filter(i -> !right.contains(i)).toList())
                .forEach(i -> lines.add("Chosen but wrong: " + numbered(s, i)));
        inShownOrder(s, right.stream().filter(i -> !chosen.contains(i)).toList())
                .forEach(i -> lines.add("Missed: " + numbered(s, i)));
        return new Marking(false, recorded, lines);
    }

    private static Marking order(ShownQuestion s, List<Integer> sequence) {
        String recorded = String.join(" ", sequence.stream().map(String::valueOf).toList());
        int n = sequence.size();
        long inPlace = IntStream.range(0, n).filter(i -> sequence.get(i) == i).count();
        if (inPlace == n) {
            return new Marking(true, recorded, List.of("Right: that is the order."));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Not quite: " + inPlace + " of " + n + " in the right place. The right order is:");
        List<String> items = s.question().choices();
        for (int i = 0; i < n; i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return new Marking(false, recorded, lines);
    }

    private static Marking policy(ShownQuestion s, int choice) {
        int right = s.question().answer().get(0);
        List<String> labels = s.question().choices();
        List<String> lines = new ArrayList<>();
        lines.add(choice == right
                ? "Right: " + labels.get(right) + "."
                : "Not quite: AWS decides " + labels.get(right) + ", not " + labels.get(choice) + ".");
        s.exhibit().ifPresent(e -> lines.add("Simulator: " + e.why()));
        return new Marking(choice == right, wireName(labels.get(choice)), lines);
    }

    /** "Explicit deny" as the simulator's JSON names it: "ExplicitDeny". */
    static String wireName(String label) {
        StringBuilder b = new StringBuilder();
        for (String word : label.split(" ")) {
            b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return b.toString();
    }

    /** "3. The text" with the number the learner saw. */
    private static String numbered(ShownQuestion s, int original) {
        return (s.shown(original) + 1) + ". " + s.question().choices().get(original);
    }

    private static List<Integer> inShownOrder(ShownQuestion s, List<Integer> originals) {
        return originals.stream().sorted((a, b) -> Integer.compare(s.shown(a), s.shown(b))).toList();
    }
}
