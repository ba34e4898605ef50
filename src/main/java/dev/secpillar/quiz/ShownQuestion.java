package dev.secpillar.quiz;

import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question as the learner sees it: {@code order.get(i)} is the question's own index of the
 * choice shown at position i. Single and multi choices are shuffled; order items are shuffled
 * and never shown already in order; true/false and the three policy decisions keep their fixed
 * order, so "t", "f", "a", "e" and "i" always mean the same. Front ends speak in shown
 * positions; {@link #pick}, {@link #picks} and {@link #sequence} turn them into a
 * {@link Response} in the question's own indexes.
 */
public record ShownQuestion(Question question, List<Integer> order, Optional<PolicyExhibit> exhibit) {
    public ShownQuestion {
        order = List.copyOf(order);
        if (order.size() != question.choices().size()) {
            throw new IllegalArgumentException("order has " + order.size() + " positions for "
                    + question.choices().size() + " choices");
        }
    }

    /** The question with its choices shuffled from the seed. */
    public static ShownQuestion of(Question q, long seed, Optional<PolicyExhibit> exhibit) {
        int n = q.choices().size();
        long s = Shuffle.forQuestion(seed, q.id());
        List<Integer> order = switch (q.kind()) {
            case SINGLE, MULTI -> Shuffle.of(n, s);
            case ORDER -> Shuffle.notIdentity(n, s);
            case TRUE_FALSE, POLICY_DECISION -> IntStream.range(0, n).boxed().toList();
        };
        return new ShownQuestion(q, order, exhibit);
    }

    public QuestionKind kind() {
        return question.kind();
    }

    /** The choices (or order items) in shown order. */
    public List<String> choices() {
        return order.stream().map(i -> question.choices().get(i)).toList();
    }

    public int size() {
        return order.size();
    }

    /** The question's own index of the choice shown at {@code shown} (0-based). */
    public int original(int shown) {
        return order.get(shown);
    }

    /** The shown position (0-based) of the question's own choice {@code original}. */
    public int shown(int original) {
        return order.indexOf(original);
    }

    public Response pick(int shown) {
        return new Response.Pick(original(shown));
    }

    public Response picks(Collection<Integer> shown) {
        return new Response.Picks(shown.stream().map(this::original).toList());
    }

    /** The learner's arrangement, as shown positions of the initial order, first item first. */
    public Response sequence(List<Integer> shown) {
        return new Response.Sequence(shown.stream().map(this::original).toList());
    }

    /** True when the response's indexes are in range and fit this kind of question. */
    public boolean accepts(Response r) {
        int n = size();
        if (r instanceof Response.Pick p) {
            return kind() != QuestionKind.MULTI && kind() != QuestionKind.ORDER && p.choice() >= 0 && p.choice() < n;
        }
        if (r instanceof Response.Picks p) {
            return kind() == QuestionKind.MULTI && p.choices().stream().allMatch(i -> i >= 0 && i < n);
        }
        Response.Sequence s = (Response.Sequence) r;
        return kind() == QuestionKind.ORDER && s.items().size() == n && s.items().stream().distinct().count() == n
                && s.items().stream().allMatch(i -> i >= 0 && i < n);
    }
}
