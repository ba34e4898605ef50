package dev.secpillar.serve;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

/**
 * The session's keys, as the terminal decoder reads them. A pump thread of the session reads the
 * SSH channel and keeps what it reads in a small buffer, so the TUI can wait for a key instead of
 * polling for one ({@link #awaitInput}). On the way in:
 * <ul>
 * <li>An escape sequence longer than any key sends is cut short: Lanterna's decoder keeps every
 * byte of a sequence that might still become a key and rescans them all on each new byte, so an
 * endless {@code ESC [ 1 1 1 ...} would cost memory and quadratic time. Past
 * {@value #LONGEST_SEQUENCE} bytes the rest of the sequence is dropped, up to its final byte.</li>
 * <li>A learner types a few bytes a second; a paste of a megabyte is not keys. Input beyond a
 * budget ({@value #BURST} bytes at once, {@value #PER_SECOND} a second after that) is dropped,
 * oldest first, so a flood costs the session next to nothing and the key typed after it, the
 * newest byte, still gets through. The buffer holds {@value #CAPACITY} bytes and drops the
 * oldest too when the session falls behind.</li>
 * <li>With {@code crToNewline}, a carriage return reads as a newline, as a tty's ICRNL would make
 * it: over SSH the client's terminal is raw and Enter arrives as CR, which the terminal decoder
 * would take for Ctrl-M.</li>
 * <li>It remembers when the learner last typed, and can be ended (an idle session, a closed
 * channel): from then on it reads as end of input, which the TUI takes as "leave now".</li>
 * </ul>
 */
final class InputGuard extends InputStream {
    /** Far longer than any key (the longest, modified function keys, are about 8 bytes). */
    static final int LONGEST_SEQUENCE = 32;
    static final int BURST = 4096;
    static final int PER_SECOND = 4096;
    static final int CAPACITY = 4096;

    private final InputStream channel;
    private final Clock clock;
    private final boolean crToNewline;
    private volatile Instant lastInput;

    // guarded by this: the bytes waiting to be read; whether the channel has ended (what waits is
    // still read) or the session was ended (nothing more is read)
    private final byte[] ring = new byte[CAPACITY];
    private int head;
    private int size;
    private boolean closed;
    private boolean ended;

    // the pump's own state
    /** The time the budget refills by: {@link System#nanoTime}, or a test's own. */
    private final java.util.function.LongSupplier nanos;
    private double budget = BURST;
    private long budgetAt;
    /** Bytes of the escape sequence under way: 0 outside one; -1 while dropping the rest of a long one. */
    private int sequence;

    InputGuard(InputStream channel, Clock clock, boolean crToNewline) {
        this(channel, clock, crToNewline, System::nanoTime);
    }

    /**
     * With the time the budget refills by: a test gives one that stands still, so what a flood
     * leaves does not depend on how fast the machine happens to pump it.
     */
    InputGuard(InputStream channel, Clock clock, boolean crToNewline, java.util.function.LongSupplier nanos) {
        this.channel = channel;
        this.clock = clock;
        this.crToNewline = crToNewline;
        this.lastInput = clock.instant();
        this.nanos = nanos;
        this.budgetAt = nanos.getAsLong();
    }

    /** Starts the pump; it ends the input when the channel ends. */
    InputGuard start(String name) {
        Thread pump = new Thread(this::pump, "secpillar-input-" + name);
        pump.setDaemon(true);
        pump.start();
        return this;
    }

    private void pump() {
        byte[] chunk = new byte[CAPACITY];
        try {
            while (!isEnded()) {
                int n = channel.read(chunk, 0, chunk.length);
                if (n < 0) {
                    break;
                }
                lastInput = clock.instant();
                offer(chunk, filter(chunk, budgeted(chunk, n)));
            }
        } catch (IOException e) {
            // the channel closed under us: the same as its end
        } finally {
            close();
        }
    }

    /** The channel has ended: what waits is still read, then the end. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private synchronized boolean isEnded() {
        return ended;
    }

    Instant lastInput() {
        return lastInput;
    }

    /** From now on the input reads as ended; what was waiting is dropped. */
    synchronized void end() {
        ended = true;
        size = 0;
        notifyAll();
    }

    synchronized boolean ended() {
        return ended || closed && size == 0;
    }

    /** Wakes a reader waiting in {@link #awaitInput} (the window changed, say). */
    synchronized void wake() {
        notifyAll();
    }

    /** Waits until a key is waiting, the input ended, {@link #wake} was called, or the time is up. */
    synchronized void awaitInput(long millis) throws InterruptedException {
        if (size == 0 && !ended && !closed) {
            wait(millis);
        }
    }

    private synchronized void offer(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (size == CAPACITY) {
                head = (head + 1) % CAPACITY;
                size--;
            }
            ring[(head + size) % CAPACITY] = b[i];
            size++;
        }
        if (n > 0) {
            notifyAll();
        }
    }

    @Override
    public synchronized int available() {
        return ended() ? 1 : size; // at the end: 1, so a polling reader comes to read the end
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (size == 0 && !ended && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException(Words.LOG.get("serve.session.closing"));
            }
        }
        if (ended || size == 0) {
            return -1;
        }
        int n = Math.min(len, size);
        for (int i = 0; i < n; i++) {
            b[off + i] = ring[head];
            head = (head + 1) % CAPACITY;
        }
        size -= n;
        return n;
    }

    /** Keeps the newest bytes the budget allows (at least the newest one); returns how many, moved to the front. */
    private int budgeted(byte[] b, int n) {
        long now = nanos.getAsLong();
        budget = Math.min(BURST, budget + (now - budgetAt) / 1e9 * PER_SECOND);
        budgetAt = now;
        int allowed = Math.max(1, (int) Math.floor(budget));
        if (n > allowed) {
            System.arraycopy(b, n - allowed, b, 0, allowed);
            n = allowed;
        }
        budget = Math.max(0, budget - n);
        return n;
    }

    /** Drops the overlong parts of escape sequences in place; returns how many bytes are left. */
    private int filter(byte[] b, int n) {
        int w = 0;
        for (int r = 0; r < n; r++) {
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
        return w;
    }
}
