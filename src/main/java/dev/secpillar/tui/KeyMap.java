package dev.secpillar.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;

/**
 * The keys, the same on every screen (as few as rustlings has): arrows or j/k move and
 * scroll, Enter opens, → or n goes on, ← or b goes back a step, Esc or q leaves a screen (q
 * on home quits), ? shows help, Ctrl-C quits from anywhere. Home, which has no step to go
 * back to, opens the badge cabinet on b and the progress screen on p; t/f and a/e/i answer
 * true/false and policy questions as in line mode; L on home switches the language. Anything else is ignored. What each key
 * does on a screen is that screen's {@link KeyTable}.
 */
final class KeyMap {
    private KeyMap() {}

    static Optional<Msg> translate(KeyStroke key) {
        if (key == null) {
            return Optional.empty();
        }
        KeyType type = key.getKeyType();
        if (type == KeyType.EOF) {
            return Optional.of(new Msg.Interrupt());
        }
        if (type == KeyType.Character) {
            char c = key.getCharacter();
            if (key.isCtrlDown()) {
                return c == 'c' || c == 'C' ? Optional.of(new Msg.Interrupt()) : Optional.empty();
            }
            if (key.isAltDown()) {
                return Optional.empty();
            }
            return character(c).map(cmd -> new Msg.Key(cmd, cmd == Command.NUMBER ? c - '0' : 0, c));
        }
        if (key.isAltDown() || key.isCtrlDown()) {
            return Optional.empty();
        }
        if (key.isShiftDown() && (type == KeyType.ArrowUp || type == KeyType.ArrowDown)) {
            return Optional.of(new Msg.Key(type == KeyType.ArrowUp ? Command.MOVE_UP : Command.MOVE_DOWN));
        }
        Command cmd = switch (type) {
            case ArrowUp -> Command.UP;
            case ArrowDown -> Command.DOWN;
            case ArrowLeft -> Command.PREVIOUS;
            case ArrowRight -> Command.NEXT;
            case PageUp -> Command.PAGE_UP;
            case PageDown -> Command.PAGE_DOWN;
            case Home -> Command.TOP;
            case End -> Command.BOTTOM;
            case Enter -> Command.ENTER;
            case Escape -> Command.BACK;
            default -> null;
        };
        return Optional.ofNullable(cmd).map(Msg.Key::new);
    }

    /**
     * A key as typed, for a screen that takes text, with Ctrl and Shift kept (the editor's
     * Ctrl-Z, Shift-arrows, Ctrl-Home). Ctrl-C comes through as a key: the app quits on it unless
     * the screen has a selection to copy. End of input still leaves; an Alt-letter comes as
     * itself (Alt-Z turns the editor's soft wrap on and off), other Alt keys mean nothing here.
     */
    static Optional<Msg> typed(KeyStroke key) {
        if (key == null) {
            return Optional.empty();
        }
        KeyType type = key.getKeyType();
        if (type == KeyType.EOF) {
            return Optional.of(new Msg.Interrupt());
        }
        if (key.isAltDown()) {
            return type == KeyType.Character && !key.isCtrlDown() && Character.isLetter(key.getCharacter())
                    ? Optional.of(new Msg.Typed(Msg.TypedKey.CHARACTER, Character.toLowerCase(key.getCharacter()), false,
                    false, true))
                    : Optional.empty();
        }
        if (type == KeyType.Character) {
            char c = key.getCharacter();
            if (key.isCtrlDown()) {
                return Optional.of(new Msg.Typed(Msg.TypedKey.CHARACTER, Character.toLowerCase(c), true, false));
            }
            if (c == '\n' || c == '\r') {
                return Optional.of(new Msg.Typed(Msg.TypedKey.ENTER));
            }
            if (c == '\t') {
                return Optional.of(new Msg.Typed(Msg.TypedKey.TAB));
            }
            return Character.isISOControl(c) ? Optional.empty() : Optional.of(new Msg.Typed(Msg.TypedKey.CHARACTER, c));
        }
        Msg.TypedKey k = switch (type) {
            case Enter -> Msg.TypedKey.ENTER;
            case Backspace -> Msg.TypedKey.BACKSPACE;
            case Delete -> Msg.TypedKey.DELETE;
            case ArrowLeft -> Msg.TypedKey.LEFT;
            case ArrowRight -> Msg.TypedKey.RIGHT;
            case ArrowUp -> Msg.TypedKey.UP;
            case ArrowDown -> Msg.TypedKey.DOWN;
            case Home -> Msg.TypedKey.HOME;
            case End -> Msg.TypedKey.END;
            case PageUp -> Msg.TypedKey.PAGE_UP;
            case PageDown -> Msg.TypedKey.PAGE_DOWN;
            case Tab, ReverseTab -> Msg.TypedKey.TAB;
            case Escape -> Msg.TypedKey.ESCAPE;
            case F6 -> Msg.TypedKey.F6;
            case F1 -> Msg.TypedKey.F1;
            default -> null;
        };
        boolean shift = key.isShiftDown() || type == KeyType.ReverseTab;
        return Optional.ofNullable(k).map(t -> new Msg.Typed(t, '\0', key.isCtrlDown(), shift));
    }

    private static Optional<Command> character(char c) {
        Command cmd = switch (c) {
            case 'k' -> Command.UP;
            case 'j' -> Command.DOWN;
            case ' ' -> Command.SPACE;
            case 'g' -> Command.TOP;
            case 'G' -> Command.BOTTOM;
            case 'n' -> Command.NEXT;
            case 'b' -> Command.PREVIOUS;
            case 'q' -> Command.QUIT;
            case 'u' -> Command.MOVE_UP;
            case 'd' -> Command.MOVE_DOWN;
            case 'r' -> Command.AGAIN;
            case 'p' -> Command.PROGRESS;
            case '?' -> Command.HELP;
            case '<' -> Command.SIDEWAYS_LEFT;
            case '>' -> Command.SIDEWAYS_RIGHT;
            case 's' -> Command.SOURCES;
            case 't', 'f', 'a', 'e', 'i', 'L', 'l' -> Command.LETTER;
            case '\n', '\r' -> Command.ENTER;
            default -> c >= '1' && c <= '9' ? Command.NUMBER : null;
        };
        return Optional.ofNullable(cmd);
    }
}
