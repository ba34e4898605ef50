package dev.secpillar.app.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The command line's last door before the terminal: everything written through it passes the
 * {@link Sanitizer}'s rules character by character, so a string from outside (content, a policy,
 * a credential, a name, an argument) can never reach the terminal as an escape sequence, a
 * carriage return that overwrites a line, or a bidirectional override. Line feeds and tabs pass.
 * A surrogate pair split across two writes is kept whole.
 */
public final class TerminalSafeWriter extends FilterWriter {
    private char pendingHigh;

    public TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(ch)) {
                out.write(high);
                out.write(ch);
                return;
            }
            out.write(Sanitizer.REPLACEMENT);
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
            return;
        }
        String r = Sanitizer.replacementFor(ch);
        if (r == null) {
            out.write(ch);
        } else {
            out.write(r);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(cbuf[off + i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(str.charAt(off + i));
        }
    }
}
