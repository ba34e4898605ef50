package dev.secpillar.quiz;

import java.util.List;
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
}
