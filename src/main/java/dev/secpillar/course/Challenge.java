package dev.secpillar.course;

import java.util.List;
import java.util.Map;

/**
 * A simulated exercise. The kind-specific parts (start, given world, cases, solution) stay as
 * plain YAML data here; the challenge package turns them into a checker for the kind.
 */
public record Challenge(String id, String moduleId, ChallengeKind kind, String title, String story,
                        List<String> bestPractices, List<String> hints, Map<String, Object> spec,
                        Positions positions) implements java.io.Serializable {
    public Challenge {
        bestPractices = List.copyOf(bestPractices);
        hints = List.copyOf(hints);
        spec = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spec));
    }
}
