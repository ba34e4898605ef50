package dev.secpillar.app;

import dev.secpillar.challenge.AnswerFormat;
import dev.secpillar.challenge.CheckReport;
import dev.secpillar.challenge.Checker;
import dev.secpillar.challenge.Finding;
import dev.secpillar.course.Challenge;
import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.ChallengeRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One learner at one challenge: checks answers, hands out hints one at a time, records what
 * happens (checks, hints, a give-up, the first pass) and keeps the solution back until the
 * learner has passed or given up. Front ends hold one of these and no challenge logic.
 */
public final class ChallengeWorkspace {
    private final CourseApp app;
    private final Checker checker;
    private final Drafts drafts;

    ChallengeWorkspace(CourseApp app, Checker checker, Drafts drafts) {
        this.app = app;
        this.checker = checker;
        this.drafts = drafts;
    }

    /**
     * The text a workspace opens on: the saved draft, else the start.
     *
     * @param saved   true when it is the learner's saved draft
     * @param problem why a draft that is there could not be used (it stays on disk, untouched,
     *                until the learner's next edit replaces it; its earlier versions are in the history)
     */
    public record Opening(String text, boolean saved, Optional<String> problem) {}

    public Opening opening() {
        try {
            return drafts.load(challenge().id(), format()).map(t -> new Opening(t, true, Optional.<String>empty()))
                    .orElseGet(() -> new Opening(start(), false, Optional.empty()));
        } catch (AnswerFile.Unusable e) {
            return new Opening(start(), false, Optional.of(app.messages().get("app.draft.unusable", e.getMessage())));
        }
    }

    /** The draft's file (the one line mode edits and {@code --check} reads), when drafts are on disk. */
    public Optional<Path> draftFile() {
        return drafts.file(challenge().id(), format());
    }

    /** Saves the draft now (an atomic replace); empty when saved, else why not. */
    public Optional<String> saveDraft(String text) {
        try {
            drafts.save(challenge().id(), format(), text);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(app.messages().get("app.draft.not_saved", draftFile().map(Path::toString).orElse(""),
                    e.getMessage()));
        }
    }

    /** Keeps a version of the draft in its history with the score it has; empty when kept, else why not. */
    public Optional<String> keepVersion(String text, CheckReport report) {
        try {
            drafts.keep(challenge().id(), text, report.evaluated() ? report.passing() : -1,
                    report.evaluated() ? report.cases().size() : -1, report.passed(), app.clock().instant());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(app.messages().get("app.draft.version_not_kept", e.getMessage()));
        }
    }

    /** The kept versions of the draft, oldest first. */
    public List<DraftVersion> history() {
        return drafts.history(challenge().id());
    }

    /** What checking the draft gave: the report, and a problem saving it (if any). */
    public record DraftCheck(CheckReport report, Optional<String> problem) {}

    /**
     * Checks the learner's draft on purpose (leaving the workspace, Enter in line mode, a save
     * in watch mode, {@code --check} without a file): recorded as a check, saved, and kept as
     * a version in the history.
     */
    public DraftCheck checkDraft(String text) {
        CheckReport report = check(text);
        Optional<String> problem = saveDraft(text);
        Optional<String> kept = keepVersion(text, report);
        return new DraftCheck(report, problem.or(() -> kept));
    }

    public Challenge challenge() {
        return checker.challenge();
    }

    public AnswerFormat format() {
        return checker.format();
    }

    /** The answer a learner starts from. */
    public String start() {
        return checker.start(app.messages());
    }

    /** What the learner works with besides the story: the world, the pool, the limits. */
    public List<String> briefing() {
        return checker.briefing(app.messages());
    }

    /** The actions an ordering challenge's plan is made of; empty for other kinds. */
    public List<dev.secpillar.challenge.PoolAction> pool() {
        return checker.pool();
    }

    /** What case {@code index} of a report is about. */
    public String caseDetail(int index) {
        return checker.detail(index, app.messages());
    }

    /**
     * Checks an answer and records the check; the first passing answer is recorded as a pass.
     * The shell and line mode call this for every check they run.
     */
    public CheckReport check(String answer) {
        CheckReport report = checker.check(answer, app.messages());
        record(ChallengeEvent.CHECK);
        recordPassOnce(report);
        return report;
    }

    /**
     * Checks an answer as the learner types, without recording each key press; a passing
     * answer is still recorded (as a check and the pass) the first time.
     */
    public CheckReport preview(String answer) {
        CheckReport report = checker.check(answer, app.messages());
        if (report.passed() && !passed()) {
            record(ChallengeEvent.CHECK);
            recordPassOnce(report);
        }
        return report;
    }

    private void recordPassOnce(CheckReport report) {
        if (report.passed() && !passed()) {
            record(ChallengeEvent.PASS);
        }
    }

    /** Lint findings about an answer (advice; shown on request). */
    public List<Finding> lint(String answer) {
        return checker.lint(answer, app.messages());
    }

    public Optional<ChallengeRecord> record() {
        return app.snapshot().challenge(challenge().id());
    }

    public boolean passed() {
        return record().map(ChallengeRecord::passed).orElse(false);
    }

    public boolean gaveUp() {
        return record().map(ChallengeRecord::gaveUp).orElse(false);
    }

    /** The hints shown so far (they stay shown in later sessions). */
    public List<String> hintsShown() {
        List<String> hints = challenge().hints();
        int used = record().map(ChallengeRecord::hintsUsed).orElse(0);
        return hints.subList(0, Math.min(used, hints.size()));
    }

    public int hintsLeft() {
        return challenge().hints().size() - hintsShown().size();
    }

    /** Shows the next hint and counts it; empty when every hint is already shown. */
    public Optional<String> nextHint() {
        int shown = hintsShown().size();
        if (shown >= challenge().hints().size()) {
            return Optional.empty();
        }
        record(ChallengeEvent.HINT);
        return Optional.of(challenge().hints().get(shown));
    }

    /** The learner gives up: recorded, and the solution is theirs to read. */
    public String giveUp() {
        if (!gaveUp()) {
            record(ChallengeEvent.GIVE_UP);
        }
        return checker.solution();
    }

    /** The solution, only once the learner has passed or given up. */
    public Optional<String> solution() {
        return passed() || gaveUp() ? Optional.of(checker.solution()) : Optional.empty();
    }

    private void record(ChallengeEvent event) {
        // A key per event, made here: a retry of this write stores it once; the next check is another event.
        app.recorded(app.store().recordChallengeEvent(dev.secpillar.record.ProgressStore.newKey(), challenge().id(), event,
                app.clock().instant()));
    }
}
