package dev.secpillar.course;

import java.util.List;

/**
 * One incident-response playbook's steps in the course's one order, read from
 * lessons/playbooks.yaml. The lesson that teaches it, the quiz question that asks for its order
 * and the ordering challenge that drills it all name it, so the three cannot disagree.
 * {@code heading} is the file's page heading, with {@code {title}} where the title goes: content,
 * so it is translated with the steps.
 */
public record Playbook(String id, String title, List<PlaybookStep> steps, String lesson, String question,
                       String challenge, String heading, Positions positions) implements java.io.Serializable {
    public Playbook {
        steps = List.copyOf(steps);
    }

    /** A step: the id the ordering challenge's pool uses for it, and the text shown to learners. */
    public record PlaybookStep(String id, String text) implements java.io.Serializable {}

    public List<String> stepIds() {
        return steps.stream().map(PlaybookStep::id).toList();
    }

    public List<String> stepTexts() {
        return steps.stream().map(PlaybookStep::text).toList();
    }
}
