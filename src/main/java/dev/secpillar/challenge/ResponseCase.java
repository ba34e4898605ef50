package dev.secpillar.challenge;

/** A case of a response challenge: about the plan's choice and order, or about a policy it writes. */
sealed interface ResponseCase {
    String name();

    String path();

    /** The plan includes the action. */
    record Includes(String name, String path, String action, String why) implements ResponseCase {}

    /** The plan leaves the action out (it destroys evidence, it is premature, ...). */
    record Excludes(String name, String path, String action, String why) implements ResponseCase {}

    /** Both actions are in the plan, {@code first} before {@code then}. */
    record Before(String name, String path, String first, String then, String why) implements ResponseCase {}

    /** The plan starts with the action. */
    record First(String name, String path, String action, String why) implements ResponseCase {}

    /** The policy of an action decides a request as expected; {@code index} is its place among that action's cases. */
    record PolicyOf(String name, String path, String action, int index) implements ResponseCase {}
}
