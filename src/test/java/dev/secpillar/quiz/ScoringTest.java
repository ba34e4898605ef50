package dev.secpillar.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.course.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringTest {
    /** Shown in the question's own order, so shown number = index + 1. */
    private static ShownQuestion unshuffled(Question q) {
        return new ShownQuestion(q, java.util.stream.IntStream.range(0, q.choices().size()).boxed().toList(),
                Optional.empty());
    }

    @Test
    void singleIsRightOnlyForTheAnswerAndNamesItWhenWrong() {
        ShownQuestion s = unshuffled(Questions.single("q", 2));
        assertThat(Scoring.mark(s, new Response.Pick(2))).extracting(Marking::correct, Marking::recorded)
                .containsExactly(true, "2");
        Marking wrong = Scoring.mark(s, new Response.Pick(0));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback()).containsExactly("Not quite. The answer is 3. Charlie.");
    }

    @Test
    void feedbackNumbersChoicesAsTheyWereShown() {
        // Shown order: Delta, Charlie, Bravo, Alpha; the answer (Charlie) is shown second.
        ShownQuestion s = new ShownQuestion(Questions.single("q", 2), List.of(3, 2, 1, 0), Optional.empty());
        assertThat(Scoring.mark(s, s.pick(0)).feedback()).containsExactly("Not quite. The answer is 2. Charlie.");
        assertThat(Scoring.mark(s, s.pick(1)).correct()).isTrue();
    }

    @Test
    void trueFalseSaysWhatTheStatementIs() {
        ShownQuestion s = unshuffled(Questions.trueFalse("q", false));
        assertThat(Scoring.mark(s, new Response.Pick(1)).feedback()).containsExactly("Right: the statement is false.");
        Marking wrong = Scoring.mark(s, new Response.Pick(0));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback()).containsExactly("Not quite: the statement is false.");
    }

    @Test
    void multiIsAllOrNothingAndNamesWrongAndMissingChoices() {
        ShownQuestion s = unshuffled(Questions.multi("q", List.of(0, 1, 3)));
        assertThat(Scoring.mark(s, new Response.Picks(List.of(3, 0, 1))).correct()).isTrue();
        assertThat(Scoring.mark(s, new Response.Picks(List.of(0, 1))).correct()).isFalse();
        assertThat(Scoring.mark(s, new Response.Picks(List.of(0, 1, 3, 4))).correct()).isFalse();

        Marking m = Scoring.mark(s, new Response.Picks(List.of(0, 2, 4)));
        assertThat(m.recorded()).isEqualTo("0,2,4");
        assertThat(m.feedback()).containsExactly(
                "Not quite: every right choice, and no other, is needed.",
                "Chosen but wrong: 3. Charlie",
                "Chosen but wrong: 5. Echo",
                "Missed: 2. Bravo",
                "Missed: 4. Delta");
        assertThat(Scoring.mark(s, new Response.Picks(List.of())).feedback()).contains("Missed: 1. Alpha");
    }

    @Test
    void orderMustBeTheExactSequence() {
        ShownQuestion s = unshuffled(Questions.order("q"));
        Marking right = Scoring.mark(s, new Response.Sequence(List.of(0, 1, 2, 3, 4)));
        assertThat(right.correct()).isTrue();
        assertThat(right.recorded()).isEqualTo("0 1 2 3 4");
        Marking swapped = Scoring.mark(s, new Response.Sequence(List.of(0, 1, 3, 2, 4)));
        assertThat(swapped.correct()).isFalse();
        assertThat(swapped.feedback()).containsExactly(
                "Not quite: 3 of 5 in the right place. The right order is:",
                "1. Prepare", "2. Detect", "3. Contain", "4. Eradicate", "5. Recover");
    }

    @Test
    void orderResponsesMustUseEveryItemOnce() {
        ShownQuestion s = unshuffled(Questions.order("q"));
        assertThat(s.accepts(new Response.Sequence(List.of(0, 1, 1, 3, 4)))).isFalse();
        assertThat(s.accepts(new Response.Sequence(List.of(0, 1, 2, 3)))).isFalse();
        assertThatThrownBy(() -> Scoring.mark(s, new Response.Sequence(List.of(0, 0, 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyDecisionComparesWithTheSimulatorsDecisionAndGivesItsReason() {
        Question q = Questions.policy("q", 1);
        ShownQuestion s = new ShownQuestion(q, List.of(0, 1, 2), Optional.of(new PolicyExhibit("{}",
                "Explicit deny: identityPolicies[0] statement NoDeletes")));
        Marking right = Scoring.mark(s, new Response.Pick(1));
        assertThat(right.correct()).isTrue();
        assertThat(right.recorded()).isEqualTo("ExplicitDeny");
        assertThat(right.feedback()).containsExactly("Right: Explicit deny.",
                "Simulator: Explicit deny: identityPolicies[0] statement NoDeletes");
        Marking wrong = Scoring.mark(s, new Response.Pick(2));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.recorded()).isEqualTo("ImplicitDeny");
        assertThat(wrong.feedback().get(0)).isEqualTo("Not quite: AWS decides Explicit deny, not Implicit deny.");
    }

    @Test
    void responsesOfTheWrongShapeAreRefused() {
        assertThat(unshuffled(Questions.single("q", 0)).accepts(new Response.Picks(List.of(0)))).isFalse();
        assertThat(unshuffled(Questions.single("q", 0)).accepts(new Response.Pick(4))).isFalse();
        assertThat(unshuffled(Questions.multi("q", List.of(0))).accepts(new Response.Pick(0))).isFalse();
        assertThat(unshuffled(Questions.multi("q", List.of(0))).accepts(new Response.Picks(List.of(5)))).isFalse();
    }
}
