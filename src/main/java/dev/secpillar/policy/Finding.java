package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

/**
 * One lint finding: a stable code (e.g. "PASS_ROLE_WITH_STAR"), its severity, a message and where.
 * The message is English; {@link #message(Messages)} gives it in the learner's language from the
 * same key and arguments ({@link #text()}: the linter's own words are under {@code lint.CODE}).
 */
public record Finding(String code, Severity severity, String message, int line, int column, Text text) {

    /** A finding whose words have no bundle key: the same text in every language. */
    public Finding(String code, Severity severity, String message, int line, int column) {
        this(code, severity, message, line, column, Text.plain(message));
    }

    /** A finding whose words another part of the domain renders in the learner's language (the policy reader's). */
    static Finding at(LintCode code, Severity severity, Text words, Position p) {
        return new Finding(code.name(), severity, words.english(), p.line(), p.column(), words);
    }

    /** A finding of {@code code} whose words are the bundle's {@code lint.CODE} (or {@code lint.CODE.variant}). */
    static Finding of(LintCode code, Position p, String variant, Object... args) {
        return shared(code, p, "lint." + code.name() + (variant.isEmpty() ? "" : "." + variant), args);
    }

    /**
     * A finding of {@code code} whose words it shares with other codes (bundle key {@code key}, under lint.).
     * An argument may be a {@link Text} (a policy kind, a "did you mean"), rendered in the same language.
     */
    static Finding shared(LintCode code, Position p, String key, Object... args) {
        Text text = Text.of(key, args);
        return new Finding(code.name(), code.severity(), text.english(), p.line(), p.column(), text);
    }

    /** The message in the language of {@code messages}. */
    public String message(Messages messages) {
        return text.render(messages);
    }

    public Position position() {
        return new Position(line, column);
    }
}
