package dev.secpillar.challenge;

import java.util.Optional;

/**
 * One action of a response pool: what it does, whether it is a policy the learner writes
 * (the session-revoking deny, a bucket lock-down) and, for a harmful action, why.
 */
record ResponseStep(String id, String text, Optional<PolicyExercise> policy, String path) {}
