package dev.secpillar.course;

import java.util.List;
import java.util.Map;

/** A badge as an author defines it in course.yaml; criteria stay declarative data for badge/. */
public record BadgeDefinition(String id, String name, String description, List<String> emblem,
                              Map<String, Object> criteria, Positions positions) implements java.io.Serializable {
    public BadgeDefinition {
        emblem = List.copyOf(emblem);
        criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
    }
}
