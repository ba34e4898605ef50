package dev.secpillar.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One sitting of a quiz: its shuffle seed and the question ids in the order asked (to replay or
 * resume it; empty for sittings recorded before the order was kept), its answers and, once
 * finished, the score.
 */
public record QuizAttempt(long id, String quizId, long seed, Instant startedAt, List<QuizAnswer> answers,
                          Optional<Instant> finishedAt, Optional<Integer> scorePercent, boolean passed,
                          List<String> questionOrder) {
    public QuizAttempt {
        answers = List.copyOf(answers);
        questionOrder = List.copyOf(questionOrder);
    }

    /** A sitting whose question order was not kept. */
    public QuizAttempt(long id, String quizId, long seed, Instant startedAt, List<QuizAnswer> answers,
                       Optional<Instant> finishedAt, Optional<Integer> scorePercent, boolean passed) {
        this(id, quizId, seed, startedAt, answers, finishedAt, scorePercent, passed, List.of());
    }

    /** A recorded answer; {@code response} is the learner's choice as text ("2", "0,3", "2 0 1 3", "ExplicitDeny"). */
    public record QuizAnswer(String questionId, String response, boolean correct, Instant at) {}
}
