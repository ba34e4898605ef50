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
 * <li>A learner types a few bytes a second; a paste of a megabyte is not keys. Input beyond a
 * budget ({@value #BURST} bytes at once, {@value #PER_SECOND} a second after that) is dropped
 * unread, oldest first, so a flood costs the session next to nothing and the key typed after
 * it, the newest byte, still gets through.</li>
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
    static final int BURST = 4096;
    static final int PER_SECOND = 4096;

    private final Clock clock;
    private final boolean crToNewline;
    private volatile Instant lastInput;
    private volatile boolean ended;
    /** Bytes that may still be read now; refilled with time up to {@link #BURST}. */
    private double budget = BURST;
    private long budgetAt = System.nanoTime();
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
            int waiting = Math.max(0, super.available());
            int allowed = Math.max(1, (int) Math.floor(refill()));
            if (waiting > allowed) {
                // over budget: what waits is a flood, not typing; keep only its newest bytes
                super.skip(waiting - allowed);
                lastInput = clock.instant();
                return Math.max(0, super.available());
            }
            return waiting;
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

    /**
     * Reads. When all that was read had to be dropped (a cut-short escape sequence), it returns a
     * single NUL, which no screen binds, rather than blocking a reader that was told input was
     * waiting.
     */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (ended) {
            return -1;
        }
        if (len == 0) {
            return 0;
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
        int allowed = Math.max(1, (int) Math.floor(refill()));
        if (n > allowed) {
            // over budget: keep the newest bytes only
            System.arraycopy(b, off + n - allowed, b, off, allowed);
            n = allowed;
        }
        budget = Math.max(0, budget - n);
        int kept = filter(b, off, n);
        if (kept > 0) {
            return kept;
        }
        b[off] = 0;
        return 1;
    }

    /** Tops the budget up for the time gone by; returns it. */
    private double refill() {
        long now = System.nanoTime();
        budget = Math.min(BURST, budget + (now - budgetAt) / 1e9 * PER_SECOND);
        budgetAt = now;
        return budget;
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
