package dev.secpillar.policy;

/**
 * A place in a source text, 1-based. {@link #UNKNOWN} (0, 0) when the policy came from a tree
 * without positions (for example YAML converted to JSON).
 */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    /** "source:line:col" or just "source" when the position is unknown. */
    public String locate(String sourceName) {
        return isKnown() ? sourceName + ":" + line + ":" + column : sourceName;
    }
}
