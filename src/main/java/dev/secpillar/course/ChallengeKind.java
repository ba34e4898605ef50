package dev.secpillar.course;

public enum ChallengeKind { POLICY, DETECTION, NETWORK, ORDERING }
