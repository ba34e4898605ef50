package dev.secpillar.record;

import java.time.Instant;
import java.util.Optional;

/** One learner of a class database: their whole record and what they did last. */
public record LearnerRecord(String learner, ProgressSnapshot snapshot, Optional<Activity> lastActivity) {

    /** A recorded action: its kind ("step", "quiz_answer", "challenge_check", ...), what it was on, and when. */
    public record Activity(String kind, String ref, Instant at) {}
}
