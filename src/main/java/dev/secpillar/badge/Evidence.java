package dev.secpillar.badge;

/** One thing the learner completed toward a badge, as listed in an exported credential. */
public record Evidence(String name, String description) {}
