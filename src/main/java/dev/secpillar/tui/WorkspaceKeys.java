package dev.secpillar.tui;

/**
 * The challenge workspace's keys, one table per focus: typing in the editor, the command panel,
 * and a box over the workspace (the story, a hint, a case; or a yes/no question). The keys are
 * typed text, so they are read by {@link ChallengeScreen} itself, not by {@link KeyMap}.
 */
final class WorkspaceKeys {
    private WorkspaceKeys() {}

    /** The built-in editor (see {@link EditorKeys}): Tab types two spaces here, so other keys move the focus. */
    static final KeyTable EDITOR = KeyTable.of("keys.title.ws_editor",
            KeyTable.main("Esc/F6", "keys.ws.commands"), KeyTable.main("F1", "keys.ws.keys"), KeyTable.main("^Z ^Y", "keys.ws.undo_redo_short"),
            KeyTable.main("^K", "keys.ws.cut_line"), KeyTable.main("keys.k.shift_arrows", "keys.ws.select"),
            KeyTable.main("^X ^C ^V", "keys.ws.cut_copy_paste"), KeyTable.main("^←→", "keys.ws.word"),
            KeyTable.main("^Home ^End", "keys.ws.top_end"),
            KeyTable.more("Ctrl-O Shift-Tab", "keys.ws.to_the_commands_too_tab_comes_back"),
            KeyTable.more("Tab", "keys.ws.two_spaces"),
            KeyTable.more("keys.k.ctrl_k_again", "keys.ws.adds_the_next_line_to_the_cut"),
            KeyTable.more("Ctrl-A", "keys.ws.select_all"),
            KeyTable.more("keys.k.home_end_pgup_pgdn", "keys.ws.row_start_row_end_a_page"),
            KeyTable.more("Alt-Z", "keys.ws.soft_wrap"),
            KeyTable.more("keys.k.a_paste", "keys.ws.goes_in_as_it_is_no_auto_indent"));

    /** An ordering challenge's plan as a list (as an order question's items), instead of its text. */
    static final KeyTable PLAN = KeyTable.of("keys.title.ws_plan",
            KeyTable.main("↑↓", "keys.ws.choose"), KeyTable.main("Enter", "keys.ws.add_take_out"),
            KeyTable.main("Shift-↑↓ u d", "keys.ws.move"), KeyTable.main("p", "keys.ws.policy"), KeyTable.main("^T", "keys.ws.as_text"),
            KeyTable.main("Esc/F6", "keys.ws.commands"), KeyTable.main("F1", "keys.ws.keys"),
            KeyTable.more("keys.k.kj_home_end", "keys.ws.choose"), KeyTable.more("Del x", "keys.ws.take_the_item_out_of_the_plan"),
            KeyTable.more("Ctrl-Z Ctrl-Y", "keys.ws.undo_redo"),
            KeyTable.more("p", "keys.ws.write_the_policy_of_a_policy_action_in_t"),
            KeyTable.more("Ctrl-T", "keys.ws.the_plan_as_yaml_text_and_back"));

    /** The command panel; {@code solution} once the solution may be shown (after a pass or a give-up). */
    static KeyTable panel(boolean solution) {
        return KeyTable.of("keys.title.ws_commands",
                KeyTable.main("Tab/F6", "keys.ws.edit"), KeyTable.main("h", "keys.ws.hint"), KeyTable.main("e", "keys.ws.editor"),
                KeyTable.main("l", "keys.ws.lint"), KeyTable.main("↑↓ Enter", "keys.ws.case"),
                solution ? KeyTable.main("s", "keys.ws.solution") : KeyTable.main("g", "keys.ws.give_up"),
                solution ? KeyTable.main("L", "keys.ws.load_solution") : KeyTable.more("L", "keys.ws.load_the_solution_after_a_pass_or_g"),
                KeyTable.main("i", "keys.ws.story"), KeyTable.help(), KeyTable.main("Esc", "keys.ws.leave"),
                KeyTable.more("k j", "keys.ws.choose_a_case"), KeyTable.more("keys.k.pgup_pgdn", "keys.ws.scroll_the_cases"),
                KeyTable.more("keys.k.home_end", "keys.ws.first_last_case"),
                solution ? KeyTable.more("g", "keys.ws.give_up_recorded") : KeyTable.more("s", "keys.ws.solution_after_a_pass_or_g"),
                KeyTable.more("e", "keys.ws.your_own_visual_editor_every_save_is_che"),
                KeyTable.more("r", "keys.ws.start_again_asks_your_draft_stays_in_its"), KeyTable.more("q", "keys.ws.leave"));
    }

    static final KeyTable OVERLAY = KeyTable.of("keys.title.ws",
            KeyTable.main("↑↓", "keys.ws.scroll"), KeyTable.main("Esc", "keys.ws.close"),
            KeyTable.more("keys.k.kj_pgup_pgdn", "keys.ws.scroll"), KeyTable.more("keys.k.any_other", "keys.ws.close"));

    /** The solution, shown as a diff against the learner's answer. */
    static final KeyTable SOLUTION = KeyTable.of("keys.title.ws_solution",
            KeyTable.main("L", "keys.ws.load_it_into_the_editor"), KeyTable.main("↑↓", "keys.ws.scroll"), KeyTable.main("Esc", "keys.ws.close"),
            KeyTable.more("- +", "keys.ws.a_line_of_yours_a_line_of_the_solution"),
            KeyTable.more("Ctrl-Z", "keys.ws.in_the_editor_your_answer_back_after_l"));

    static final KeyTable CONFIRM = KeyTable.of("keys.title.ws",
            KeyTable.main("y", "keys.ws.yes"), KeyTable.main("keys.k.any", "keys.ws.no"));
}
