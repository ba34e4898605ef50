package dev.secpillar.tui;

/**
 * The challenge workspace's keys, one table per focus: typing in the editor, the command panel,
 * and a box over the workspace (the story, a hint, a case; or a yes/no question). The keys are
 * typed text, so they are read by {@link ChallengeScreen} itself, not by {@link KeyMap}.
 */
final class WorkspaceKeys {
    private WorkspaceKeys() {}

    static final KeyTable EDITOR = KeyTable.of("Challenge: editor",
            KeyTable.main("Tab", "commands"), KeyTable.main("type", "to edit"), KeyTable.main("↑↓←→", "move"),
            KeyTable.main("Esc", "commands"),
            KeyTable.more("Home End", "start, end of the line"), KeyTable.more("PgUp PgDn", "a page up, down"),
            KeyTable.more("Enter Backspace Del", "as in any editor"));

    /** The command panel; {@code solution} once the solution may be shown (after a pass or a give-up). */
    static KeyTable panel(boolean solution) {
        return KeyTable.of("Challenge: commands",
                KeyTable.main("Tab", "edit"), KeyTable.main("h", "hint"), KeyTable.main("e", "editor"),
                KeyTable.main("l", "lint"), KeyTable.main("↑↓ Enter", "case"),
                solution ? KeyTable.main("s", "solution") : KeyTable.main("g", "give up"),
                KeyTable.main("i", "story"), KeyTable.help(), KeyTable.main("Esc", "leave"),
                KeyTable.more("k j", "choose a case"), KeyTable.more("PgUp PgDn", "scroll the cases"),
                KeyTable.more("Home End", "first, last case"),
                solution ? KeyTable.more("g", "give up (recorded)") : KeyTable.more("s", "solution, after a pass or g"),
                KeyTable.more("e", "your own $VISUAL/$EDITOR; every save is checked"),
                KeyTable.more("r", "start again (asks; your draft stays in its history)"), KeyTable.more("q", "leave"));
    }

    static final KeyTable OVERLAY = KeyTable.of("Challenge",
            KeyTable.main("↑↓", "scroll"), KeyTable.main("Esc", "close"),
            KeyTable.more("k j  PgUp PgDn", "scroll"), KeyTable.more("any other key", "close"));

    static final KeyTable CONFIRM = KeyTable.of("Challenge",
            KeyTable.main("y", "yes"), KeyTable.main("any key", "no"));
}
