package dev.secpillar.serve;

import dev.secpillar.app.CourseApp;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.plain.LineSource;
import dev.secpillar.plain.PlainUi;
import dev.secpillar.record.ProgressException;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.tui.ClassView;
import dev.secpillar.tui.Tui;
import dev.secpillar.tui.TuiOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One learner's course over one SSH channel, on a thread of its own, so a slow link or a crash
 * stays in this session. With a PTY the full-screen course runs at the client's size and
 * follows its window; a PTY whose TERM is "dumb", or none at all (ssh -T, a script), gets line
 * mode. The instructor gets the live class view first. Reaching the end, the learner quitting,
 * the client leaving or the idle timeout all end the session the same way: the course returns,
 * a line says why, and the channel closes.
 */
final class CourseSession implements Command {
    /** How often the instructor's class view reads the class anew. */
    static final Duration CLASS_REFRESH = Duration.ofSeconds(2);

    private final Workshop workshop;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile InputGuard guard;
    private volatile boolean idleClosed;
    /** The class view is the instructor's key's alone: the authenticator marks that session. */
    private volatile boolean instructor;

    CourseSession(Workshop workshop) {
        this.workshop = workshop;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // everything goes to the terminal (stdout); the course has no separate error stream
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        // The authenticator let in only names that are canonical already.
        String name = LearnerName.canonical(channel.getSession().getUsername()).orElse("?");
        instructor = Boolean.TRUE.equals(channel.getSession().getAttribute(LearnerAuth.INSTRUCTOR));
        Map<String, String> vars = env.getEnv();
        boolean fullScreen = vars.containsKey(Environment.ENV_COLUMNS) && !"dumb".equals(vars.get(Environment.ENV_TERM));
        guard = new InputGuard(in, workshop.clock, fullScreen).start(name);
        Thread t = new Thread(() -> run(name, env), "secpillar-session-" + name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        // Ending the input wakes the session wherever it waits for a key, and it leaves the way
        // quitting does, saving the learner's drafts. No interrupt: an interrupted thread cannot
        // write a file (FileChannel throws ClosedByInterruptException), so the drafts would be lost.
        InputGuard g = guard;
        if (g != null) {
            g.end();
        }
    }

    Instant lastInput() {
        InputGuard g = guard;
        return g == null ? workshop.clock.instant() : g.lastInput();
    }

    /** Ends the session as if the input had ended; the session says why on its way out. */
    void closeIdle() {
        idleClosed = true;
        guard.end();
    }

    /** The learner's saved language (see {@link Workshop#languageFor}). */
    static final String LANGUAGE_SETTING = "language";

    private void run(String name, Environment env) {
        Map<String, String> vars = env.getEnv();
        boolean pty = vars.containsKey(Environment.ENV_COLUMNS);
        String newline = pty ? "\r\n" : "\n";
        if (!workshop.admit(this)) {
            // Not yet in: the learner's language is the one their client sends, else English.
            say(dev.secpillar.i18n.Messages.of(workshop.languageFor(java.util.Optional.empty(), vars))
                    .get("serve.session.full", workshop.options.maxSessions()) + newline);
            finish(1);
            return;
        }
        ProgressStore store = null;
        int code = 0;
        try {
            store = workshop.storeFor(name);
            CourseApp app;
            try {
                app = workshop.appFor(store.setting(LANGUAGE_SETTING), vars, store);
                languages = switcher(store);
            } catch (ProgressException e) {
                workshop.log.accept(Words.LOG.get("serve.log.cannot_start", name, e.getMessage()));
                say(dev.secpillar.i18n.Messages.of(workshop.languageFor(java.util.Optional.empty(), vars))
                        .get("serve.session.cannot_start") + newline);
                code = 1;
                return;
            }
            current = app;
            workshop.log.accept(Words.LOG.get("serve.log.connected", name, workshop.openSessions()));
            if (pty && !"dumb".equals(vars.get(Environment.ENV_TERM))) {
                fullScreen(app, name, env, vars);
            } else if (pty) {
                lineMode(app, name, vars, true);
            } else {
                lineMode(app, name, vars, false);
            }
            // in the language the learner last chose, which may not be the one the session began in
            var words = current.messages();
            say(newline + words.get(idleClosed ? "serve.session.idle_goodbye" : "serve.session.goodbye",
                    idleClosed ? workshop.options.idle().toMinutes() : Sanitizer.cleanLine(name), current.savedNote()) + newline);
        } catch (IOException | RuntimeException | java.io.IOError e) {
            // The client went away mid-frame, or the session broke: it ends here, the server goes on.
            // (JLine reports a dropped line-mode terminal as an IOError, not an IOException.)
            if (!guard.ended()) {
                workshop.log.accept(Words.LOG.get("serve.log.session_error", name, String.valueOf(e)));
                code = 1;
            }
        } finally {
            if (store != null) {
                store.close();
            }
            workshop.leave(this);
            workshop.log.accept(Words.LOG.get("serve.log.disconnected", name, workshop.openSessions()));
            finish(code);
        }
    }

    /** The learner's course in another language (home's L, line mode's l), the choice kept in their settings. */
    private dev.secpillar.app.LanguageSwitch languages;
    /** The learner's course app as it is now: after a language switch, the one in their new language. */
    private volatile CourseApp current;

    private dev.secpillar.app.LanguageSwitch switcher(ProgressStore store) {
        return lang -> {
            CourseApp switched = workshop.appFor(Optional.of(lang.code()), Map.of(), store);
            store.saveSetting(LANGUAGE_SETTING, switched.messages().language().code(), workshop.clock.instant());
            current = switched;
            return switched;
        };
    }

    private void fullScreen(CourseApp app, String name, Environment env, Map<String, String> vars) throws IOException {
        SshTerminal terminal = new SshTerminal(guard, out, number(vars.get(Environment.ENV_COLUMNS)),
                number(vars.get(Environment.ENV_LINES)));
        env.addSignalListener((channel, signal) -> terminal.resized(number(env.getEnv().get(Environment.ENV_COLUMNS)),
                number(env.getEnv().get(Environment.ENV_LINES))), Signal.WINCH);
        // Drafts are saved on the server, one folder per learner, so a dropped connection loses no work;
        // the built-in editor is the only one (the learner's own would run on the server).
        TuiOptions options = options(vars).withDrafts(workshop.drafts.resolve(name)).inWorkshop().withLanguages(languages);
        if (instructor) {
            ClassView.run(app, workshop::classReport, CLASS_REFRESH, workshop.clock, terminal, options);
        } else {
            Tui.run(app, terminal, options);
        }
        terminal.flush();
    }

    /**
     * Colour unless the client asks for none (NO_COLOR, sent with SendEnv) or its TERM is one of
     * the old monochrome terminals. Nothing else is taken from the client's environment: above
     * all not $VISUAL or $EDITOR, which the course runs as the learner's editor, because here it
     * would run a program of the client's choosing on the server.
     */
    static TuiOptions options(Map<String, String> vars) {
        String term = vars.getOrDefault(Environment.ENV_TERM, "");
        boolean mono = term.startsWith("vt") && !term.contains("color") || term.equals("unknown");
        return new TuiOptions(!mono && !TuiOptions.noColour(vars), Optional.empty());
    }

    private void lineMode(CourseApp app, String name, Map<String, String> vars, boolean pty) throws IOException {
        int width = number(vars.get(Environment.ENV_COLUMNS));
        // The learner's drafts live on the server, in the same folder as the full screen's, so a
        // dropped connection or the next session (in either mode) finds them; the learner sends
        // answers by pasting them, as their editor cannot reach the server's disk.
        java.nio.file.Path answers = workshop.drafts.resolve(name);
        if (pty) {
            // The client's terminal is raw: JLine echoes and edits the line, as a tty would.
            try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(false)
                    .streams(guard, out).type("dumb").encoding(StandardCharsets.UTF_8)
                    .size(new org.jline.terminal.Size(width, number(vars.get(Environment.ENV_LINES)))).build()) {
                org.jline.reader.LineReader reader = org.jline.reader.LineReaderBuilder.builder().terminal(t)
                        .option(org.jline.reader.LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
                // No editor on the server behind Ctrl-X Ctrl-E: only the course is reachable.
                reader.getWidgets().put(org.jline.reader.LineReader.EDIT_AND_EXECUTE_COMMAND, () -> true);
                new PlainUi(app, LineSource.of(reader), width, answers).remote().withLanguages(languages).run(Optional.empty());
            }
        } else {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
            new PlainUi(app, LineSource.of(guard, writer), 80, answers).remote().withLanguages(languages).run(Optional.empty());
            writer.flush();
        }
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void say(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the client has gone; nobody is left to read it
        }
    }

    private void finish(int code) {
        ExitCallback e = exit;
        if (e != null) {
            e.onExit(code);
        }
    }
}
