package dev.secpillar.app;

import dev.secpillar.course.Quiz;
import java.util.Optional;

/**
 * A quiz with the learner's record of it: sittings started, the best finished score, passed or
 * not, and the question a sitting left half-way resumes at (1-based), if there is one.
 */
public record QuizStanding(Quiz quiz, int attempts, Optional<Integer> bestScore, boolean passed,
                           Optional<Integer> resumeAt) {
    public QuizStanding(Quiz quiz, int attempts, Optional<Integer> bestScore, boolean passed) {
        this(quiz, attempts, bestScore, passed, Optional.empty());
    }
}
