package dev.secpillar.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

/**
 * The session's input as the terminal decoder sees it. Two jobs:
 * <ul>
 * <li>An escape sequence longer than any key sends is cut short: Lanterna's decoder keeps every
 * byte of a sequence that might still become a key and rescans them all on each new byte, so an
 * endless {@code ESC [ 1 1 1 ...} would cost memory and quadratic time. Past
 * {@value #LONGEST_SEQUENCE} bytes the rest of the sequence is dropped, up to its final byte.</li>
 * <li>With {@code crToNewline}, a carriage return reads as a newline, as a tty's ICRNL would make
 * it: over SSH the client's terminal is raw and Enter arrives as CR, which the terminal decoder
 * would take for Ctrl-M.</li>
 * <li>It remembers when the learner last typed, and can be ended (an idle session, a closed
 * channel): from then on it reads as end of input, which the TUI takes as "leave now".</li>
 * </ul>
 */
final class InputGuard extends FilterInputStream {
    /** Far longer than any key (the longest, modified function keys, are about 8 bytes). */
    static final int LONGEST_SEQUENCE = 32;

    private final Clock clock;
    private final boolean crToNewline;
    private volatile Instant lastInput;
    private volatile boolean ended;
    /** Bytes of the escape sequence under way: 0 outside one; -1 while dropping the rest of a long one. */
    private int sequence;

    InputGuard(InputStream in, Clock clock, boolean crToNewline) {
        super(in);
        this.clock = clock;
        this.crToNewline = crToNewline;
        this.lastInput = clock.instant();
    }

    Instant lastInput() {
        return lastInput;
    }

    /** From now on the input reads as ended. */
    void end() {
        ended = true;
    }

    boolean ended() {
        return ended;
    }

    @Override
    public int available() throws IOException {
        if (ended) {
            return 1; // so a polling reader comes to read the end
        }
        try {
            return Math.max(0, super.available());
        } catch (IOException e) {
            ended = true;
            return 1;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            if (ended || len == 0) {
                return ended ? -1 : 0;
            }
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                ended = true;
                return -1;
            }
            if (n < 0) {
                ended = true;
                return -1;
            }
            lastInput = clock.instant();
            int kept = filter(b, off, n);
            if (kept > 0) {
                return kept;
            }
            // everything read was dropped; read on (blocking, as the caller asked)
        }
    }

    /** Drops the overlong parts of escape sequences in place; returns how many bytes are left. */
    private int filter(byte[] b, int off, int n) {
        int w = off;
        for (int r = off; r < off + n; r++) {
            int c = b[r] & 0xff;
            if (c == '\r' && crToNewline) {
                b[r] = '\n';
                c = '\n';
            }
            if (c == 0x1b) {
                sequence = 1; // a new sequence starts, even in the middle of a dropped one
                b[w++] = b[r];
                continue;
            }
            if (sequence == -1) {
                if (c >= 0x40 && c <= 0x7e || c < 0x20) {
                    // The final byte (or a control) ends the dropped sequence; passing it on lets the
                    // decoder close the cut-short sequence at once rather than swallow the next key.
                    sequence = 0;
                    b[w++] = b[r];
                }
                continue;
            }
            if (sequence > 0) {
                sequence++;
                boolean parameter = c >= 0x20 && c <= 0x3f || (sequence == 2 && (c == '[' || c == 'O'));
                if (!parameter) {
                    sequence = 0; // its final byte: the sequence is complete
                } else if (sequence > LONGEST_SEQUENCE) {
                    sequence = -1;
                    continue;
                }
            }
            b[w++] = b[r];
        }
        return w - off;
    }
}
