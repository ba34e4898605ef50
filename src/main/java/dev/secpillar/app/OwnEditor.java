package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The learner's own editor ($VISUAL, else $EDITOR), run on a draft file. A graphical editor
 * gets a window of its own, so the course stays on the terminal beside it; a terminal editor
 * inside tmux gets a pane of its own beside the course; any other terminal editor needs the
 * whole terminal. Whichever way it runs, the editor is a {@link Process} that ends when the
 * learner closes the editor.
 */
public record OwnEditor(List<String> command, Map<String, String> env) {
    /** Editors that open a window (with their wait flag, they stay open until the file is closed). */
    private static final String TMUX = "tmux";
    private static final Set<String> GRAPHICAL = Set.of("code", "code-insiders", "codium", "subl", "sublime_text",
            "gedit", "gnome-text-editor", "kate", "kwrite", "gvim", "mvim", "zed", "atom", "mate", "xed", "pluma",
            "mousepad", "geany", "notepad", "notepad++", "idea", "bbedit", "open");

    public OwnEditor {
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }

    /** The editor named by $VISUAL, else $EDITOR, split at spaces ("code -w"); empty when neither is set. */
    public static Optional<OwnEditor> fromEnvironment(Map<String, String> env) {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(new OwnEditor(List.of(v.trim().split("\\s+")), env));
            }
        }
        return Optional.empty();
    }

    /** The program's name, as the learner knows it ("vim", "code"). */
    public String name() {
        return new File(command.get(0)).getName();
    }

    /** True when the editor opens a window of its own rather than using the terminal. */
    public boolean graphical() {
        return GRAPHICAL.contains(name().replaceFirst("\\.exe$", ""));
    }

    /** True when a terminal editor can have a tmux pane beside the course. */
    public boolean besideInTmux() {
        String tmux = env.get("TMUX");
        return !graphical() && tmux != null && !tmux.isEmpty();
    }

    /** How the editor will share the terminal with the course. */
    public enum Placement { WINDOW, PANE, TERMINAL }

    public Placement placement() {
        return graphical() ? Placement.WINDOW : besideInTmux() ? Placement.PANE : Placement.TERMINAL;
    }

    /**
     * Starts the editor on {@code file}. The process ends when the learner closes the editor;
     * with {@link Placement#TERMINAL} it has the terminal (the caller gives it up first).
     */
    public Process open(Path file) throws IOException {
        List<String> argv = new ArrayList<>(command);
        argv.add(file.toString());
        return switch (placement()) {
            case WINDOW -> new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            case PANE -> pane(argv);
            case TERMINAL -> new ProcessBuilder(argv).inheritIO().start();
        };
    }

    /**
     * A tmux pane beside the course runs the editor, then signals a channel; the process
     * returned waits on that channel, so it ends when the editor does.
     */
    private static Process pane(List<String> argv) throws IOException {
        String channel = "secpillar-edit-" + UUID.randomUUID();
        StringBuilder script = new StringBuilder();
        for (String a : argv) {
            script.append(quote(a)).append(' ');
        }
        script.append("; ").append(TMUX).append(" wait-for -S ").append(channel); // a shell command, not prose
        Process split = new ProcessBuilder("tmux", "split-window", "-h", "sh -c " + quote(script.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (split.waitFor() != 0) {
                throw new IOException(Messages.of(Language.EN).get("app.editor.tmux_split"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return new ProcessBuilder("tmux", "wait-for", channel).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
