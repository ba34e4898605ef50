package dev.secpillar.course;

import java.util.Map;

/**
 * Where each part of an item's YAML was written, keyed by path ("/cases/3/action"), so checks
 * that run after loading (challenge soundness, quiz answers) can still name the line and column.
 */
public record Positions(SourceRef item, Map<String, SourceRef> byPath) implements java.io.Serializable {
    public static final Positions NONE = new Positions(SourceRef.NONE, Map.of());

    public Positions {
        byPath = Map.copyOf(byPath);
    }

    /** The position of the path, or of its nearest ancestor that has one, or of the item. */
    public SourceRef at(String path) {
        String p = path;
        while (!p.isEmpty()) {
            SourceRef ref = byPath.get(p);
            if (ref != null) {
                return ref;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
        return item;
    }
}
