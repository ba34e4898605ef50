package dev.secpillar.course;

public enum QuestionKind { SINGLE, MULTI, TRUE_FALSE, ORDER, POLICY_DECISION }
