package dev.secpillar.record;

import java.time.Instant;
import java.util.Optional;

/**
 * A missed quiz question scheduled for review. The scheduler's memory model lives in
 * {@code stability} and {@code difficulty} (FSRS names; SM-2 keeps its interval and ease there).
 */
public record ReviewCard(String questionId, String quizId, Instant due, double stability, double difficulty,
                         int reps, int lapses, Optional<Instant> lastReview, boolean retired) {}
