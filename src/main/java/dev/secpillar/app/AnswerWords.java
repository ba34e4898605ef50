package dev.secpillar.app;

import dev.secpillar.course.QuestionKind;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.quiz.Marking;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ShownQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A question's choices and verdict in the learner's words, for both front ends. True/false and
 * policy-decision choices are the interface's labels (bundle keys {@code answer.*} and
 * {@code decision.*}), not content; the verdict says what {@link dev.secpillar.quiz.Scoring}
 * decided (whose marking stays the record's, in English) in the learner's language.
 */
public final class AnswerWords {
    private static final List<String> DECISIONS = List.of("decision.allow", "decision.explicit_deny", "decision.implicit_deny");

    private AnswerWords() {}

    /** The question's own choice {@code original} as the learner reads it. */
    public static String choice(ShownQuestion q, int original, Messages m) {
        if (m.language() == Language.EN) {
            return q.question().choices().get(original); // the source's own labels, as English learners always read them
        }
        if (q.kind() == QuestionKind.TRUE_FALSE && original < 2) {
            return m.get(original == 0 ? "answer.true" : "answer.false");
        }
        if (q.kind() == QuestionKind.POLICY_DECISION && original < DECISIONS.size()) {
            return m.get(DECISIONS.get(original));
        }
        return q.question().choices().get(original);
    }

    /** The choices in shown order, as the learner reads them. */
    public static List<String> shownChoices(ShownQuestion q, Messages m) {
        return IntStream.range(0, q.size()).mapToObj(p -> choice(q, q.original(p), m)).toList();
    }

    /** The verdict's lines: the first says right or not, the rest what was chosen, missed or in which order. */
    public static List<String> verdict(ShownQuestion s, Response response, Marking marking, Messages m) {
        List<Integer> right = s.question().answer();
        List<String> lines = new ArrayList<>();
        switch (s.kind()) {
            case SINGLE -> lines.add(marking.correct() ? m.get("tui.verdict.right")
                    : m.get("tui.verdict.single_wrong", numbered(s, right.get(0), m)));
            case TRUE_FALSE -> lines.add(m.get(marking.correct() ? "tui.verdict.tf_right" : "tui.verdict.tf_wrong",
                    m.get(right.get(0) == 0 ? "tui.verdict.true" : "tui.verdict.false")));
            case MULTI -> {
                if (marking.correct()) {
                    lines.add(m.get("tui.verdict.multi_right"));
                } else {
                    List<Integer> chosen = ((Response.Picks) response).choices();
                    lines.add(m.get("tui.verdict.multi_wrong"));
                    inShownOrder(s, chosen.stream().filter(i -> !right.contains(i)).toList())
                            .forEach(i -> lines.add(m.get("tui.verdict.chosen_wrong", numbered(s, i, m))));
                    inShownOrder(s, right.stream().filter(i -> !chosen.contains(i)).toList())
                            .forEach(i -> lines.add(m.get("tui.verdict.missed", numbered(s, i, m))));
                }
            }
            case ORDER -> {
                if (marking.correct()) {
                    lines.add(m.get("tui.verdict.order_right"));
                } else {
                    List<Integer> sequence = ((Response.Sequence) response).items();
                    int n = sequence.size();
                    long inPlace = IntStream.range(0, n).filter(i -> sequence.get(i) == i).count();
                    lines.add(m.get("tui.verdict.order_wrong", inPlace, n));
                    for (int i = 0; i < n; i++) {
                        lines.add((i + 1) + ". " + s.question().choices().get(i));
                    }
                }
            }
            case POLICY_DECISION -> {
                int chosen = ((Response.Pick) response).choice();
                lines.add(marking.correct() ? m.get("tui.verdict.policy_right", choice(s, right.get(0), m))
                        : m.get("tui.verdict.policy_wrong", choice(s, right.get(0), m), choice(s, chosen, m)));
                s.exhibit().ifPresent(e -> lines.add(m.get("tui.verdict.simulator", e.why())));
            }
        }
        return lines;
    }

    /** "3. The text" with the number the learner saw. */
    private static String numbered(ShownQuestion s, int original, Messages m) {
        return (s.shown(original) + 1) + ". " + choice(s, original, m);
    }

    private static List<Integer> inShownOrder(ShownQuestion s, List<Integer> originals) {
        return originals.stream().sorted((a, b) -> Integer.compare(s.shown(a), s.shown(b))).toList();
    }
}
