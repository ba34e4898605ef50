package dev.secpillar.policy;

import java.util.List;
import java.util.Optional;

/**
 * A parsed, compiled policy. Build it once with {@link PolicyParser} and evaluate it as often
 * as needed: it is immutable and safe to share between threads.
 */
public final class PolicyDocument {
    public static final String VERSION_2012 = "2012-10-17";
    public static final String VERSION_2008 = "2008-10-17";

    private final String version;
    private final String id;
    private final List<Statement> statements;
    private final String sourceName;
    private final PolicyKind kind;
    private final Position position;
    private final Position versionPosition;
    private final int size;
    private final boolean statementIsArray;

    PolicyDocument(String version, String id, List<Statement> statements, String sourceName, PolicyKind kind,
                   Position position, Position versionPosition, int size, boolean statementIsArray) {
        this.version = version;
        this.id = id;
        this.statements = List.copyOf(statements);
        this.sourceName = sourceName;
        this.kind = kind;
        this.position = position;
        this.versionPosition = versionPosition;
        this.size = size;
        this.statementIsArray = statementIsArray;
    }

    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** Policy variables are substituted only under Version 2012-10-17 (rule 18). */
    public boolean variablesEnabled() {
        return VERSION_2012.equals(version);
    }

    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    public List<Statement> statements() {
        return statements;
    }

    public String sourceName() {
        return sourceName;
    }

    public PolicyKind kind() {
        return kind;
    }

    public Position position() {
        return position;
    }

    public Position versionPosition() {
        return versionPosition;
    }

    /** Characters without white space, as AWS counts them against the size quota. */
    public int size() {
        return size;
    }

    boolean statementIsArray() {
        return statementIsArray;
    }
}
