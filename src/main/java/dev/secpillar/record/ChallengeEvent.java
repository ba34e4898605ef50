package dev.secpillar.record;

/** What can happen in a challenge workspace, as recorded. */
public enum ChallengeEvent { CHECK, HINT, GIVE_UP, PASS }
