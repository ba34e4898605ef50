package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

/** An answer that cannot be read at all (bad syntax, wrong shape); carries the located problem. */
final class UnreadableAnswer extends Exception {
    private final int line;
    private final int column;
    private final transient Text text;

    UnreadableAnswer(int line, int column, Text message) {
        super(message.english(), null, false, false);
        this.line = line;
        this.column = column;
        this.text = message;
    }

    /** The problem in English (authors, tests). */
    AnswerProblem problem() {
        return problem(Text.ENGLISH_MESSAGES);
    }

    AnswerProblem problem(Messages m) {
        return AnswerProblem.unreadable(line, column, text.render(m));
    }
}
