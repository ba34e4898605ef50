package dev.secpillar.tui;

import dev.secpillar.app.AnswerFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the learner's own editor ($VISUAL, else $EDITOR) on a temporary copy of the answer and
 * reads it back when the editor exits. The caller stops the full screen first and starts it
 * again afterwards, so the editor has the terminal to itself.
 */
final class ExternalEditor {
    private ExternalEditor() {}

    /** The editor command from the environment: $VISUAL, else $EDITOR, split at spaces ("code -w"). */
    static List<String> command(java.util.Map<String, String> env) {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return List.of(v.trim().split("\\s+"));
            }
        }
        return List.of();
    }

    static Msg.Edited edit(List<String> command, ExternalEdit request) {
        if (command.isEmpty()) {
            return new Msg.Edited(Optional.empty(), "Set $VISUAL or $EDITOR to use your own editor (e).");
        }
        Path file = null;
        try {
            file = Files.createTempFile("secpillar-" + request.challengeId() + "-", "." + request.suffix());
            Files.writeString(file, request.text(), StandardCharsets.UTF_8);
            FileTime before = Files.getLastModifiedTime(file);
            List<String> argv = new ArrayList<>(command);
            argv.add(file.toString());
            int exit = new ProcessBuilder(argv).inheritIO().start().waitFor();
            String text = AnswerFile.read(file);
            boolean saved = !Files.getLastModifiedTime(file).equals(before) || !text.equals(request.text());
            String note = !saved ? "Not saved in the editor; your answer is unchanged."
                    : exit == 0 ? "Back from " + command.get(0) + "; answer checked." : command.get(0)
                    + " exited with status " + exit + "; checked what it saved.";
            return new Msg.Edited(saved ? Optional.of(text) : Optional.empty(), note);
        } catch (IOException e) {
            return new Msg.Edited(Optional.empty(), "Could not run " + command.get(0) + ": " + e.getMessage());
        } catch (AnswerFile.Unusable e) {
            return new Msg.Edited(Optional.empty(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Msg.Edited(Optional.empty(), "The editor was interrupted.");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
