package dev.secpillar.tui;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.DraftSaver;
import dev.secpillar.app.Drafts;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The challenge workspaces of one TUI session: the service that opens them, and the drafts
 * the learner types in them, saved soon after each edit and all at once on the way out.
 */
final class Workspaces {
    private final ChallengeService service;
    private final DraftSaver saver;
    /** The editor's soft wrap, on until the learner turns it off (Alt-Z); it holds for the session. */
    private boolean softWrap = true;

    Workspaces(CourseApp app) {
        this(app, Optional.empty());
    }

    /** Drafts saved in {@code folder}, or kept in memory for the session when there is none. */
    Workspaces(CourseApp app, Optional<Path> folder) {
        this(new ChallengeService(app, folder.map(Drafts::in).orElseGet(Drafts::inMemory)), new DraftSaver());
    }

    private Workspaces(ChallengeService service, DraftSaver saver) {
        this.service = service;
        this.saver = saver;
    }

    /** The same drafts, for the course in another language (the challenges' ids do not change). */
    Workspaces over(CourseApp app) {
        return new Workspaces(new ChallengeService(app, service.drafts()), saver);
    }

    boolean softWrap() {
        return softWrap;
    }

    void softWrap(boolean on) {
        softWrap = on;
    }

    /** Opens a workspace; the message says why when it cannot be opened. */
    ChallengeWorkspace open(String challengeId) {
        return service.open(challengeId);
    }

    /** The saved draft of a challenge, if any (a module's list shows how far it got). */
    Optional<String> draft(String challengeId) {
        return service.drafts().find(challengeId);
    }

    /** The learner changed the draft: it is saved within a second. */
    void edited(ChallengeWorkspace ws, String text) {
        saver.edited(ws, text);
    }

    /** Saves the drafts whose time has come; why one could not be saved, if so. */
    Optional<String> saveDue() {
        return saver.saveDue();
    }

    /** Saves every unsaved draft now: leaving a workspace, quitting, a signal, the session ending. */
    Optional<String> saveAll() {
        return saver.saveAll();
    }

    /** Saves a draft now, in place of any edit waiting to be saved. */
    Optional<String> saveNow(ChallengeWorkspace ws, String text) {
        saver.forget(ws.challenge().id());
        return ws.saveDraft(text);
    }
}
