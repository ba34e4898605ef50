package dev.secpillar.tui;

/** Everything that can happen to the TUI; {@link TuiApp#handle} turns each into the next state. */
sealed interface Msg {

    /**
     * A key the key map knows; {@code number} is the digit for {@link Command#NUMBER}, else 0;
     * {@code typed} is the character pressed ('\0' for Enter, arrows and the like), for a screen
     * that gives a letter a meaning of its own (b for badges on home, where there is no step to go back to).
     */
    record Key(Command command, int number, char typed) implements Msg {
        Key(Command command, int number) {
            this(command, number, '\0');
        }

        Key(Command command) {
            this(command, 0);
        }
    }

    /** The terminal has a new size. */
    record Resize(int columns, int rows) implements Msg {}

    /** Ctrl-C, end of input or a signal: leave now. */
    record Interrupt() implements Msg {}

    /**
     * A key as typed, for a screen that takes text (the challenge workspace): characters stay
     * characters instead of becoming commands; {@code character} is set for {@link TypedKey#CHARACTER}.
     * {@code alt} is an Alt-letter (the terminal's ESC and the letter), never text to type.
     */
    record Typed(TypedKey key, char character, boolean ctrl, boolean shift, boolean alt) implements Msg {
        Typed(TypedKey key, char character, boolean ctrl, boolean shift) {
            this(key, character, ctrl, shift, false);
        }

        Typed(TypedKey key, char character) {
            this(key, character, false, false);
        }

        Typed(TypedKey key) {
            this(key, '\0');
        }

        /** Ctrl with a letter (given in lower case). */
        boolean ctrl(char letter) {
            return ctrl && key == TypedKey.CHARACTER && Character.toLowerCase(character) == letter;
        }

        /** Alt with a letter (given in lower case). */
        boolean alt(char letter) {
            return alt && key == TypedKey.CHARACTER && Character.toLowerCase(character) == letter;
        }
    }

    /** The keys a text editor needs; F6 moves the focus (Tab types two spaces in the editor). */
    enum TypedKey { CHARACTER, ENTER, BACKSPACE, DELETE, LEFT, RIGHT, UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN, TAB, ESCAPE,
        F6, F1 }

    /** Text the terminal marked as pasted (bracketed paste): to be inserted as it is, never read as keys. */
    record Paste(String text) implements Msg {}

    /** The learner's own editor has closed: the file's text, or why there is none, and a note for the status line. */
    record Edited(java.util.Optional<String> text, String note) implements Msg {}
}
