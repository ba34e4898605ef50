package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parser sends what is wrong with a policy. Strict (the simulator, challenges): the
 * first problem is thrown as a located {@link PolicyParseException}. Lenient (lint): each
 * problem becomes a finding and the parser carries on.
 */
final class Problems {
    private final boolean strict;
    private final String sourceName;
    private final List<Finding> found = new ArrayList<>();

    private Problems(boolean strict, String sourceName) {
        this.strict = strict;
        this.sourceName = sourceName;
    }

    static Problems strict(String sourceName) {
        return new Problems(true, sourceName);
    }

    static Problems lenient(String sourceName) {
        return new Problems(false, sourceName);
    }

    /**
     * A problem that makes the policy unusable: thrown when strict, an ERROR finding when lenient.
     * Messages are {@link Text}s, shown in the learner's language.
     */
    void fail(LintCode code, Text message, Position p) throws PolicyParseException {
        if (strict) {
            throw new PolicyParseException(message, sourceName, p);
        }
        found.add(Finding.at(code, code.severity(), message, p));
    }

    /** Thrown when strict; a finding at the code's own (possibly milder) severity when lenient. */
    void failOr(LintCode code, Text message, Position p) throws PolicyParseException {
        fail(code, message, p);
    }

    /** Reported by lint only: strict readers accept it. */
    void note(LintCode code, Severity severity, Text message, Position p) {
        if (!strict) {
            found.add(Finding.at(code, severity, message, p));
        }
    }

    /** Whether parsing goes on past problems (so messages may say how the rest is read). */
    boolean lenient() {
        return !strict;
    }

    List<Finding> found() {
        return List.copyOf(found);
    }

    /** Whether a finding of the reader says that the whole of {@code element} is not a string or an array of them. */
    static boolean wrongTypeOf(Finding f, String element) {
        return f.code().equals(LintCode.DATA_TYPE_MISMATCH.name())
                && f.message().startsWith(Text.of("policy.parse.strings", element, "").english());
    }
}
