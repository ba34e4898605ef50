package dev.secpillar.serve;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal on an SSH channel's streams: ANSI output, keys decoded from the input,
 * and the size the client's PTY reported (later window-change requests included) instead of
 * asking the terminal, which over a network would cost a round trip and could be lied to.
 * Unlike Lanterna's UnixTerminal it never touches the server's own tty.
 *
 * <p>A window change arrives on an SSH I/O thread; it is only noted there and applied on the
 * session's own thread when it next polls for keys, so no lock is shared with SSH's threads.
 */
final class SshTerminal extends ANSITerminal {
    /** Larger sizes are clamped: a client could ask for a screen that would take gigabytes to buffer. */
    static final int MAX_COLUMNS = 400;
    static final int MAX_ROWS = 200;

    private volatile TerminalSize size;
    private volatile TerminalSize pending;

    SshTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(in, out, StandardCharsets.UTF_8);
        this.size = clamp(columns, rows);
    }

    static TerminalSize clamp(int columns, int rows) {
        int c = columns <= 0 ? 80 : Math.min(columns, MAX_COLUMNS);
        int r = rows <= 0 ? 24 : Math.min(rows, MAX_ROWS);
        return new TerminalSize(c, r);
    }

    /** The client's window changed (called on an SSH thread). */
    void resized(int columns, int rows) {
        pending = clamp(columns, rows);
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
