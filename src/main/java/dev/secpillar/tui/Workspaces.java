package dev.secpillar.tui;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.CourseApp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The challenge workspaces of one TUI session: the service that opens them, and the answer
 * left in each, so leaving a challenge and coming back finds the text as it was.
 */
final class Workspaces {
    private final ChallengeService service;
    private final Map<String, String> drafts = new HashMap<>();

    Workspaces(CourseApp app) {
        this.service = new ChallengeService(app);
    }

    /** Opens a workspace; the message says why when it cannot be opened. */
    ChallengeWorkspace open(String challengeId) {
        return service.open(challengeId);
    }

    Optional<String> draft(String challengeId) {
        return Optional.ofNullable(drafts.get(challengeId));
    }

    void keep(String challengeId, String text) {
        drafts.put(challengeId, text);
    }
}
