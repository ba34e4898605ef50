package dev.secpillar.policy;

/** A policy or scenario that cannot be read: bad JSON, a wrong type, a missing or conflicting element. */
public final class PolicyParseException extends Exception {
    private final String sourceName;
    private final int line;
    private final int column;

    public PolicyParseException(String message, String sourceName, Position position) {
        super(message);
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

    /** "source:line:col: message", the form the command line prints. */
    public String located() {
        return position().locate(sourceName) + ": " + getMessage();
    }
}
