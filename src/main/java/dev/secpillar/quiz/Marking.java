package dev.secpillar.quiz;

import java.util.List;

/**
 * The verdict on one answer: right or not, the response as recorded ("2", "0,3", "2 0 1 3",
 * "ExplicitDeny"), and feedback lines saying what was right, and for a wrong answer what was
 * wrong or missing. The question's {@code explain} is shown after these, right or wrong.
 */
public record Marking(boolean correct, String recorded, List<String> feedback) {
    public Marking {
        feedback = List.copyOf(feedback);
    }
}
