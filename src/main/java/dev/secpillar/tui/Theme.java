package dev.secpillar.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TextColor.ANSI;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each {@link Role} looks. The colour theme sticks to the 16 ANSI colours every terminal
 * has; the no-colour theme (for {@code NO_COLOR}) leaves every cell in the terminal's default
 * colours and marks things with bold and reverse only, so meaning never rests on colour alone
 * (right and wrong answers also carry ✓ and ✗, progress bars use █ and ░).
 */
final class Theme {
    record Look(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {}

    private final Map<Role, Look> looks;

    private Theme(Map<Role, Look> looks) {
        this.looks = looks;
    }

    Look look(Role role) {
        return looks.get(role);
    }

    static Theme of(boolean colour) {
        return colour ? colour() : noColour();
    }

    static Theme colour() {
        Map<Role, Look> m = new EnumMap<>(Role.class);
        m.put(Role.TEXT, look(ANSI.DEFAULT, ANSI.DEFAULT));
        m.put(Role.MUTED, look(ANSI.BLACK_BRIGHT, ANSI.DEFAULT));
        m.put(Role.TITLE, look(ANSI.CYAN, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.HEADER, look(ANSI.WHITE_BRIGHT, ANSI.BLUE, SGR.BOLD));
        m.put(Role.SELECTED, look(ANSI.BLACK, ANSI.CYAN));
        m.put(Role.SELECTION, look(ANSI.BLACK, ANSI.WHITE));
        m.put(Role.BOLD, look(ANSI.DEFAULT, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.CODE, look(ANSI.YELLOW, ANSI.DEFAULT));
        m.put(Role.CODE_BLOCK, look(ANSI.YELLOW, ANSI.DEFAULT));
        m.put(Role.FRAME, look(ANSI.BLACK_BRIGHT, ANSI.DEFAULT));
        m.put(Role.BULLET, look(ANSI.CYAN, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.BAR_DONE, look(ANSI.GREEN, ANSI.DEFAULT));
        m.put(Role.BAR_TODO, look(ANSI.BLACK_BRIGHT, ANSI.DEFAULT));
        m.put(Role.RIGHT, look(ANSI.GREEN, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.WRONG, look(ANSI.RED, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.ERROR, look(ANSI.WHITE_BRIGHT, ANSI.RED, SGR.BOLD));
        m.put(Role.NOTICE, look(ANSI.YELLOW, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.KEY, look(ANSI.CYAN, ANSI.DEFAULT, SGR.BOLD));
        m.put(Role.FOOTER, look(ANSI.DEFAULT, ANSI.DEFAULT));
        m.put(Role.JSON_KEY, look(ANSI.CYAN, ANSI.DEFAULT));
        m.put(Role.JSON_STRING, look(ANSI.GREEN, ANSI.DEFAULT));
        m.put(Role.JSON_NUMBER, look(ANSI.MAGENTA, ANSI.DEFAULT));
        m.put(Role.JSON_LITERAL, look(ANSI.YELLOW, ANSI.DEFAULT));
        m.put(Role.JSON_PUNCTUATION, look(ANSI.BLACK_BRIGHT, ANSI.DEFAULT));
        return new Theme(m);
    }

    static Theme noColour() {
        Map<Role, Look> m = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            m.put(r, plain());
        }
        for (Role r : new Role[] {Role.TITLE, Role.BOLD, Role.BULLET, Role.RIGHT, Role.WRONG, Role.NOTICE, Role.KEY}) {
            m.put(r, plain(SGR.BOLD));
        }
        m.put(Role.HEADER, plain(SGR.REVERSE, SGR.BOLD));
        m.put(Role.SELECTED, plain(SGR.REVERSE));
        m.put(Role.SELECTION, plain(SGR.UNDERLINE));
        m.put(Role.ERROR, plain(SGR.REVERSE, SGR.BOLD));
        return new Theme(m);
    }

    private static Look plain(SGR... modifiers) {
        return look(ANSI.DEFAULT, ANSI.DEFAULT, modifiers);
    }

    private static Look look(TextColor fg, TextColor bg, SGR... modifiers) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        set.addAll(java.util.List.of(modifiers));
        return new Look(fg, bg, set);
    }
}
