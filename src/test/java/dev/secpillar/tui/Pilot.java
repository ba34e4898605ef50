package dev.secpillar.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.text.Columns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drives the TUI headless, like Textual's pilot: press keys, type, resize, and read back what
 * the terminal shows. Keys go into the virtual terminal's input queue and the real
 * {@link TuiLoop} handles them; every action runs the loop until nothing is left to do, so
 * tests never sleep.
 */
final class Pilot implements AutoCloseable {
    private final DefaultVirtualTerminal terminal;
    private final TuiLoop loop;

    private Pilot(DefaultVirtualTerminal terminal, TuiLoop loop) {
        this.terminal = terminal;
        this.loop = loop;
    }

    static Pilot start(CourseApp app, int columns, int rows) {
        return start(app, columns, rows, new TuiOptions(true, Optional.empty()));
    }

    static Pilot start(CourseApp app, int columns, int rows, TuiOptions options) {
        try {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TuiLoop loop = new TuiLoop(new TuiApp(app, options, columns, rows), new TerminalScreen(terminal),
                    Theme.of(options.colour()));
            loop.start();
            return new Pilot(terminal, loop).settle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses keys given as characters ('\n' is Enter). */
    Pilot press(char... keys) {
        for (char c : keys) {
            terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        }
        return settle();
    }

    Pilot press(KeyType... keys) {
        for (KeyType k : keys) {
            terminal.addInput(new KeyStroke(k));
        }
        return settle();
    }

    Pilot press(KeyStroke key) {
        terminal.addInput(key);
        return settle();
    }

    Pilot ctrl(char c) {
        return press(new KeyStroke(c, true, false));
    }

    /** Alt and a letter, as Lanterna reads a terminal's ESC and the letter. */
    Pilot alt(char c) {
        return press(new KeyStroke(c, false, true));
    }

    /** Pastes text as a terminal in bracketed-paste mode sends it: markers around the keys (newlines as Enter). */
    Pilot paste(String text) {
        terminal.addInput(new BracketedPaste.Mark(true));
        for (char c : text.toCharArray()) {
            terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : c == '\t' ? new KeyStroke(KeyType.Tab)
                    : new KeyStroke(c, false, false));
        }
        terminal.addInput(new BracketedPaste.Mark(false));
        return settle();
    }

    /** A special key with Ctrl and/or Shift held. */
    Pilot press(KeyType key, boolean ctrl, boolean shift) {
        return press(new KeyStroke(key, ctrl, false, shift));
    }

    /** Presses each character of the text as a key. */
    Pilot type(String text) {
        return press(text.toCharArray());
    }

    Pilot resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return settle();
    }

    /** Runs the loop until it has nothing left to handle. */
    Pilot settle() {
        try {
            for (int i = 0; i < 1000 && loop.drain(); i++) {
                // each round handles everything queued; a second round finds the queue empty
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean finished() {
        return loop.app().finished();
    }

    TuiApp app() {
        return loop.app();
    }

    DefaultVirtualTerminal terminal() {
        return terminal;
    }

    TerminalSize size() {
        return terminal.getTerminalSize();
    }

    /** The screen as lines of text, trailing spaces removed; a wide character counts once. */
    List<String> lines() {
        TerminalSize size = size();
        List<String> lines = new ArrayList<>();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = terminal.getCharacter(x, y);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    x++;
                }
            }
            lines.add(sb.toString().stripTrailing());
        }
        return lines;
    }

    String line(int row) {
        return lines().get(row);
    }

    String text() {
        return String.join("\n", lines());
    }

    boolean shows(String text) {
        return find(text).isPresent();
    }

    /** Where the text first appears on screen (column, row). */
    Optional<TerminalPosition> find(String text) {
        List<String> lines = lines();
        for (int y = 0; y < lines.size(); y++) {
            int i = lines.get(y).indexOf(text);
            if (i >= 0) {
                return Optional.of(new TerminalPosition(Columns.width(lines.get(y).substring(0, i)), y));
            }
        }
        return Optional.empty();
    }

    int rowOf(String text) {
        return find(text).map(TerminalPosition::getRow)
                .orElseThrow(() -> new AssertionError("not on screen: " + text + "\n" + text()));
    }

    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    TextCharacter cellAt(String text) {
        TerminalPosition p = find(text).orElseThrow(() -> new AssertionError("not on screen: " + text + "\n" + text()));
        return cell(p.getColumn(), p.getRow());
    }

    @Override
    public void close() {
        try {
            loop.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
