package dev.secpillar.challenge;

/**
 * Something wrong with a learner's answer, at a place in the answer text (line and column from
 * 1; 0 when the place is unknown). {@link Kind#UNREADABLE} answers are not checked at all, so a
 * front end keeps showing the previous results; {@link Kind#LIMIT} answers are checked but
 * cannot pass (the challenge asks for least privilege, for instance).
 */
public record AnswerProblem(Kind kind, int line, int column, String message) {
    public enum Kind { UNREADABLE, LIMIT }

    static AnswerProblem unreadable(int line, int column, String message) {
        return new AnswerProblem(Kind.UNREADABLE, line, column, message);
    }

    static AnswerProblem limit(int line, int column, String message) {
        return new AnswerProblem(Kind.LIMIT, line, column, message);
    }

    /** "3:14: message", or just the message when the place is unknown. */
    public String located() {
        return line > 0 ? line + ":" + column + ": " + message : message;
    }
}
