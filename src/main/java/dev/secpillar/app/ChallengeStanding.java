package dev.secpillar.app;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;

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
        return statusText(ENGLISH);
    }

    public String statusText(Messages m) {
        return switch (status) {
            case NOT_STARTED -> m.get("app.challenge.status.not_started");
            case STARTED -> cases > 0 && passing >= 0 ? m.get("app.challenge.status.cases", passing, cases)
                    : m.get("app.challenge.status.started");
            case PASSED -> m.get("app.challenge.status.passed");
            case PASSED_WITH_HINTS -> m.get("app.challenge.status.passed_with_hints");
            case GAVE_UP -> m.get("app.challenge.status.gave_up");
        };
    }

    private static final Messages ENGLISH = Messages.of(Language.EN);

    /** What the learner writes: "IAM policy", "detection rule", "network rules", "response plan". */
    public String kindText() {
        return kindText(challenge.kind());
    }

    public String kindText(Messages m) {
        return kindText(challenge.kind(), m);
    }

    public static String kindText(ChallengeKind kind) {
        return kindText(kind, ENGLISH);
    }

    public static String kindText(ChallengeKind kind, Messages m) {
        return m.get("app.challenge.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
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
