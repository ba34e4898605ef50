package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.AnswerFile;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.DraftWatch;
import dev.secpillar.app.OwnEditor;
import dev.secpillar.app.ReportText;
import dev.secpillar.challenge.CheckReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code secpillar challenge ID --watch}, as rustlings watches: the draft is opened in the
 * learner's own editor (when $VISUAL or $EDITOR is set), and every save is checked, kept as a
 * version, and its cases printed, until Ctrl-C or the end of input (a line "q" too). A terminal
 * editor has the terminal while it is open (inside tmux it gets a pane beside this one);
 * then the last check is printed when it closes.
 */
final class DraftWatchRun {
    private sealed interface Event {}

    private record Saved(String text) implements Event {}

    private record Unusable(String message) implements Event {}

    private record EditorClosed(int status) implements Event {}

    private record Stop() implements Event {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CourseContext ctx;
    private final ChallengeWorkspace ws;
    private final Launch launch;
    private final PrintWriter out;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Messages m;

    DraftWatchRun(CourseContext ctx, ChallengeWorkspace ws, Launch launch, PrintWriter out) {
        this.ctx = ctx;
        this.m = ctx.messages();
        this.ws = ws;
        this.launch = launch;
        this.out = out;
    }

    int run() {
        Path file = ws.draftFile().orElseThrow();
        ChallengeWorkspace.Opening opening = ws.opening();
        if (opening.problem().isPresent()) {
            throw new Failure(ExitCodes.DATA_ERR, opening.problem().get());
        }
        if (!opening.saved()) {
            ws.saveDraft(opening.text()).ifPresent(m -> {
                throw new Failure(ExitCodes.IO_ERR, m);
            });
        }
        Optional<OwnEditor> editor = OwnEditor.fromEnvironment(launch.env());
        boolean editorHasTerminal = editor.map(e -> e.placement() == OwnEditor.Placement.TERMINAL).orElse(false);
        out.println(ws.challenge().id() + ": " + ws.challenge().title());
        out.println(m.get("cli.watch.watching", file));
        CheckReport last = ws.preview(opening.text());
        print(last, file, "Now");
        try (DraftWatch watch = DraftWatch.start(file, opening.text(), t -> events.add(new Saved(t)),
                m -> events.add(new Unusable(m)))) {
            if (editor.isPresent()) {
                Process p = startEditor(editor.get(), file);
                Thread waiter = new Thread(() -> {
                    try {
                        events.add(new EditorClosed(p.waitFor()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "secpillar-editor-wait");
                waiter.setDaemon(true);
                waiter.start();
                out.println(m.get(editorHasTerminal ? "cli.watch.opened_terminal" : "cli.watch.opened", editor.get().name()));
            } else {
                out.println(m.get("cli.watch.no_editor"));
                readInput();
            }
            out.flush();
            String checkedText = opening.text();
            CheckReport unprinted = null;
            while (true) {
                Event e = events.take();
                if (e instanceof Saved saved) {
                    checkedText = saved.text();
                    if (editorHasTerminal) {
                        // checked (and recorded) now; printed when the terminal is ours again
                        last = unprinted = ws.checkDraft(saved.text()).report();
                        continue;
                    }
                    last = check(saved.text(), file);
                } else if (e instanceof Unusable u) {
                    if (!editorHasTerminal) {
                        out.println(ReportText.FAIL + " " + u.message());
                    }
                } else if (e instanceof EditorClosed c) {
                    editorHasTerminal = false;
                    Optional<String> now = read(file);
                    if (now.isPresent() && !now.get().equals(checkedText)) {
                        checkedText = now.get();
                        last = check(now.get(), file);
                    } else if (unprinted != null) {
                        print(unprinted, file, m.get("cli.watch.last_save"));
                    }
                    out.println(c.status() == 0 ? m.get("cli.watch.closed", editor.get().name(), file)
                            : m.get("cli.watch.closed_status", editor.get().name(), String.valueOf(c.status()), file));
                    readInput();
                } else {
                    break;
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.watch.cannot_watch", file, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        return last.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(AnswerFile.read(file));
        } catch (AnswerFile.Unusable e) {
            return Optional.empty();
        }
    }

    private Process startEditor(OwnEditor editor, Path file) {
        try {
            return editor.open(file);
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.watch.cannot_run", editor.name(), e.getMessage()), e);
        }
    }

    private CheckReport check(String text, Path file) {
        ChallengeWorkspace.DraftCheck checked = ws.checkDraft(text);
        checked.problem().ifPresent(m -> out.println(ReportText.FAIL + " " + m));
        print(checked.report(), file, m.get("cli.watch.saved"));
        ctx.app().badges().takeNew().forEach(b -> out.println(m.get("cli.challenge.badge_earned", b.badge().name())));
        return checked.report();
    }

    private void print(CheckReport report, Path file, String what) {
        out.println();
        out.println("── " + m.get("cli.watch.at", what, LocalTime.now().format(TIME)) + " ──");
        ReportText.lines(report, file.getFileName().toString(), m).forEach(out::println);
        out.flush();
    }

    /** The end of input, or a line "q", stops the watch as Ctrl-C does. */
    private void readInput() {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.strip().equals("q")) {
                        break;
                    }
                }
            } catch (IOException ignored) {
                // input gone: stop as at its end
            }
            events.add(new Stop());
        }, "secpillar-watch-input");
        t.setDaemon(true);
        t.start();
    }
}
