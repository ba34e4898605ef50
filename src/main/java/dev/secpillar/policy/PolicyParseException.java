package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

/**
 * A policy or scenario that cannot be read: bad JSON, a wrong type, a missing or conflicting
 * element. {@link #getMessage()} is English; {@link #message(Messages)} is the learner's language.
 */
public final class PolicyParseException extends Exception {
    private final Text text;
    private final String sourceName;
    private final int line;
    private final int column;

    public PolicyParseException(String message, String sourceName, Position position) {
        this(Text.plain(message), sourceName, position);
    }

    public PolicyParseException(Text message, String sourceName, Position position) {
        super(message.english());
        this.text = message;
        this.sourceName = sourceName;
        this.line = position.line();
        this.column = position.column();
    }

    public String sourceName() {
        return sourceName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public Position position() {
        return new Position(line, column);
    }

    /** What is wrong, as a text to render in the learner's language. */
    public Text text() {
        return text;
    }

    public String message(Messages m) {
        return text.render(m);
    }

    /** "source:line:col: message", the form the command line prints. */
    public String located() {
        return located(Text.ENGLISH_MESSAGES);
    }

    public String located(Messages m) {
        return position().locate(sourceName) + ": " + message(m);
    }
}
