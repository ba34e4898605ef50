package dev.secpillar.challenge;

/**
 * One case of a challenge after a check: what the author expects, what the simulator (or the
 * event matcher, or the network model) said, and, when they differ, why it came out that way.
 */
public record CaseResult(String name, String expected, String actual, boolean pass, String reason) {}
