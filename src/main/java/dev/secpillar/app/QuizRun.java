package dev.secpillar.app;

import dev.secpillar.quiz.QuizSession;

/** A quiz sitting in progress: the attempt it is recorded under and the session so far. */
public record QuizRun(long attemptId, QuizSession session) {}
