package dev.secpillar.tui;

import java.util.Optional;

/**
 * The built-in editor's keys: what each typed key does to an {@link EditBuffer}. Keys that are
 * not the editor's (F6, Ctrl-O and Esc move the focus) give nothing, for the workspace to handle.
 */
final class EditorKeys {
    private EditorKeys() {}

    /** True for the keys that leave the editor for the command panel. */
    static boolean leaves(Msg.Typed key) {
        return key.key() == Msg.TypedKey.ESCAPE || key.key() == Msg.TypedKey.F6 || key.ctrl('o')
                || (key.key() == Msg.TypedKey.TAB && key.shift());
    }

    /** The buffer after the key, or empty when the key is not the editor's; lines not wrapped. */
    static Optional<EditBuffer> apply(EditBuffer b, Msg.Typed key, int pageRows) {
        return apply(b, key, pageRows, 0);
    }

    /**
     * The buffer after the key, or empty when the key is not the editor's. With lines wrapped to
     * {@code wrapWidth} columns (0: not wrapped) the arrows, Home, End and the page keys go by
     * screen rows; everything else works on the lines.
     */
    static Optional<EditBuffer> apply(EditBuffer b, Msg.Typed key, int pageRows, int wrapWidth) {
        if (key.alt()) {
            return Optional.empty();
        }
        boolean sel = key.shift();
        boolean ctrl = key.ctrl();
        if (key.key() == Msg.TypedKey.CHARACTER && ctrl) {
            return switch (key.character()) {
                case 'z' -> Optional.of(b.undo());
                case 'y' -> Optional.of(b.redo());
                case 'k' -> Optional.of(b.cutLine());
                case 'x' -> Optional.of(b.cut());
                case 'c' -> Optional.of(b.copy());
                case 'v' -> Optional.of(b.paste());
                case 'a' -> Optional.of(b.selectAll());
                default -> Optional.empty();
            };
        }
        EditBuffer next = switch (key.key()) {
            case CHARACTER -> b.type(key.character());
            case TAB -> key.shift() ? null : b.type('\t');
            case ENTER -> b.newline();
            case BACKSPACE -> b.backspace();
            case DELETE -> b.delete();
            case LEFT -> ctrl ? b.wordLeft(sel) : b.left(sel);
            case RIGHT -> ctrl ? b.wordRight(sel) : b.right(sel);
            case UP -> b.vertical(-1, sel, wrapWidth);
            case DOWN -> b.vertical(1, sel, wrapWidth);
            case HOME -> ctrl ? b.documentStart(sel) : b.home(sel, wrapWidth);
            case END -> ctrl ? b.documentEnd(sel) : b.end(sel, wrapWidth);
            case PAGE_UP -> b.vertical(-Math.max(1, pageRows), sel, wrapWidth);
            case PAGE_DOWN -> b.vertical(Math.max(1, pageRows), sel, wrapWidth);
            case ESCAPE, F6, F1 -> null;
        };
        return Optional.ofNullable(next);
    }
}
