package dev.secpillar.serve;

import dev.secpillar.app.text.Columns;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small terminal emulator for tests: fed the bytes an SSH client receives, it keeps the grid of
 * characters they draw, as far as the sequences Lanterna sends go (cursor moves, erase, colours
 * ignored, alternate screen). Tests wait until the screen shows what a learner would see.
 */
final class AnsiScreen extends OutputStream {
    private int columns;
    private int rows;
    private String[][] cells;
    private int x;
    private int y;
    private int savedX;
    private int savedY;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pendingBytes = ByteBuffer.allocate(16);
    private final StringBuilder escape = new StringBuilder();
    private boolean inEscape;
    private long bytes;
    private long updates;
    private final boolean cookedNewlines;

    AnsiScreen(int columns, int rows) {
        this(columns, rows, false);
    }

    /** @param cookedNewlines a newline also returns the carriage, as a terminal in cooked mode shows it */
    AnsiScreen(int columns, int rows, boolean cookedNewlines) {
        this.cookedNewlines = cookedNewlines;
        resize(columns, rows);
    }

    synchronized void resize(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        cells = new String[rows][columns];
        for (String[] r : cells) {
            Arrays.fill(r, " ");
        }
        x = Math.min(x, columns - 1);
        y = Math.min(y, rows - 1);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes += len;
        for (int i = off; i < off + len; i++) {
            pendingBytes.put(b[i]);
            pendingBytes.flip();
            CharBuffer out = CharBuffer.allocate(4);
            utf8.decode(pendingBytes, out, false);
            pendingBytes.compact();
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (Character.isHighSurrogate(c) && out.hasRemaining()) {
                    put(new String(new char[] {c, out.get()}));
                } else {
                    put(String.valueOf(c));
                }
            }
        }
        updates++;
        notifyAll();
    }

    private void put(String ch) {
        char c = ch.charAt(0);
        if (inEscape) {
            escape.append(c);
            if (escapeComplete()) {
                inEscape = false;
                apply(escape.toString());
                escape.setLength(0);
            }
            return;
        }
        switch (c) {
            case 0x1b -> {
                inEscape = true;
                escape.setLength(0);
            }
            case '\r' -> x = 0;
            case '\n' -> {
                if (cookedNewlines) {
                    x = 0;
                }
                lineFeed();
            }
            case '\b' -> x = Math.max(0, x - 1);
            case 0x07 -> { }
            default -> {
                if (c < 0x20) {
                    return;
                }
                int w = Math.max(1, Columns.width(ch));
                if (x + w > columns) {
                    x = 0;
                    lineFeed();
                }
                cells[y][x] = ch;
                if (w == 2 && x + 1 < columns) {
                    cells[y][x + 1] = "";
                }
                x += w;
                if (x >= columns) {
                    x = columns - 1; // no auto-wrap until the next character (like xterm's pending wrap, simplified)
                }
            }
        }
    }

    private boolean escapeComplete() {
        String e = escape.toString();
        if (e.isEmpty()) {
            return false;
        }
        char first = e.charAt(0);
        if (first == '[') {
            char last = e.charAt(e.length() - 1);
            return e.length() > 1 && last >= 0x40 && last <= 0x7e;
        }
        if (first == ']') {
            return e.endsWith("\u0007") || e.endsWith("\u001b\\");
        }
        if (first == '(' || first == ')') {
            return e.length() == 2;
        }
        return true; // ESC 7, ESC 8, ESC c, ...
    }

    private void lineFeed() {
        if (y == rows - 1) {
            System.arraycopy(cells, 1, cells, 0, rows - 1);
            cells[rows - 1] = new String[columns];
            Arrays.fill(cells[rows - 1], " ");
        } else {
            y++;
        }
    }

    private void apply(String e) {
        char first = e.charAt(0);
        if (first == '7') {
            savedX = x;
            savedY = y;
            return;
        }
        if (first == '8') {
            x = savedX;
            y = savedY;
            return;
        }
        if (first != '[') {
            return;
        }
        char op = e.charAt(e.length() - 1);
        String params = e.substring(1, e.length() - 1);
        if (params.startsWith("?")) {
            if (params.equals("?1049h") || params.equals("?1049l") || params.equals("?47h") || params.equals("?47l")) {
                clear(0, 0, columns - 1, rows - 1);
            }
            return;
        }
        int[] n = numbers(params);
        switch (op) {
            case 'H', 'f' -> {
                y = clamp(arg(n, 0, 1) - 1, rows);
                x = clamp(arg(n, 1, 1) - 1, columns);
            }
            case 'A' -> y = clamp(y - arg(n, 0, 1), rows);
            case 'B' -> y = clamp(y + arg(n, 0, 1), rows);
            case 'C' -> x = clamp(x + arg(n, 0, 1), columns);
            case 'D' -> x = clamp(x - arg(n, 0, 1), columns);
            case 'G' -> x = clamp(arg(n, 0, 1) - 1, columns);
            case 'd' -> y = clamp(arg(n, 0, 1) - 1, rows);
            case 'J' -> {
                int mode = arg(n, 0, 0);
                if (mode == 2 || mode == 3) {
                    clear(0, 0, columns - 1, rows - 1);
                } else if (mode == 0) {
                    clear(x, y, columns - 1, rows - 1);
                }
            }
            case 'K' -> {
                int mode = arg(n, 0, 0);
                int from = mode == 0 ? x : 0;
                int to = mode == 1 ? x : columns - 1;
                for (int i = from; i <= to; i++) {
                    cells[y][i] = " ";
                }
            }
            default -> { } // colours (m), modes and the rest do not change the text
        }
    }

    private void clear(int fromX, int fromY, int toX, int toY) {
        for (int r = fromY; r <= toY; r++) {
            for (int c = (r == fromY ? fromX : 0); c <= (r == toY ? toX : columns - 1); c++) {
                cells[r][c] = " ";
            }
        }
    }

    private static int[] numbers(String params) {
        if (params.isEmpty()) {
            return new int[0];
        }
        String[] parts = params.split(";", -1);
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = parts[i].isEmpty() ? -1 : Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                n[i] = -1;
            }
        }
        return n;
    }

    private static int arg(int[] n, int i, int def) {
        return i < n.length && n[i] >= 0 ? (n[i] == 0 && def == 1 ? 1 : n[i]) : def;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max - 1));
    }

    /** The screen as lines, trailing spaces removed. */
    synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String[] r : cells) {
            out.add(String.join("", r).stripTrailing());
        }
        return out;
    }

    synchronized String text() {
        return String.join("\n", lines());
    }

    synchronized boolean shows(String text) {
        return lines().stream().anyMatch(l -> l.contains(text));
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long updates() {
        return updates;
    }

    /** Waits until the screen satisfies the condition; fails the test with the screen when it never does. */
    synchronized void await(Predicate<AnsiScreen> condition, Duration within, String what) {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.test(this)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the screen never showed " + what + "; it shows:\n" + text());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    void awaitText(String text) {
        await(s -> s.shows(text), Duration.ofSeconds(10), "\"" + text + "\"");
    }

    /** Waits for more output than {@code seen} updates, then for the text. */
    synchronized void awaitChange(long seen, Duration within) {
        await(s -> s.updates > seen, within, "a change");
    }
}
