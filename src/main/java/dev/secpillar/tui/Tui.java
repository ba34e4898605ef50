package dev.secpillar.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.secpillar.app.CourseApp;
import java.io.IOException;

/**
 * The full-screen course. {@link #run(CourseApp, TuiOptions)} opens the real terminal;
 * {@link #run(CourseApp, Terminal, TuiOptions)} runs on any Lanterna terminal. Either way the
 * terminal is given back as it was on every exit: quit, Ctrl-C (read as a key, since the
 * terminal is in raw mode), a signal (a shutdown hook) or an exception, which is then thrown on
 * to the caller to print its message.
 */
public final class Tui {
    /** How long to wait for input when nothing is waiting; only the real terminal waits. */
    private static final long IDLE_MILLIS = 15;

    private Tui() {}

    /**
     * A terminal that can tell when input arrives, so the loop waits for the next key instead
     * of polling for it (a served session: no 15 ms of polling on every key, and no wake-ups
     * while a learner reads). It must also return when the terminal's size changes.
     */
    public interface InputSignal {
        /** Returns when input is waiting, the size changed, or after at most {@code millis}. */
        void awaitInput(long millis) throws InterruptedException;
    }

    /** The longest wait for an {@link InputSignal} terminal; a safety net, not a poll. */
    private static final long SIGNAL_WAIT_MILLIS = 250;

    /** Runs on the process's own terminal, with Ctrl-C delivered as a key rather than a kill. */
    public static boolean run(CourseApp app, TuiOptions options) throws IOException {
        Terminal terminal = new DefaultTerminalFactory()
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        try {
            if (terminal instanceof UnixLikeTerminal) {
                freeEditorKeys();
            }
            return run(app, terminal, options);
        } finally {
            terminal.close(); // restores every tty setting Lanterna saved at start, these included
        }
    }

    /**
     * The tty driver keeps a few Ctrl keys for itself even in Lanterna's raw mode: Ctrl-Z would
     * suspend the course (and the shell then leaves the terminal cooked, so the screen is dead
     * after fg), Ctrl-\ would kill it, Ctrl-V and Ctrl-O never arrive (and on BSD and macOS Ctrl-Y
     * suspends too). The editor uses them for undo, paste and focus, so they are released here;
     * a terminal that cannot be told is left as it is.
     */
    private static void freeEditorKeys() {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", "stty susp undef quit undef lnext undef discard undef"
                    + " < /dev/tty 2>/dev/null; stty dsusp undef < /dev/tty 2>/dev/null; true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        } catch (IOException e) {
            // no stty: those keys keep their terminal meaning
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs until the learner quits; true when the session ended on Ctrl-C (or end of input),
     * false on q. The caller owns (and closes) the terminal.
     */
    public static boolean run(CourseApp app, Terminal terminal, TuiOptions options) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        var size = terminal.getTerminalSize();
        TuiLoop loop = new TuiLoop(new TuiApp(app, options, size.getColumns(), size.getRows()), screen,
                Theme.of(options.colour()));
        Thread restore = new Thread(() -> stopQuietly(loop), "secpillar-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            loop.start();
            if ("1".equals(System.getenv("SECPILLAR_FIRST_FRAME_EXIT"))) {
                return false; // startup benchmark: the first frame is on screen (scripts/bench-startup.sh)
            }
            while (!loop.app().finished()) {
                if (!loop.drain() && !pause(terminal)) {
                    break;
                }
            }
            return loop.app().interrupted();
        } finally {
            loop.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to; it stops an already stopped screen harmlessly
            }
        }
    }

    /** Waits a moment for input; false when the thread was interrupted (then we leave). */
    private static boolean pause(Terminal terminal) {
        try {
            if (terminal instanceof InputSignal signal) {
                signal.awaitInput(SIGNAL_WAIT_MILLIS);
            } else {
                Thread.sleep(IDLE_MILLIS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stopQuietly(TuiLoop loop) {
        try {
            loop.stop();
        } catch (IOException | RuntimeException ignored) {
            // the JVM is going down; nothing left to report to
        }
    }
}
