package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.AnswerFile;
import dev.secpillar.app.DraftWatch;
import dev.secpillar.app.OwnEditor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the learner's own editor ($VISUAL, else $EDITOR) on the draft file and watches the file
 * while the editor is open, rustlings-style: every save becomes a {@link Msg.Edited} with the
 * new text, so the cases are re-checked on each save, not only when the editor exits. A
 * graphical editor, or a terminal editor in a tmux pane beside the course, leaves the
 * workspace on screen and updating live ({@link #beside}); any other terminal editor needs the
 * whole terminal ({@link #takesTerminal}), and the workspace shows the last save when it closes.
 */
final class ExternalEditor {
    private ExternalEditor() {}

    /** The editor command from the environment: $VISUAL, else $EDITOR, split at spaces ("code -w"). */
    static List<String> command(Map<String, String> env) {
        return OwnEditor.fromEnvironment(env).map(OwnEditor::command).orElse(List.of());
    }

    static OwnEditor editor(List<String> command, boolean tmux) {
        return new OwnEditor(command, tmux ? Map.of("TMUX", "1") : Map.of());
    }

    /** A draft file for the editor: the saved draft, else a temporary copy (drafts kept in memory). */
    record Target(Path file, boolean temporary) {
        static Target of(ExternalEdit request) throws IOException {
            if (request.file().isPresent() && Files.exists(request.file().get())) {
                return new Target(request.file().get(), false);
            }
            Path temp = Files.createTempFile("secpillar-" + request.challengeId() + "-", "." + request.suffix());
            Files.writeString(temp, request.text(), StandardCharsets.UTF_8);
            return new Target(temp, true);
        }

        void done() {
            if (temporary) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * Starts the editor beside the workspace and returns at once; each save and the editor's
     * closing arrive later through {@code post} (from other threads).
     */
    static Msg.Edited beside(OwnEditor editor, ExternalEdit request, Consumer<Msg> post, Messages words) {
        Target target;
        DraftWatch watch;
        Process process;
        try {
            target = Target.of(request);
            watch = DraftWatch.start(target.file(), request.text(),
                    text -> post.accept(new Msg.Edited(Optional.of(text), words.get("tui.editor.saved", editor.name()))),
                    problem -> post.accept(new Msg.Edited(Optional.empty(), problem)));
        } catch (IOException e) {
            return new Msg.Edited(Optional.empty(), words.get("tui.editor.cannot_watch", e.getMessage()));
        }
        try {
            process = editor.open(target.file());
        } catch (IOException e) {
            watch.close();
            target.done();
            return new Msg.Edited(Optional.empty(), words.get("tui.editor.cannot_run", editor.name(), e.getMessage()));
        }
        Thread waiter = new Thread(() -> {
            int status = waitFor(process);
            watch.close();
            Optional<String> last = watch.finalText();
            target.done();
            post.accept(new Msg.Edited(last, status == 0 ? words.get("tui.editor.closed", editor.name())
                    : words.get("tui.editor.closed_status", editor.name(), String.valueOf(status))));
        }, "secpillar-editor-wait");
        waiter.setDaemon(true);
        waiter.start();
        return new Msg.Edited(Optional.empty(), words.get("tui.editor.open_beside", editor.name()));
    }

    /**
     * Runs a terminal editor with the whole terminal (the caller has stopped the screen) and
     * waits for it; each save meanwhile goes to {@code handle} on this thread, so it is checked
     * and recorded at once. Returns the closing note (and any last text).
     */
    static Msg.Edited takesTerminal(OwnEditor editor, ExternalEdit request, Consumer<Msg> handle, Messages words) {
        Target target;
        try {
            target = Target.of(request);
        } catch (IOException e) {
            return new Msg.Edited(Optional.empty(), words.get("tui.editor.cannot_write", editor.name(), e.getMessage()));
        }
        java.util.concurrent.BlockingQueue<Msg> saves = new java.util.concurrent.LinkedBlockingQueue<>();
        try (DraftWatch watch = DraftWatch.start(target.file(), request.text(),
                text -> saves.add(new Msg.Edited(Optional.of(text), words.get("tui.editor.saved", editor.name()))),
                problem -> saves.add(new Msg.Edited(Optional.empty(), problem)))) {
            Process process = editor.open(target.file());
            int handled = 0;
            while (process.isAlive()) {
                Msg m = saves.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (m != null) {
                    handle.accept(m);
                    handled++;
                }
            }
            watch.close();
            for (Msg m; (m = saves.poll()) != null; handled++) {
                handle.accept(m);
            }
            int status = process.exitValue();
            String note = status == 0 ? words.get("tui.editor.back", editor.name())
                    : words.get("tui.editor.exited", editor.name(), String.valueOf(status));
            Optional<String> last = watch.finalText();
            if (last.isEmpty() && target.temporary()) {
                String text = AnswerFile.read(target.file(), words);
                last = text.equals(request.text()) ? Optional.empty() : Optional.of(text);
            }
            return handled == 0 && last.isEmpty()
                    ? new Msg.Edited(last, words.get("tui.editor.not_saved")) : new Msg.Edited(last, note);
        } catch (IOException e) {
            return new Msg.Edited(Optional.empty(), words.get("tui.editor.cannot_run", editor.name(), e.getMessage()));
        } catch (AnswerFile.Unusable e) {
            return new Msg.Edited(Optional.empty(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Msg.Edited(Optional.empty(), words.get("tui.editor.interrupted"));
        } finally {
            target.done();
        }
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
