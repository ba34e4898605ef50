package dev.secpillar.tui;

/**
 * The challenge workspace's keys, one table per focus: typing in the editor, the command panel,
 * and a box over the workspace (the story, a hint, a case; or a yes/no question). The keys are
 * typed text, so they are read by {@link ChallengeScreen} itself, not by {@link KeyMap}.
 */
final class WorkspaceKeys {
    private WorkspaceKeys() {}

    /** The built-in editor (see {@link EditorKeys}): Tab types two spaces here, so other keys move the focus. */
    static final KeyTable EDITOR = KeyTable.of("Challenge: editor",
            KeyTable.main("Esc/F6", "commands"), KeyTable.main("F1", "keys"), KeyTable.main("^Z ^Y", "undo redo"),
            KeyTable.main("^K", "cut line"), KeyTable.main("Shift+arrows", "select"),
            KeyTable.main("^X ^C ^V", "cut copy paste"), KeyTable.main("^←→", "word"),
            KeyTable.main("^Home ^End", "top, end"),
            KeyTable.more("Ctrl-O Shift-Tab", "to the commands too (Tab comes back)"),
            KeyTable.more("Tab", "two spaces"),
            KeyTable.more("Ctrl-K again", "adds the next line to the cut"),
            KeyTable.more("Ctrl-A", "select all"),
            KeyTable.more("Home End PgUp PgDn", "line start, line end, a page"),
            KeyTable.more("a paste", "goes in as it is (no auto-indent)"));

    /** An ordering challenge's plan as a list (as an order question's items), instead of its text. */
    static final KeyTable PLAN = KeyTable.of("Challenge: your plan",
            KeyTable.main("↑↓", "choose"), KeyTable.main("Enter", "add / take out"),
            KeyTable.main("Shift-↑↓ u d", "move"), KeyTable.main("p", "policy"), KeyTable.main("^T", "as text"),
            KeyTable.main("Esc/F6", "commands"), KeyTable.main("F1", "keys"),
            KeyTable.more("k j Home End", "choose"), KeyTable.more("Del x", "take the item out of the plan"),
            KeyTable.more("Ctrl-Z Ctrl-Y", "undo, redo"),
            KeyTable.more("p", "write the policy of a (policy) action, in the text"),
            KeyTable.more("Ctrl-T", "the plan as YAML text, and back"));

    /** The command panel; {@code solution} once the solution may be shown (after a pass or a give-up). */
    static KeyTable panel(boolean solution) {
        return KeyTable.of("Challenge: commands",
                KeyTable.main("Tab/F6", "edit"), KeyTable.main("h", "hint"), KeyTable.main("e", "editor"),
                KeyTable.main("l", "lint"), KeyTable.main("↑↓ Enter", "case"),
                solution ? KeyTable.main("s", "solution") : KeyTable.main("g", "give up"),
                solution ? KeyTable.main("L", "load solution") : KeyTable.more("L", "load the solution, after a pass or g"),
                KeyTable.main("i", "story"), KeyTable.help(), KeyTable.main("Esc", "leave"),
                KeyTable.more("k j", "choose a case"), KeyTable.more("PgUp PgDn", "scroll the cases"),
                KeyTable.more("Home End", "first, last case"),
                solution ? KeyTable.more("g", "give up (recorded)") : KeyTable.more("s", "solution, after a pass or g"),
                KeyTable.more("r", "start again from the starting answer"), KeyTable.more("q", "leave"));
    }

    static final KeyTable OVERLAY = KeyTable.of("Challenge",
            KeyTable.main("↑↓", "scroll"), KeyTable.main("Esc", "close"),
            KeyTable.more("k j  PgUp PgDn", "scroll"), KeyTable.more("any other key", "close"));

    /** The solution, shown as a diff against the learner's answer. */
    static final KeyTable SOLUTION = KeyTable.of("Challenge: the solution",
            KeyTable.main("L", "load it into the editor"), KeyTable.main("↑↓", "scroll"), KeyTable.main("Esc", "close"),
            KeyTable.more("- +", "a line of yours, a line of the solution"),
            KeyTable.more("Ctrl-Z", "(in the editor) your answer back after L"));

    static final KeyTable CONFIRM = KeyTable.of("Challenge",
            KeyTable.main("y", "yes"), KeyTable.main("any key", "no"));
}
