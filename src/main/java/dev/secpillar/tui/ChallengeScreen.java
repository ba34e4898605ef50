package dev.secpillar.tui;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.challenge.AnswerProblem;
import dev.secpillar.challenge.CheckReport;
import dev.secpillar.challenge.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The challenge workspace: an editor with the learner's answer beside (or above) the cases.
 * Every change re-checks the answer, so cases turn green as the learner types; an answer that
 * does not read keeps the last cases on screen and shows the error at its line.
 *
 * <p>Keys never clash with typing: in the editor Tab types two spaces and Esc, F6 or Ctrl-O
 * moves to the command panel (Tab, F6 or Ctrl-O come back). The editor's own keys are in
 * {@link EditorKeys}. In the panel: h next hint, e the learner's own editor ($VISUAL/$EDITOR),
 * l lint, i the story again, ↑↓ choose a case and Enter to see what it is about, g give up,
 * s the solution against the learner's answer (only after a pass or a give-up), L load the
 * solution into the editor (Ctrl-Z gives the learner's text back), r start again, Esc leave.
 * Closing the story that opens the workspace puts the focus in the editor, so the arrows go
 * where typing goes.
 */
record ChallengeScreen(ChallengeWorkspace ws, String opened, EditBuffer editor, Focus focus, CheckReport report,
                       Optional<AnswerProblem> error, int selected, int panelScroll, Optional<Overlay> overlay,
                       Optional<String> notice, Optional<PlanList> plan, boolean wrap) implements Screen {

    /**
     * The move-the-items view of an ordering challenge's plan, shown instead of the text (Ctrl-T
     * switches): rows are the plan's items, then the pool's actions not in it; {@code cursor} is
     * the selected row.
     */
    record PlanList(int cursor) {}

    enum Focus { EDITOR, PANEL }


    /** A box over the workspace: the story, a hint, lint findings, a case, the solution, a question. */
    record Overlay(Kind kind, String title, String text, int scroll) {
        /**
         * STORY and HINT text is light markup; INFO keeps its lines; SOLUTION is the author's
         * answer shown as a diff against the learner's (the text holds the solution itself).
         */
        enum Kind { STORY, HINT, INFO, SOLUTION, CONFIRM_GIVE_UP, CONFIRM_RESTART, CONFIRM_HINT }

        Overlay scrolled(int by) {
            return new Overlay(kind, title, text, Math.max(0, scroll + by));
        }
    }

    /**
     * Opens a challenge's workspace on the learner's saved draft, else the start; empty (and
     * the reason kept for the banner) when the challenge cannot be opened.
     */
    static Optional<ChallengeScreen> open(String challengeId, Env env) {
        ChallengeWorkspace ws;
        try {
            ws = env.workspaces().open(challengeId);
        } catch (ChallengeService.ChallengeUnavailable e) {
            env.report(e.getMessage());
            return Optional.empty();
        }
        ChallengeWorkspace.Opening opening = ws.opening();
        opening.problem().ifPresent(env::report);
        String text = opening.text();
        ChallengeScreen screen = new ChallengeScreen(ws, text, EditBuffer.of(text), Focus.EDITOR,
                new CheckReport(List.of(), List.of()), Optional.empty(), 0, 0,
                Optional.of(new Overlay(Overlay.Kind.STORY, ws.challenge().title(), storyText(ws, env), 0)), Optional.empty(),
                ws.pool().isEmpty() ? Optional.empty() : Optional.of(new PlanList(0)), env.workspaces().softWrap());
        ChallengeScreen checked = screen.checked(env);
        return Optional.of(opening.saved() && checked.notice().isEmpty()
                ? checked.notice(env.t("tui.ws.draft_back", checked.report().passing(), checked.report().cases().size()))
                : checked);
    }

    private static String storyText(ChallengeWorkspace ws, Env env) {
        StringBuilder sb = new StringBuilder(ws.challenge().story().strip());
        sb.append("\n\n");
        // Each a paragraph of its own: as bullets they ran on from a story ending in a list,
        // reading as one more thing the story asks for.
        ws.briefing().forEach(l -> sb.append(l.strip()).append("\n\n"));
        sb.append(env.t("tui.ws.story_how"));
        return sb.toString();
    }

    private ChallengeScreen with(EditBuffer e, Focus f, CheckReport r, Optional<AnswerProblem> err, int sel, int ps,
                                 Optional<Overlay> o, Optional<String> n) {
        return new ChallengeScreen(ws, opened, e, f, r, err, sel, ps, o, n, plan, wrap);
    }

    private ChallengeScreen withPlan(Optional<PlanList> p) {
        return new ChallengeScreen(ws, opened, editor, focus, report, error, selected, panelScroll, overlay, notice, p, wrap);
    }

    /**
     * Columns the editor's lines wrap at in a frame of this size; 0 when soft wrap is off (the
     * cursor's line then scrolls sideways).
     */
    int wrapWidth(int width, int height) {
        return wrap ? Layout.of(width, height).editorTextWidth() : 0;
    }

    /** Alt-Z: soft wrap on or off, for this workspace and the next ones of the session. */
    private ChallengeScreen wrapToggled(Env env) {
        boolean on = !wrap;
        env.workspaces().softWrap(on);
        ChallengeScreen next = new ChallengeScreen(ws, opened, editor, focus, report, error, selected, panelScroll, overlay,
                Optional.of(env.t(on ? "tui.ws.wrap_on" : "tui.ws.wrap_off")), plan, on);
        Layout layout = Layout.of(env.width(), env.height());
        return next.with(editor.scrolledFor(layout.editorRows(), next.wrapWidth(env.width(), env.height())), focus, report,
                error, selected, panelScroll, overlay, next.notice());
    }

    private ChallengeScreen notice(String text) {
        return with(editor, focus, report, error, selected, panelScroll, overlay, Optional.of(text));
    }

    /** Closes a box; a notice under it (the saved draft is back) stays for the learner to read. */
    private ChallengeScreen closeOverlay() {
        return with(editor, focus, report, error, selected, panelScroll, Optional.empty(), notice);
    }

    private ChallengeScreen overlay(Optional<Overlay> o) {
        return with(editor, focus, report, error, selected, panelScroll, o, Optional.empty());
    }

    /** Checks the editor's text; an unreadable answer keeps the cases of the last readable one. */
    private ChallengeScreen checked(Env env) {
        boolean wasPassed = ws.passed();
        CheckReport[] r = new CheckReport[1];
        if (!env.save(() -> r[0] = ws.preview(editor.text()))) {
            return this;
        }
        CheckReport next = r[0];
        Optional<AnswerProblem> err = next.unreadable();
        CheckReport shown = next.evaluated() ? next : report;
        Optional<String> n = Optional.empty();
        if (next.passed() && !wasPassed) {
            n = Optional.of("✓ " + env.t("tui.ws.passed"));
            // the passing answer is saved at once and kept in the history: it is what reopens
            env.workspaces().saveNow(ws, editor.text()).or(() -> ws.keepVersion(editor.text(), next))
                    .ifPresent(env::report);
        }
        int sel = Math.min(selected, Math.max(0, shown.cases().size() - 1));
        return with(editor, focus, shown, err, sel, panelScroll, overlay, n);
    }

    @Override
    public boolean takesText() {
        return true;
    }

    @Override
    public Transition typed(Msg.Typed key, Env env) {
        if (key.alt('z')) {
            return new Transition.Stay(wrapToggled(env));
        }
        if (key.alt()) {
            return new Transition.Stay(this); // an Alt key is never text, an answer or a command
        }
        if (overlay.isPresent()) {
            return overlayKey(key, env);
        }
        if (key.key() == Msg.TypedKey.F1) {
            env.requestHelp(); // ? is a character to type in the editor; F1 lists the keys of the focused pane
            return new Transition.Stay(this);
        }
        if (focus == Focus.EDITOR && plan.isPresent()) {
            return planKey(key, env);
        }
        return focus == Focus.EDITOR ? editorKey(key, env) : panelKey(key, env);
    }

    private Transition editorKey(Msg.Typed key, Env env) {
        if (EditorKeys.leaves(key)) {
            return new Transition.Stay(with(editor, Focus.PANEL, report, error, selected, panelScroll, overlay,
                    Optional.empty()));
        }
        if (key.ctrl('t') && !ws.pool().isEmpty()) {
            return new Transition.Stay(withPlan(Optional.of(new PlanList(0))));
        }
        Layout layout = Layout.of(env.width(), env.height());
        Optional<EditBuffer> e = EditorKeys.apply(editor, key, layout.editorRows(), wrapWidth(env.width(), env.height()));
        if (e.isEmpty()) {
            return new Transition.Stay(key.ctrl() ? notice(env.t("tui.ws.not_editor_key")) : this);
        }
        Optional<String> note = Optional.empty();
        if (key.ctrl('c') && editor.hasSelection()) {
            note = Optional.of(env.t("tui.ws.copied"));
        }
        return new Transition.Stay(withEditor(e.get(), env, note));
    }

    /** The editor in its new state, scrolled to its cursor and checked when the text changed. */
    private ChallengeScreen withEditor(EditBuffer e, Env env, Optional<String> note) {
        Layout layout = Layout.of(env.width(), env.height());
        EditBuffer shown = e.scrolledFor(layout.editorRows(), wrapWidth(env.width(), env.height()));
        ChallengeScreen next = with(shown, focus, report, error, selected, panelScroll, overlay, note);
        if (shown.lines().equals(editor.lines())) {
            return next;
        }
        env.workspaces().edited(ws, shown.text()); // saved within a second
        return next.checked(env);
    }

    /** The rows of the plan list: the plan's items, then the pool's actions not in the plan. */
    List<String> planRows(PlanText p) {
        List<String> rows = new ArrayList<>(p.ids());
        ws.pool().stream().map(dev.secpillar.challenge.PoolAction::id).filter(id -> !rows.contains(id)).forEach(rows::add);
        return rows;
    }

    /**
     * The plan list's keys, as an order question's: ↑↓ choose, Shift-↑↓ (or u d) move an item,
     * Enter puts a pool action at the end of the plan or takes an item out, Del takes it out,
     * p writes an action's policy (in the text), Ctrl-T shows the plan as text.
     */
    private Transition planKey(Msg.Typed key, Env env) {
        if (EditorKeys.leaves(key) || key.key() == Msg.TypedKey.TAB) {
            return new Transition.Stay(with(editor, Focus.PANEL, report, error, selected, panelScroll, overlay,
                    Optional.empty()));
        }
        if (key.ctrl('t')) {
            return new Transition.Stay(withPlan(Optional.empty()));
        }
        if (key.ctrl('z') || key.ctrl('y')) {
            return new Transition.Stay(withEditor(key.ctrl('z') ? editor.undo() : editor.redo(), env, Optional.empty()));
        }
        Optional<PlanText> read = PlanText.read(editor.text());
        if (read.isEmpty()) {
            return new Transition.Stay(notice(env.t("tui.ws.plan_not_list")));
        }
        PlanText p = read.get();
        List<String> rows = planRows(p);
        int n = p.items().size();
        int cursor = Math.min(plan.get().cursor(), Math.max(0, rows.size() - 1));
        boolean inPlan = cursor < n;
        char c = key.key() == Msg.TypedKey.CHARACTER && !key.ctrl() ? key.character() : '\0';
        boolean up = key.key() == Msg.TypedKey.UP || c == 'k';
        boolean down = key.key() == Msg.TypedKey.DOWN || c == 'j';
        if ((key.shift() && (up || down)) || c == 'u' || c == 'd') {
            int delta = key.key() == Msg.TypedKey.UP || c == 'u' ? -1 : 1;
            if (!inPlan) {
                return new Transition.Stay(notice(env.t("tui.ws.plan_only_items")));
            }
            int target = Math.max(0, Math.min(n - 1, cursor + delta));
            return new Transition.Stay(planEdited(p.moved(cursor, delta), target, env));
        }
        if (up || down) {
            int next = Math.max(0, Math.min(rows.size() - 1, cursor + (up ? -1 : 1)));
            return new Transition.Stay(withPlan(Optional.of(new PlanList(next))));
        }
        if (key.key() == Msg.TypedKey.HOME || key.key() == Msg.TypedKey.END) {
            return new Transition.Stay(withPlan(Optional.of(new PlanList(key.key() == Msg.TypedKey.HOME ? 0
                    : Math.max(0, rows.size() - 1)))));
        }
        if (key.key() == Msg.TypedKey.ENTER || c == ' ') {
            if (rows.isEmpty()) {
                return new Transition.Stay(this);
            }
            return new Transition.Stay(inPlan ? planEdited(p.removed(cursor), cursor, env)
                    : planEdited(p.added(rows.get(cursor)), n, env));
        }
        if ((key.key() == Msg.TypedKey.DELETE || key.key() == Msg.TypedKey.BACKSPACE || c == 'x') && inPlan) {
            return new Transition.Stay(planEdited(p.removed(cursor), cursor, env));
        }
        if (c == 'p') {
            boolean policy = inPlan && ws.pool().stream().anyMatch(a -> a.id().equals(rows.get(cursor)) && a.policy());
            if (!policy) {
                return new Transition.Stay(notice(env.t("tui.ws.plan_p")));
            }
            PlanText withPolicy = p.withPolicySkeleton(cursor);
            EditBuffer e = withPolicy == p ? editor : editor.replacedBy(withPolicy.text());
            int line = withPolicy.lineOf(cursor) + withPolicy.items().get(cursor).lines().size() - 1;
            e = e.vertical(line - e.row(), false).end(false);
            ChallengeScreen text = withPlan(Optional.empty());
            return new Transition.Stay(text.withEditor(e, env, Optional.of(env.t("tui.ws.plan_policy", rows.get(cursor)))));
        }
        return new Transition.Stay(notice(env.t("tui.ws.plan_keys")));
    }

    private ChallengeScreen planEdited(PlanText p, int cursor, Env env) {
        return withPlan(Optional.of(new PlanList(Math.max(0, cursor))))
                .withEditor(editor.replacedBy(p.text()), env, Optional.empty());
    }

    @Override
    public Transition pasted(String text, Env env) {
        if (overlay.isPresent()) {
            return new Transition.Stay(this);
        }
        ChallengeScreen inEditor = with(editor, Focus.EDITOR, report, error, selected, panelScroll, overlay,
                Optional.empty()).withPlan(Optional.empty()); // a paste is text: the plan shows as text
        return new Transition.Stay(inEditor.withEditor(editor.insert(text), env, Optional.empty()));
    }

    @Override
    public boolean copies() {
        return overlay.isEmpty() && focus == Focus.EDITOR && editor.hasSelection();
    }

    private Transition panelKey(Msg.Typed key, Env env) {
        int cases = report.cases().size();
        if (key.ctrl('o')) {
            return new Transition.Stay(with(editor, Focus.EDITOR, report, error, selected, panelScroll, overlay,
                    Optional.empty()));
        }
        return switch (key.key()) {
            case TAB, F6 -> new Transition.Stay(with(editor, Focus.EDITOR, report, error, selected, panelScroll, overlay,
                    Optional.empty()));
            case ESCAPE -> leave(env);
            case UP -> select(selected - 1, env);
            case DOWN -> select(selected + 1, env);
            case PAGE_UP -> scrollPanel(-Layout.of(env.width(), env.height()).panelRows(), env);
            case PAGE_DOWN -> scrollPanel(Layout.of(env.width(), env.height()).panelRows(), env);
            case HOME -> select(0, env);
            case END -> select(cases - 1, env);
            case ENTER -> cases == 0 ? new Transition.Stay(notice(env.t("tui.ws.no_cases")))
                    : new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.INFO, env.t("tui.ws.case_title", selected + 1,
                    report.cases().get(selected).name()), caseText(selected, env), 0))));
            case CHARACTER -> command(key.character(), env);
            default -> new Transition.Stay(this);
        };
    }

    private String caseText(int index, Env env) {
        var c = report.cases().get(index);
        String verdict = c.pass() ? "✓ " + env.t("tui.ws.case_passes", c.actual())
                : "✗ " + env.t("tui.ws.case_fails", c.expected(), c.actual()) + (c.reason().isEmpty() ? "" : "\n" + c.reason());
        // the name again in the box: the title may be cut with "…" when the name is long
        return c.name() + "\n\n" + ws.caseDetail(index) + "\n\n" + verdict;
    }

    private Transition command(char c, Env env) {
        switch (c) {
            case 'h': {
                // before a first hint that would cost a badge, say so and ask
                Optional<String> warning = ws.hintsLeft() > 0 ? env.app().badges().hintWarning(ws.challenge().id())
                        : Optional.empty();
                if (warning.isPresent()) {
                    return new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.CONFIRM_HINT, env.t("tui.ws.hint_confirm.title"),
                            warning.get() + "\n\n" + env.t("tui.ws.hint_confirm.how"), 0))));
                }
                return hint(env);
            }
            case 'e':
                if (env.workshop()) {
                    return new Transition.Stay(notice(env.t("tui.ws.workshop_editor")));
                }
                Optional<String> unsaved = env.workspaces().saveNow(ws, editor.text());
                if (unsaved.isPresent()) {
                    return new Transition.Stay(notice(unsaved.get()));
                }
                env.requestEdit(new ExternalEdit(ws.challenge().id(), ws.format().suffix(), editor.text(), ws.draftFile()));
                return new Transition.Stay(this);
            case 'l': {
                StringBuilder sb = new StringBuilder();
                for (Finding f : ws.lint(editor.text())) {
                    sb.append("• ").append(f.located(env.app().messages())).append('\n');
                }
                return new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.INFO, env.t("tui.ws.lint_title"), sb.toString(), 0))));
            }
            case 'i':
                return new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.STORY, ws.challenge().title(),
                        storyText(ws, env), 0))));
            case 's':
                return ws.solution().<Transition>map(s -> new Transition.Stay(overlay(Optional.of(
                                new Overlay(Overlay.Kind.SOLUTION, env.t("tui.ws.solution_title"), s, 0)))))
                        .orElse(new Transition.Stay(notice(env.t("tui.ws.solution_later"))));
            case 'g':
                return ws.solution().isPresent() ? command('s', env)
                        : new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.CONFIRM_GIVE_UP, env.t("tui.ws.give_up.title"),
                        env.t("tui.ws.give_up.text"), 0))));
            case 'r':
                return new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.CONFIRM_RESTART, env.t("tui.ws.restart.title"),
                        env.t("tui.ws.restart.text", ws.challenge().id()), 0))));
            case 'L':
                return ws.solution().map(s -> loadSolution(s, env)).orElse(new Transition.Stay(notice(
                        env.t("tui.ws.load_later"))));
            case 'j':
                return select(selected + 1, env);
            case 'k':
                return select(selected - 1, env);
            case 'q':
                return leave(env);
            case '?':
                env.requestHelp();
                return new Transition.Stay(this);
            default:
                return new Transition.Stay(notice(env.t("tui.ws.panel_keys")));
        }
    }

    /** The next hint, counted, in a box over the workspace. */
    private Transition hint(Env env) {
        AtomicReference<Optional<String>> hint = new AtomicReference<>(Optional.empty());
        int before = ws.hintsShown().size();
        if (!env.save(() -> hint.set(ws.nextHint()))) {
            return new Transition.Stay(this);
        }
        if (hint.get().isEmpty()) {
            return new Transition.Stay(notice(ws.challenge().hints().isEmpty() ? env.t("tui.ws.no_hints")
                    : env.t("tui.ws.hints_all_shown")));
        }
        return new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.HINT,
                env.t("tui.ws.hint_title", before + 1, ws.challenge().hints().size()), hint.get().get(), 0))));
    }

    private Transition overlayKey(Msg.Typed key, Env env) {
        Overlay o = overlay.get();
        if (o.kind() == Overlay.Kind.CONFIRM_GIVE_UP || o.kind() == Overlay.Kind.CONFIRM_RESTART
                || o.kind() == Overlay.Kind.CONFIRM_HINT) {
            boolean yes = key.key() == Msg.TypedKey.CHARACTER && (key.character() == 'y' || key.character() == 'Y');
            if (!yes) {
                return new Transition.Stay(overlay(Optional.empty()));
            }
            if (o.kind() == Overlay.Kind.CONFIRM_HINT) {
                return overlay(Optional.empty()).hint(env);
            }
            if (o.kind() == Overlay.Kind.CONFIRM_RESTART) {
                Optional<String> kept = ws.keepVersion(editor.text(), ws.preview(editor.text()))
                        .or(() -> env.workspaces().saveNow(ws, ws.start()));
                if (kept.isPresent()) {
                    env.report(kept.get()); // the draft could not be kept: it stays as it is
                    return new Transition.Stay(overlay(Optional.empty()));
                }
                ChallengeScreen fresh = with(editor.replacedBy(ws.start()), focus, report, error, 0, 0, Optional.empty(),
                        Optional.of(env.t("tui.ws.start_back")));
                return new Transition.Stay(fresh.checked(env).notice(env.t("tui.ws.start_back")));
            }
            String[] solution = new String[1];
            if (!env.save(() -> solution[0] = ws.giveUp())) {
                return new Transition.Stay(overlay(Optional.empty()));
            }
            return new Transition.Stay(overlay(Optional.of(new Overlay(Overlay.Kind.SOLUTION, env.t("tui.ws.solution_title"),
                    solution[0], 0))));
        }
        if (o.kind() == Overlay.Kind.SOLUTION && key.key() == Msg.TypedKey.CHARACTER && key.character() == 'L') {
            return loadSolution(o.text(), env);
        }
        return switch (key.key()) {
            case UP -> new Transition.Stay(overlay(Optional.of(o.scrolled(-1))));
            case DOWN -> new Transition.Stay(overlay(Optional.of(o.scrolled(1))));
            case PAGE_UP -> new Transition.Stay(overlay(Optional.of(o.scrolled(-5))));
            case PAGE_DOWN -> new Transition.Stay(overlay(Optional.of(o.scrolled(5))));
            case CHARACTER -> key.character() == 'j' ? new Transition.Stay(overlay(Optional.of(o.scrolled(1))))
                    : key.character() == 'k' ? new Transition.Stay(overlay(Optional.of(o.scrolled(-1))))
                    : new Transition.Stay(closeOverlay());
            default -> new Transition.Stay(closeOverlay());
        };
    }

    /** The author's solution into the editor; the learner's text stays one Ctrl-Z away. */
    private Transition loadSolution(String solution, Env env) {
        // the learner's own text is kept in the draft's history too, not only one Ctrl-Z away
        ws.keepVersion(editor.text(), ws.preview(editor.text())).ifPresent(env::report);
        ChallengeScreen inEditor = with(editor, Focus.EDITOR, report, error, selected, panelScroll, Optional.empty(),
                Optional.empty());
        ChallengeScreen next = inEditor.withEditor(editor.replacedBy(solution), env, Optional.empty());
        return new Transition.Stay(next.notice(env.t("tui.ws.solution_loaded")));
    }

    private Transition select(int index, Env env) {
        int n = report.cases().size();
        if (n == 0) {
            return new Transition.Stay(this);
        }
        int sel = Math.max(0, Math.min(index, n - 1));
        Layout layout = Layout.of(env.width(), env.height());
        WorkspaceView.Panel panel = WorkspaceView.panel(this, layout.panelWidth(), env.app().messages());
        int ps = Scroll.follow(panelScroll, panel.caseFrom(sel), panel.caseTo(sel), panel.rows().size(), layout.panelRows());
        return new Transition.Stay(with(editor, focus, report, error, sel, ps, overlay, Optional.empty()));
    }

    private Transition scrollPanel(int by, Env env) {
        Layout layout = Layout.of(env.width(), env.height());
        int total = WorkspaceView.panel(this, layout.panelWidth(), env.app().messages()).rows().size();
        return new Transition.Stay(with(editor, focus, report, error, selected,
                Scroll.clamp(panelScroll + by, total, layout.panelRows()), overlay, Optional.empty()));
    }

    /**
     * Leaving saves the draft; when it was changed, it is also checked once (recorded) and kept
     * as a version in its history. A draft that cannot be saved keeps the learner here.
     */
    private Transition leave(Env env) {
        String text = editor.text();
        Optional<String> failed = env.workspaces().saveNow(ws, text);
        if (failed.isPresent()) {
            env.report(failed.get() + " " + env.t("tui.ws.save_failed"));
            return new Transition.Stay(this);
        }
        if (!text.equals(opened)) {
            env.save(() -> (ws.passed() ? ws.keepVersion(text, ws.preview(text)) : ws.checkDraft(text).problem())
                    .ifPresent(env::report));
        }
        return new Transition.Pop();
    }

    /** A save in the learner's own editor (or its closing): take its text and check it. */
    Transition edited(Msg.Edited edited, Env env) {
        if (edited.text().isEmpty()) {
            return new Transition.Stay(notice(edited.note()));
        }
        Layout layout = Layout.of(env.width(), env.height());
        EditBuffer e = editor.replacedBy(edited.text().get()).scrolledFor(layout.editorRows(),
                wrapWidth(env.width(), env.height()));
        env.workspaces().saveNow(ws, edited.text().get()).ifPresent(env::report);
        ChallengeScreen next = with(e, focus, report, error, selected, panelScroll, overlay, Optional.empty()).checked(env);
        // a save in the learner's editor is a deliberate check: kept as a version of the draft
        ws.keepVersion(edited.text().get(), next.error().isPresent() ? ws.preview(edited.text().get()) : next.report())
                .ifPresent(env::report);
        return new Transition.Stay(next.notice().isPresent() ? next : next.notice(edited.note()));
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        // Only reached when keys come as commands (never while this screen is open); Esc leaves.
        return key.command() == Command.BACK || key.command() == Command.QUIT ? leave(env) : new Transition.Stay(this);
    }

    @Override
    public void render(Canvas c) {
        WorkspaceView.render(this, c);
    }

    @Override
    public KeyTable keys() {
        if (overlay.isPresent()) {
            Overlay.Kind k = overlay.get().kind();
            return k == Overlay.Kind.CONFIRM_GIVE_UP || k == Overlay.Kind.CONFIRM_RESTART || k == Overlay.Kind.CONFIRM_HINT
                    ? WorkspaceKeys.CONFIRM
                    : k == Overlay.Kind.SOLUTION ? WorkspaceKeys.SOLUTION : WorkspaceKeys.OVERLAY;
        }
        if (focus == Focus.EDITOR && plan.isPresent()) {
            return WorkspaceKeys.PLAN;
        }
        return focus == Focus.EDITOR ? WorkspaceKeys.EDITOR : WorkspaceKeys.panel(ws.solution().isPresent());
    }
}
