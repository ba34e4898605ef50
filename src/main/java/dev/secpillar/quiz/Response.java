package dev.secpillar.quiz;

import dev.secpillar.course.Question;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the learner answered, in the question's own indexes (as written in the YAML, before
 * shuffling), so a recorded answer means the same whatever order the choices were shown in.
 */
public sealed interface Response {

    /** One choice: single, true_false (0 true, 1 false) and policy_decision (0 Allow, 1 Explicit deny, 2 Implicit deny). */
    record Pick(int choice) implements Response {}

    /** Every choice ticked in a multi question (possibly none). */
    record Picks(List<Integer> choices) implements Response {
        public Picks {
            choices = List.copyOf(new TreeSet<>(choices));
        }
    }

    /** The items of an order question in the order the learner put them. */
    record Sequence(List<Integer> items) implements Response {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** How the answer is recorded: "2", "0,3", "2 0 1 3". */
    default String text() {
        if (this instanceof Pick p) {
            return Integer.toString(p.choice());
        }
        if (this instanceof Picks p) {
            return p.choices().stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return ((Sequence) this).items().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /**
     * The response a recorded answer stands for ("2", "0,3", "2 0 1 3", "ExplicitDeny"), in the
     * question's own indexes; empty when the text does not fit the question (its choices changed).
     */
    static Optional<Response> fromRecorded(Question q, String recorded) {
        int n = q.choices().size();
        try {
            return switch (q.kind()) {
                case SINGLE, TRUE_FALSE -> inRange(List.of(Integer.parseInt(recorded.trim())), n)
                        .map(l -> new Pick(l.get(0)));
                case POLICY_DECISION -> {
                    for (int i = 0; i < n; i++) {
                        if (Scoring.wireName(q.choices().get(i)).equals(recorded.trim())) {
                            yield Optional.of(new Pick(i));
                        }
                    }
                    yield Optional.empty();
                }
                case MULTI -> inRange(numbers(recorded, ","), n).map(Picks::new);
                case ORDER -> inRange(numbers(recorded, " "), n).filter(l -> l.size() == n && new TreeSet<>(l).size() == n)
                        .map(Sequence::new);
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Integer> numbers(String text, String separator) {
        return text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.trim().split(java.util.regex.Pattern.quote(separator)))
                        .map(String::trim).map(Integer::parseInt).toList();
    }

    private static Optional<List<Integer>> inRange(List<Integer> values, int n) {
        return values.stream().allMatch(v -> v >= 0 && v < n) ? Optional.of(values) : Optional.empty();
    }
}
