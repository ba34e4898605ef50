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
 * A challenge in line mode: the answer lives in a file the learner edits in their own editor;
 * Enter re-checks it and prints the case table. The same keys as everywhere: h hint, b back.
 */
final class PlainChallenge {
    private final PlainUi ui;
    private final ChallengeWorkspace ws;
    private final Path file;
    private CheckReport last;

    PlainChallenge(PlainUi ui, ChallengeWorkspace ws, Path file) {
        this.ui = ui;
        this.ws = ws;
        this.file = file;
    }

    void run() {
        ui.say("");
        ui.say("Challenge: " + Sanitizer.cleanLine(ws.challenge().title()));
        ui.print(ws.challenge().story());
        ws.briefing().forEach(l -> ui.say(Sanitizer.cleanLine(l)));
        List<String> shown = ws.hintsShown();
        for (int i = 0; i < shown.size(); i++) {
            ui.say("Hint " + (i + 1) + ": " + Sanitizer.cleanLine(shown.get(i)));
        }
        if (!prepareFile(false)) {
            return;
        }
        ui.say("Your answer is in " + file);
        ui.say("Edit it in your editor and save it, then press Enter here to check it.");
        while (true) {
            String a = ui.ask("Enter to check, h hint, l lint, N details of case N, g give up, s solution, r restart, b back: ");
            switch (a) {
                case "", "c" -> check();
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

    /** Writes the start unless an answer from an earlier session is there (or {@code replace}). */
    private boolean prepareFile(boolean replace) {
        if (!replace && Files.exists(file)) {
            ui.say("Continuing with your earlier answer.");
            return true;
        }
        try {
            AnswerFile.write(file, ws.start(), true);
            return true;
        } catch (AnswerFile.Unusable e) {
            ui.say("Cannot write the answer file: " + e.getMessage());
            return false;
        }
    }

    private void check() {
        String answer;
        try {
            answer = AnswerFile.read(file);
        } catch (AnswerFile.Unusable e) {
            ui.say(e.getMessage() + (e.io() ? "; press r to write the starting answer again" : ""));
            return;
        }
        CheckReport[] report = new CheckReport[1];
        ui.record(() -> report[0] = ws.check(answer));
        if (report[0] == null) {
            return;
        }
        last = report[0];
        for (String line : ReportText.lines(last, file.getFileName().toString())) {
            ui.say(Sanitizer.cleanLine(line));
        }
        if (last.passed()) {
            ui.say("Well done. Press s to compare with the author's solution, b to go back.");
        }
    }

    private void hint() {
        Optional<String> warning = ui.hintWarning(ws.challenge().id());
        if (warning.isPresent() && ws.hintsLeft() > 0) {
            ui.say(warning.get());
            if (!ui.ask("Type y to take the hint, anything else to go back to work: ").equals("y")) {
                return;
            }
        }
        AtomicReference<Optional<String>> hint = new AtomicReference<>(Optional.empty());
        int before = ws.hintsShown().size();
        ui.record(() -> hint.set(ws.nextHint()));
        if (hint.get().isPresent()) {
            ui.say("Hint " + (before + 1) + " of " + ws.challenge().hints().size() + ": "
                    + Sanitizer.cleanLine(hint.get().get()));
        } else {
            ui.say(ws.challenge().hints().isEmpty() ? "This challenge has no hints." : "No more hints.");
        }
    }

    private void lint() {
        try {
            for (Finding f : ws.lint(AnswerFile.read(file))) {
                ui.say(Sanitizer.cleanLine(f.located()));
            }
        } catch (AnswerFile.Unusable e) {
            ui.say(e.getMessage());
        }
    }

    private void giveUp() {
        if (!ws.gaveUp() && !ws.passed()) {
            String sure = ui.ask("Give up and see the solution? It is recorded. y or n: ");
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
                () -> ui.say("The solution is shown once you pass, or after you give up (g)."));
    }

    private void printSolution(String solution) {
        ui.say("The author's solution:");
        for (String line : solution.strip().split("\n", -1)) {
            ui.say("  " + Sanitizer.cleanLine(line));
        }
    }

    private void restart() {
        String sure = ui.ask("Replace your answer with the starting answer? y or n: ");
        if (sure.equals("y") && prepareFile(true)) {
            ui.say("The starting answer is back in " + file);
        }
    }

    private void detail(String text) {
        int count = last == null ? 0 : last.cases().size();
        Optional<Integer> n = PlainUi.number(text, count);
        if (n.isEmpty()) {
            ui.say(count == 0 ? "Press Enter to check your answer first." : "Please type a case number from 1 to " + count
                    + ", or one of the letters shown.");
            return;
        }
        ui.say("Case " + (n.get() + 1) + ": " + Sanitizer.cleanLine(last.cases().get(n.get()).name()));
        for (String line : ws.caseDetail(n.get()).split("\n", -1)) {
            ui.say("  " + Sanitizer.cleanLine(line));
        }
    }
}
