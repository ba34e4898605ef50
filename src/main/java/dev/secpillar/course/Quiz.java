package dev.secpillar.course;

import java.util.List;

/** A module's quiz: questions and the score needed to pass. */
public record Quiz(String id, String moduleId, String title, int passPercent, List<Question> questions, SourceRef source) implements java.io.Serializable {
    public Quiz {
        questions = List.copyOf(questions);
    }
}
