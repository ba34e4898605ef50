package dev.secpillar.course;

/** Where an item was written, so later checks can point an author at the right line. */
public record SourceRef(String file, int line, int column) implements java.io.Serializable {
    public static final SourceRef NONE = new SourceRef("", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
