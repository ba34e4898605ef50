package dev.secpillar.app;

import dev.secpillar.challenge.ChallengeSpecException;
import dev.secpillar.challenge.Checker;
import dev.secpillar.course.Challenge;
import java.util.HashMap;
import java.util.Map;

/**
 * Opens challenge workspaces for the front ends. Each challenge is compiled once (its world
 * and cases made ready to run) and kept, so reopening one, or re-checking on every key press,
 * costs only the check itself.
 */
public final class ChallengeService {
    private final CourseApp app;
    private final Map<String, Checker> compiled = new HashMap<>();
    private final Drafts drafts;

    /** Drafts kept in memory only (tests, a front end with nowhere to write). */
    public ChallengeService(CourseApp app) {
        this(app, Drafts.inMemory());
    }

    public ChallengeService(CourseApp app, Drafts drafts) {
        this.app = app;
        this.drafts = drafts;
    }

    public Drafts drafts() {
        return drafts;
    }

    /**
     * A workspace for the challenge.
     *
     * @throws ChallengeUnavailable when there is no such challenge or its file is broken
     *                              (the message says which, and where)
     */
    public ChallengeWorkspace open(String challengeId) {
        Challenge challenge = app.course().challenge(challengeId).orElseThrow(() -> new ChallengeUnavailable(
                "no challenge '" + challengeId + "'; 'secpillar list' shows the challenge ids"));
        Checker checker = compiled.get(challengeId);
        if (checker == null) {
            try {
                checker = Checker.compile(challenge);
            } catch (ChallengeSpecException e) {
                throw new ChallengeUnavailable("challenge '" + challengeId + "' cannot be used: " + e.getMessage()
                        + "; run 'secpillar validate' for every problem");
            }
            compiled.put(challengeId, checker);
        }
        return new ChallengeWorkspace(app, checker, drafts);
    }

    /** A challenge that cannot be opened: unknown id, or a broken challenge file. */
    public static final class ChallengeUnavailable extends RuntimeException {
        ChallengeUnavailable(String message) {
            super(message);
        }
    }
}
