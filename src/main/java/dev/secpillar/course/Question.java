package dev.secpillar.course;

import java.util.List;
import java.util.Map;

/**
 * A quiz question. {@code answer} holds the right choice indexes (one for single and
 * true_false, several for multi, the right sequence for order). For policy_decision the
 * answer is computed by the simulator from {@code scenario}, so it is empty here.
 */
public record Question(String id, QuestionKind kind, String prompt, List<String> choices, List<Integer> answer,
                       String explain, List<String> bestPractices, Map<String, Object> scenario, Positions positions) implements java.io.Serializable {
    public Question {
        choices = List.copyOf(choices);
        answer = List.copyOf(answer);
        bestPractices = List.copyOf(bestPractices);
        scenario = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scenario));
    }
}
