package dev.secpillar.app;

/** The result of answering an inline check: right or not, the right choice and why. */
public record CheckOutcome(boolean right, int rightChoice, String explain) {}
