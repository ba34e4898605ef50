package dev.secpillar.challenge;

/** One action a learner may put in an ordering challenge's plan: its id, what it does, whether it takes a policy. */
public record PoolAction(String id, String text, boolean policy) {}
