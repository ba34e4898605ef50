package dev.secpillar.app;

import dev.secpillar.course.Quiz;
import java.util.Optional;

/** A quiz with the learner's record of it: sittings started, the best finished score, passed or not. */
public record QuizStanding(Quiz quiz, int attempts, Optional<Integer> bestScore, boolean passed) {}
