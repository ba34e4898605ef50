package dev.secpillar.plain;

import dev.secpillar.app.AnswerFile;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.ReportText;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.challenge.CheckReport;
import dev.secpillar.challenge.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A challenge in line mode: the answer is the learner's draft file (the one the full screen
 * saves too), edited in their own editor or pasted here (p; the only way over SSH, where the
 * file is on the server); Enter re-checks it, prints the case table and keeps the version in
 * the draft's history. The same keys as everywhere: h hint, b back.
 */
final class PlainChallenge {
    private final PlainUi ui;
    private final ChallengeWorkspace ws;
    private final Path file;
    private CheckReport last;

    PlainChallenge(PlainUi ui, ChallengeWorkspace ws) {
        this.ui = ui;
        this.ws = ws;
        this.file = ws.draftFile().orElseThrow(() -> new IllegalStateException("drafts-on-disk"));
    }

    void run() {
        ui.say("");
        ui.say(ui.t("plain.lesson.challenge", Sanitizer.cleanLine(ws.challenge().title())));
        ui.print(ws.challenge().story());
        ws.briefing().forEach(l -> ui.say(Sanitizer.cleanLine(l)));
        List<String> shown = ws.hintsShown();
        for (int i = 0; i < shown.size(); i++) {
            ui.say(ui.t("plain.ch.hint", i + 1, Sanitizer.cleanLine(shown.get(i))));
        }
        if (!prepareFile(false)) {
            return;
        }
        if (ui.isRemote()) {
            ui.say(ui.t("plain.ch.paste_only"));
        } else {
            ui.say(ui.t("plain.ch.file", String.valueOf(file)));
            ui.say(ui.t("plain.ch.edit"));
        }
        while (true) {
            String a = ui.ask(ui.t("plain.ch.prompt"));
            switch (a) {
                case "", "c" -> check();
                case "p" -> paste();
                case "v" -> view();
                case "h" -> hint();
                case "l" -> lint();
                case "g" -> giveUp();
                case "s" -> solution();
                case "r" -> restart();
                case "b" -> {
                    return;
                }
                case "q" -> throw new PlainUi.Quit();
                default -> detail(a);
            }
        }
    }

    /**
     * Writes the start unless a draft is there already (or {@code replace}: the draft is then
     * kept in its history first).
     */
    private boolean prepareFile(boolean replace) {
        if (!replace && Files.exists(file)) {
            ui.say(ui.t("plain.ch.draft"));
            return true;
        }
        if (replace && !keepCurrent()) {
            return false;
        }
        Optional<String> failed = ws.saveDraft(ws.start());
        failed.ifPresent(m -> ui.say(ui.t("plain.ch.cannot_write", m)));
        return failed.isEmpty();
    }

    /** The draft as saved; empty (and said why) when it cannot be read. */
    private Optional<String> readDraft() {
        try {
            return Optional.of(AnswerFile.read(file, ui.words()));
        } catch (AnswerFile.Unusable e) {
            ui.say(e.io() ? ui.t("plain.ch.unreadable_io", e.getMessage()) : e.getMessage());
            return Optional.empty();
        }
    }

    private void check() {
        Optional<String> read = readDraft();
        if (read.isEmpty()) {
            return;
        }
        String answer = read.get();
        ChallengeWorkspace.DraftCheck[] checked = new ChallengeWorkspace.DraftCheck[1];
        ui.record(() -> checked[0] = ws.checkDraft(answer));
        if (checked[0] == null) {
            return;
        }
        checked[0].problem().ifPresent(ui::say);
        last = checked[0].report();
        for (String line : ReportText.lines(last, file.getFileName().toString(), ui.words())) {
            ui.say(Sanitizer.cleanLine(line));
        }
        if (last.passed()) {
            ui.say(ui.t("plain.ch.well_done"));
        }
    }

    /**
     * Takes a new answer typed or pasted here: it becomes the draft (the one before it is kept
     * in the history first) and is checked at once. If the learner leaves mid-paste, what came
     * is still saved before the course ends.
     */
    private void paste() {
        ui.say(ui.t("plain.ch.paste_start"));
        AnswerPaste.Result pasted = AnswerPaste.read(ui::readMore, AnswerFile.MAX_BYTES);
        if (pasted.tooLong()) {
            ui.say(ui.t("plain.ch.paste_too_long", String.valueOf(AnswerFile.MAX_BYTES / 1024)));
        } else if (pasted.empty()) {
            ui.say(ui.t("plain.ch.paste_empty"));
        } else if (keepCurrent()) {
            Optional<String> failed = ws.saveDraft(pasted.text());
            if (failed.isPresent()) {
                ui.say(failed.get());
            } else if (!pasted.ended()) {
                ui.say(ui.t("plain.ch.pasted", pasted.lines()));
                check();
            }
        }
        if (pasted.ended()) {
            throw new PlainUi.Quit();
        }
    }

