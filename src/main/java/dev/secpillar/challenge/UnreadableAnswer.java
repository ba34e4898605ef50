package dev.secpillar.challenge;

/** An answer that cannot be read at all (bad syntax, wrong shape); carries the located problem. */
final class UnreadableAnswer extends Exception {
    private final transient AnswerProblem problem;

    UnreadableAnswer(int line, int column, String message) {
        super(message, null, false, false);
        this.problem = AnswerProblem.unreadable(line, column, message);
    }

    AnswerProblem problem() {
        return problem;
    }
}
