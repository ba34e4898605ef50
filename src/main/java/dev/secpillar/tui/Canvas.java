package dev.secpillar.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.i18n.Messages;
import java.util.List;

/**
 * Where screens draw: a frame of {@code width} × {@code height} cells over a Lanterna screen.
 * Text is placed cluster by cluster with our own column widths (see {@link Columns}), so what
 * the layout measured is what the terminal shows, and every string passes the
 * {@link Sanitizer} here, the last door before the terminal.
 */
final class Canvas {
    private final Screen screen;
    private final Theme theme;
    final int width;
    final int height;
    /** The learner's interface words, in the language they chose. */
    final Messages words;

    Canvas(Screen screen, Theme theme, int width, int height, Messages words) {
        this.screen = screen;
        this.theme = theme;
        this.width = width;
        this.height = height;
        this.words = words;
    }

    /** The interface text for a bundle key, its arguments put in. */
    String t(String key, Object... args) {
        return words.get(key, args);
    }

    /** Draws text from {@code col}, clipped at the right edge; returns the column after it. */
    int put(int col, int row, String text, Role role) {
        return put(col, row, text, role, width);
    }

    /** Draws text from {@code col}, clipped before column {@code limit}; returns the column after it. */
    int put(int col, int row, String text, Role role, int limit) {
        if (row < 0 || row >= height) {
            return col;
        }
        int end = Math.min(limit, width);
        Theme.Look look = theme.look(role);
        for (String cluster : Columns.clusters(Sanitizer.cleanLine(text))) {
            int w = Columns.width(cluster);
            if (w == 0) {
                continue; // a stray zero-width character has no cell of its own
            }
            if (col + w > end) {
                break;
            }
            if (col >= 0) {
                screen.setCharacter(col, row, character(cluster, w, look));
            }
            col += w;
        }
        return col;
    }

    /** Draws a row of segments; returns the column after it. */
    int put(int col, int row, List<Segment> segments) {
        for (Segment s : segments) {
            col = put(col, row, s.text(), s.role());
        }
        return col;
    }

    /** Draws a row of segments all in one role (a selected line). */
    int put(int col, int row, List<Segment> segments, Role role) {
        for (Segment s : segments) {
            col = put(col, row, s.text(), role);
        }
        return col;
    }

    /** Fills {@code count} cells from {@code col} with spaces in a role (a bar's background). */
    void fill(int col, int row, int count, Role role) {
        put(col, row, " ".repeat(Math.max(0, Math.min(count, width - col))), role);
    }

    void fillRow(int row, Role role) {
        fill(0, row, width, role);
    }

    /** Text right-aligned to end just before column {@code end}. */
    void putRight(int end, int row, String text, Role role) {
        put(end - Columns.width(text), row, text, role, end);
    }

    /**
     * A Lanterna cell for one cluster. Lanterna has its own idea of width (it takes every
     * multi-char string for a double-width emoji), and the screen advances by that idea, so
     * where it disagrees with ours we draw something both agree on.
     */
    private static TextCharacter character(String cluster, int width, Theme.Look look) {
        TextCharacter c = make(cluster, look);
        if (c != null && c.isDoubleWidth() == (width == 2)) {
            return c;
        }
        if (width == 1) {
            // a letter with a combining mark that has no precomposed form: keep the letter
            TextCharacter base = make(new String(Character.toChars(cluster.codePointAt(0))), look);
            if (base != null && !base.isDoubleWidth()) {
                return base;
            }
            return make("?", look);
        }
        // wide for the terminal but not for Lanterna: emoji presentation makes both agree
        TextCharacter emoji = make(cluster + "\uFE0F", look);
        if (emoji != null && emoji.isDoubleWidth()) {
            return emoji;
        }
        return make("\uFF1F", look); // fullwidth question mark: two columns everywhere
    }

    private static TextCharacter make(String s, Theme.Look look) {
        try {
            TextCharacter[] cs = TextCharacter.fromString(s, look.foreground(), look.background(), look.modifiers());
            return cs.length == 1 ? cs[0] : null;
        } catch (IllegalArgumentException e) {
            return null; // Lanterna refuses control characters; the sanitizer should have caught them
        }
    }
}
