package dev.secpillar.policy;

/** One lint finding: a stable code (e.g. "PASS_ROLE_WITH_STAR"), its severity, a message and where. */
public record Finding(String code, Severity severity, String message, int line, int column) {

    static Finding at(String code, Severity severity, String message, Position p) {
        return new Finding(code, severity, message, p.line(), p.column());
    }

    public Position position() {
        return new Position(line, column);
    }
}
