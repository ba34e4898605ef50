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
            KeyTable.main("Esc/F6", "commands"), KeyTable.main("^Z ^Y", "undo redo"), KeyTable.main("^K", "cut line"),
            KeyTable.main("Shift+arrows", "select"), KeyTable.main("^X ^C ^V", "cut copy paste"),
            KeyTable.main("^←→", "word"), KeyTable.main("^Home ^End", "top, end"),
            KeyTable.more("Esc F6 Ctrl-O Shift-Tab", "to the commands (Tab comes back)"),
            KeyTable.more("Tab", "two spaces"),
            KeyTable.more("Ctrl-Z Ctrl-Y", "undo, redo (a run of typing is one step)"),
            KeyTable.more("Ctrl-K", "cut the line (again: add the next one); Ctrl-V puts them back"),
            KeyTable.more("Shift+arrows Shift+Home/End", "select"), KeyTable.more("Ctrl-A", "select all"),
            KeyTable.more("Ctrl-X Ctrl-C Ctrl-V", "cut, copy, paste (Ctrl-C quits when nothing is selected)"),
            KeyTable.more("Ctrl-← Ctrl-→", "a word left, right"),
            KeyTable.more("Home End", "start (after the indent), end of the line"),
            KeyTable.more("Ctrl-Home Ctrl-End", "start, end of the answer"),
            KeyTable.more("PgUp PgDn", "a page up, down"),
            KeyTable.more("paste", "inserted as it is (no auto-indent)"));

    /** An ordering challenge's plan as a list (as an order question's items), instead of its text. */
    static final KeyTable PLAN = KeyTable.of("Challenge: your plan",
            KeyTable.main("↑↓", "choose"), KeyTable.main("Enter", "add / take out"),
            KeyTable.main("Shift-↑↓ u d", "move"), KeyTable.main("p", "policy"), KeyTable.main("^T", "as text"),
            KeyTable.main("Esc/F6", "commands"),
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
