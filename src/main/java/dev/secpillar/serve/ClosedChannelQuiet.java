package dev.secpillar.serve;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A line-mode session's SSH channel as JLine's terminal writes to it, quiet once the learner has
 * gone. JLine's default terminal over streams opens a pseudo-terminal on the server and copies
 * its output to the channel on a pump thread, which prints the stack trace of any failure to the
 * server's stderr: a write to the closed channel, or the read of the closed pseudo-terminal as
 * the session ends, put one on the instructor's console at every line-mode disconnect. So the
 * session asks for JLine's {@link #PROVIDER} terminal instead (its line discipline in Java, no
 * pseudo-terminal, no output pump: output is written by the thread that writes it), and writes
 * through this stream: the first failed write means the learner can no longer be reached, so
 * it and every later write are dropped quietly and {@code gone} ends the session the way a
 * dropped connection does (the course leaves through its usual exit path, saving drafts).
 */
final class ClosedChannelQuiet extends FilterOutputStream {
    /**
     * JLine's provider whose terminal over given streams is an {@code ExternalTerminal} (it runs
     * no program for such a terminal; "exec" is only its name).
     */
    static final String PROVIDER = "exec";

    private final Runnable gone;
    private volatile boolean closed;

    ClosedChannelQuiet(OutputStream channel, Runnable gone) {
        super(channel);
        this.gone = gone;
    }

    @Override
    public void write(int b) {
        if (!closed) {
            try {
                out.write(b);
            } catch (IOException e) {
                lost();
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (!closed) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                lost();
            }
        }
    }

    @Override
    public void flush() {
        if (!closed) {
            try {
                out.flush();
            } catch (IOException e) {
                lost();
            }
        }
    }

    /** Leaves the channel to the session, which closes it as it ends. */
    @Override
    public void close() {
        flush();
    }

    private void lost() {
        closed = true;
        gone.run();
    }
}
