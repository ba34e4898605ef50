package dev.secpillar.course;

import java.util.List;

/** One area of the pillar (foundations, IAM, ...): its lessons in order and its challenges. */
public record Module(String id, String title, String summary, List<String> questions,
                     List<Lesson> lessons, List<Challenge> challenges) implements java.io.Serializable {
    public Module {
        questions = List.copyOf(questions);
        lessons = List.copyOf(lessons);
        challenges = List.copyOf(challenges);
    }
}
