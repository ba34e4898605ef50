package dev.secpillar.tui;

import dev.secpillar.course.QuestionKind;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ShownQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The learner's work on a question before answering: the selected row, the ticked choices of a
 * select-all question, and the current arrangement of an order question (shown positions, first
 * item first). Every change returns a new form; {@link #submit} is what Enter answers.
 */
record AnswerForm(ShownQuestion shown, int cursor, List<Integer> ticked, List<Integer> arrangement) {

    AnswerForm {
        ticked = List.copyOf(new TreeSet<>(ticked));
        arrangement = List.copyOf(arrangement);
    }

    static AnswerForm of(ShownQuestion q) {
        return new AnswerForm(q, 0, List.of(), IntStream.range(0, q.size()).boxed().toList());
    }

    QuestionKind kind() {
        return shown.kind();
    }

    AnswerForm select(int row) {
        return new AnswerForm(shown, Math.max(0, Math.min(row, shown.size() - 1)), ticked, arrangement);
    }

    /** Ticks or unticks the choice shown at {@code position} (select-all questions only). */
    AnswerForm toggle(int position) {
        if (kind() != QuestionKind.MULTI || position < 0 || position >= shown.size()) {
            return this;
        }
        List<Integer> t = new ArrayList<>(ticked);
        if (!t.remove(Integer.valueOf(position))) {
            t.add(position);
        }
        return new AnswerForm(shown, position, t, arrangement);
    }

    /** Moves the selected item of an order question one place up (-1) or down (+1); the selection follows it. */
    AnswerForm move(int delta) {
        int target = cursor + delta;
        if (kind() != QuestionKind.ORDER || target < 0 || target >= arrangement.size()) {
            return this;
        }
        List<Integer> a = new ArrayList<>(arrangement);
        a.set(target, arrangement.get(cursor));
        a.set(cursor, arrangement.get(target));
        return new AnswerForm(shown, target, ticked, a);
    }

    /** The answer Enter gives now; empty when a select-all question has nothing ticked yet. */
    Optional<Response> submit() {
        return switch (kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> Optional.of(shown.pick(cursor));
            case MULTI -> ticked.isEmpty() ? Optional.empty() : Optional.of(shown.picks(ticked));
            case ORDER -> Optional.of(shown.sequence(arrangement));
        };
    }
}
