package dev.secpillar.challenge;

/**
 * A lint finding about an answer (a wildcard action, a missing condition, a limit broken):
 * advice, shown on request; only findings that break a challenge's limits stop it passing.
 */
public record Finding(String severity, int line, int column, String message) {
    public String located() {
        return (line > 0 ? line + ":" + column + ": " : "") + severity + ": " + message;
    }
}
