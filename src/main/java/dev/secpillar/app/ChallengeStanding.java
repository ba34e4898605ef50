package dev.secpillar.app;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;

/**
 * A challenge as the menus show it: its kind, how the learner stands with it and about how
 * long it takes. {@code passing} of {@code cases} is the score of the saved draft (when there
 * is one and the challenge is not yet passed).
 */
public record ChallengeStanding(Challenge challenge, Status status, int passing, int cases) {

    public enum Status { NOT_STARTED, STARTED, PASSED, PASSED_WITH_HINTS, GAVE_UP }

    /** Started and neither passed nor given up: "Continue" comes back to it first. */
    public boolean unfinished() {
        return status == Status.STARTED;
    }

    public boolean passed() {
        return status == Status.PASSED || status == Status.PASSED_WITH_HINTS;
    }

    /** "not started", "3 of 14 cases", "passed", "passed with hints", "gave up". */
    public String statusText() {
        return switch (status) {
            case NOT_STARTED -> "not started";
            case STARTED -> cases > 0 && passing >= 0 ? passing + " of " + cases + " cases" : "started";
            case PASSED -> "passed";
            case PASSED_WITH_HINTS -> "passed with hints";
            case GAVE_UP -> "gave up";
        };
    }

    /** What the learner writes: "IAM policy", "detection rule", "network rules", "response plan". */
    public String kindText() {
        return kindText(challenge.kind());
    }

    public static String kindText(ChallengeKind kind) {
        return switch (kind) {
            case POLICY -> "IAM policy";
            case DETECTION -> "detection rule";
            case NETWORK -> "network rules";
            case ORDERING -> "response plan";
        };
    }

    /**
     * About how long a first solve takes: reading the story and the start, then working the
     * cases (about a minute each, as they turn green a few at a time), in steps of five minutes.
     */
    public int minutes() {
        int m = 5 + cases;
        return Math.max(10, (m + 4) / 5 * 5);
    }
}