    /** Keeps the draft about to be replaced in its history; false (said why) when it could not be kept. */
    private boolean keepCurrent() {
        String draft;
        try {
            draft = AnswerFile.read(file, ui.words());
        } catch (AnswerFile.Unusable e) {
            return true; // nothing usable to keep
        }
        Optional<String> failed = ws.keepVersion(draft, ws.preview(draft));
        failed.ifPresent(m -> ui.say(ui.t("plain.ch.draft_kept", m)));
        return failed.isEmpty();
    }

    /** The draft with line numbers, the ones a check's line:column points at. */
    private void view() {
        Optional<String> read = readDraft();
        if (read.isEmpty()) {
            return;
        }
        String draft = read.get();
        String[] lines = draft.split("\n", -1);
        int count = draft.endsWith("\n") ? lines.length - 1 : lines.length;
        int digits = String.valueOf(Math.max(1, count)).length();
        for (int i = 0; i < count; i++) {
            ui.sayVerbatim(String.format("%" + digits + "d | %s", i + 1, Sanitizer.cleanLine(lines[i])));
        }
    }

    private void hint() {
        Optional<String> warning = ui.hintWarning(ws.challenge().id());
        if (warning.isPresent() && ws.hintsLeft() > 0) {
            ui.say(warning.get());
            if (!ui.ask(ui.t("plain.ch.hint_confirm")).equals("y")) {
                return;
            }
        }
        AtomicReference<Optional<String>> hint = new AtomicReference<>(Optional.empty());
        int before = ws.hintsShown().size();
        ui.record(() -> hint.set(ws.nextHint()));
        if (hint.get().isPresent()) {
            ui.say(ui.t("plain.ch.hint_of", before + 1, ws.challenge().hints().size(), Sanitizer.cleanLine(hint.get().get())));
        } else {
            ui.say(ws.challenge().hints().isEmpty() ? ui.t("tui.ws.no_hints") : ui.t("plain.ch.no_more_hints"));
        }
    }

    private void lint() {
        try {
            for (Finding f : ws.lint(AnswerFile.read(file, ui.words()))) {
                ui.say(Sanitizer.cleanLine(f.located(ui.words())));
            }
        } catch (AnswerFile.Unusable e) {
            ui.say(e.getMessage());
        }
    }

    private void giveUp() {
        if (!ws.gaveUp() && !ws.passed()) {
            String sure = ui.ask(ui.t("plain.ch.give_up"));
            if (!sure.equals("y")) {
                return;
            }
        }
        String[] solution = new String[1];
        ui.record(() -> solution[0] = ws.giveUp());
        printSolution(solution[0] == null ? ws.solution().orElse("") : solution[0]);
    }

    private void solution() {
        ws.solution().ifPresentOrElse(this::printSolution,
                () -> ui.say(ui.t("tui.ws.solution_later")));
    }

    private void printSolution(String solution) {
        ui.say(ui.t("plain.ch.solution"));
        for (String line : solution.strip().split("\n", -1)) {
            ui.sayVerbatim("  " + Sanitizer.cleanLine(line));
        }
    }

    private void restart() {
        String sure = ui.ask(ui.t("plain.ch.restart"));
        if (sure.equals("y") && prepareFile(true)) {
            ui.say(ui.isRemote() ? ui.t("plain.ch.restarted_here") : ui.t("plain.ch.restarted", String.valueOf(file)));
        }
    }

    private void detail(String text) {
        int count = last == null ? 0 : last.cases().size();
        Optional<Integer> n = PlainUi.number(text, count);
        if (n.isEmpty()) {
            ui.say(count == 0 ? ui.t("plain.ch.check_first") : ui.t("plain.ch.case_retry", count));
            return;
        }
        ui.say(ui.t("tui.ws.case_title", n.get() + 1, Sanitizer.cleanLine(last.cases().get(n.get()).name())));
        for (String line : ws.caseDetail(n.get()).split("\n", -1)) {
            ui.say("  " + Sanitizer.cleanLine(line));
        }
    }
}
