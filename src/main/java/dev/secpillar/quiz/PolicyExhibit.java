package dev.secpillar.quiz;

/**
 * What a policy_decision question shows and explains: the scenario as pretty JSON, and the
 * simulator's one-line reason for its decision ("Explicit deny: identityPolicies[0] statement
 * NoDeletes").
 */
public record PolicyExhibit(String json, String why) {}
