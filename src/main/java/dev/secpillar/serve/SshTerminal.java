package dev.secpillar.serve;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.secpillar.tui.Tui;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal on an SSH channel's streams: ANSI output, keys decoded from the input,
 * and the size the client's PTY reported (later window-change requests included) instead of
 * asking the terminal, which over a network would cost a round trip and could be lied to.
 * Unlike Lanterna's UnixTerminal it never touches the server's own tty.
 *
 * <p>A window change arrives on an SSH I/O thread; it is only noted there (waking the session)
 * and applied on the session's own thread when it next polls for keys, so no lock is shared with
 * SSH's threads. The session waits for keys on the {@link InputGuard} rather than polling.
 */
final class SshTerminal extends ANSITerminal implements Tui.InputSignal {
    /** Larger sizes are clamped: a client could ask for a screen that would take gigabytes to buffer. */
    static final int MAX_COLUMNS = 400;
    static final int MAX_ROWS = 200;

    private final InputGuard input;
    private volatile TerminalSize size;
    private volatile TerminalSize pending;

    SshTerminal(InputGuard input, OutputStream out, int columns, int rows) {
        super(input, out, StandardCharsets.UTF_8);
        this.input = input;
        this.size = clamp(columns, rows);
    }

    @Override
    public void awaitInput(long millis) throws InterruptedException {
        if (pending == null) {
            input.awaitInput(millis);
        }
    }

    static TerminalSize clamp(int columns, int rows) {
        int c = columns <= 0 ? 80 : Math.min(columns, MAX_COLUMNS);
        int r = rows <= 0 ? 24 : Math.min(rows, MAX_ROWS);
        return new TerminalSize(c, r);
    }

    /** The client's window changed (called on an SSH thread). */
    void resized(int columns, int rows) {
        pending = clamp(columns, rows);
        input.wake();
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        applyResize();
        return super.pollInput();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        applyResize();
        return super.readInput();
    }

    private void applyResize() {
        TerminalSize p = pending;
        if (p != null) {
            pending = null;
            size = p;
            onResized(p);
        }
    }
}
