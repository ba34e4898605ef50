package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.i18n.Language;
import dev.secpillar.record.ProgressException;
import java.util.ArrayDeque;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The whole TUI as a state machine, with no terminal: {@link #handle} takes a message to the
 * next state, {@link #render} draws the current one. The open screens form a stack (home at
 * the bottom; Esc pops); the help overlay and the error banner sit on top of whichever is open.
 */
final class TuiApp {
    /** Below this the frame cannot hold a header, a line of body and the footer. */
    static final int MIN_WIDTH = 20;
    static final int MIN_HEIGHT = 6;

    private CourseApp app;
    private final TuiOptions options;
    private Workspaces workspaces;
    private final Deque<Screen> screens = new ArrayDeque<>();
    private Optional<ExternalEdit> pendingEdit = Optional.empty();
    /** Messages from other threads (the watch on a draft open in the learner's editor). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Msg> arrivals = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private int width;
    private int height;
    private boolean help;
    private Optional<String> banner = Optional.empty();
    private final Deque<BadgeStatus> awards = new ArrayDeque<>();
    private final BracketedPaste.Collector paste = new BracketedPaste.Collector();
    private boolean finished;
    private boolean interrupted;

    TuiApp(CourseApp app, TuiOptions options, int width, int height) {
        this.app = app;
        this.options = options;
        this.workspaces = new Workspaces(app, options.drafts());
        this.width = width;
        this.height = height;
        screens.push(HomeScreen.of(app));
        options.lessonId().ifPresent(this::openLesson);
        options.quizId().ifPresent(id -> openQuiz(id, options.seed()));
        if (options.review()) {
            openFirst(ReviewScreen::start);
        }
        options.challengeId().ifPresent(this::openChallenge);
        collectAwards(); // badges the course gained since the last run, awarded at start
    }

    private void openChallenge(String id) {
        Env env = env();
        ChallengeScreen.open(id, env).ifPresent(screens::push);
        banner = env.error();
    }

    private void openQuiz(String id, Optional<Long> seed) {
        Optional<dev.secpillar.course.Quiz> quiz = app.course().quiz(id);
        if (quiz.isEmpty()) {
            banner = Optional.of(app.messages().get("tui.no_quiz", id));
            return;
        }
        // a seed replays one sitting exactly; without one, a sitting left half-way is offered first
        openFirst(env -> seed.isPresent() ? QuizScreen.start(quiz.get(), seed, env) : QuizScreen.open(quiz.get(), env));
    }

    /** Opens a screen over home at start; a record that cannot be written becomes the banner. */
    private void openFirst(java.util.function.Function<Env, Screen> open) {
        Env env = env();
        try {
            screens.push(open.apply(env));
            banner = env.error();
        } catch (ProgressException e) {
            banner = Optional.of(e.message(app.messages()));
        }
    }

    /** Badges the last action earned, queued to be shown one at a time over the screen. */
    private void collectAwards() {
        awards.addAll(app.badges().takeNew());
    }

    /** The badge being announced, if any. */
    Optional<BadgeStatus> award() {
        return Optional.ofNullable(awards.peek());
    }

    private void openLesson(String id) {
        Optional<Lesson> lesson = app.course().lesson(id);
        Optional<Module> module = lesson.flatMap(l -> app.course().module(l.moduleId()));
        if (lesson.isEmpty() || module.isEmpty()) {
            banner = Optional.of(app.messages().get("tui.no_lesson", id));
            return;
        }
        Env env = env();
        screens.push(LessonScreen.open(app.course(), module.get(), lesson.get(),
                app.progress(lesson.get()).resumeAt(), env));
        banner = env.error();
    }

    private Env env() {
        return new Env(app, width, height, workspaces).inWorkshop(options.workshop());
    }

    /** Saves the drafts whose time has come; true when a failure is now in the banner (redraw). */
    boolean saveDueDrafts() {
        Optional<String> failed = workspaces.saveDue();
        if (failed.isEmpty() || failed.equals(banner)) {
            return false; // a failure already on screen is not drawn again on every round
        }
        banner = failed;
        return true;
    }

    /** Saves every unsaved draft: the way out (quit, Ctrl-C, a signal, the session ending). */
    Optional<String> saveAllDrafts() {
        return workspaces.saveAll();
    }

    /** Hands a message to the loop from another thread; it is handled on the loop's next round. */
    void post(Msg msg) {
        arrivals.add(msg);
    }

    /** The next message posted from another thread, or null. */
    Msg arrival() {
        return arrivals.poll();
    }

    /** True inside tmux: a terminal editor gets a pane beside the workspace. */
    boolean tmux() {
        return options.tmux();
    }

    /** True in a served session, where the learner's own editor never runs. */
    boolean workshop() {
        return options.workshop();
    }

    /** The learner's editor for challenge answers (empty when $VISUAL and $EDITOR are unset). */
    List<String> editorCommand() {
        return options.editor();
    }

    /** A request for the learner's own editor made by the last key, once. */
    Optional<ExternalEdit> takeEdit() {
        Optional<ExternalEdit> e = pendingEdit;
        pendingEdit = Optional.empty();
        return e;
    }

    /** A key from the terminal: as typed for a screen that takes text, else as a command. */
    void key(KeyStroke stroke) {
        if (stroke instanceof BracketedPaste.Mark || paste.collecting()) {
            paste.take(stroke).ifPresent(text -> handle(new Msg.Paste(text)));
            return;
        }
        boolean text = takesText();
        (text ? KeyMap.typed(stroke) : KeyMap.translate(stroke)).ifPresent(this::handle);
    }

    private boolean takesText() {
        return !help && awards.isEmpty() && screens.peek().takesText();
    }

    boolean finished() {
        return finished;
    }

    /** Ended by Ctrl-C or end of input rather than by q. */
    boolean interrupted() {
        return interrupted;
    }

    Screen screen() {
        return screens.peek();
    }

    /** The interface words of the language the learner reads in now. */
    dev.secpillar.i18n.Messages messages() {
        return app.messages();
    }

    boolean helpShown() {
        return help;
    }

    Optional<String> banner() {
        return banner;
    }

    void handle(Msg msg) {
        if (msg instanceof Msg.Interrupt) {
            finished = true;
            interrupted = true;
        } else if (msg instanceof Msg.Resize r) {
            width = r.columns();
            height = r.rows();
        } else if (msg instanceof Msg.Key key) {
            key(key);
        } else if (msg instanceof Msg.Paste pasted) {
            if (takesText()) {
                banner = Optional.empty();
                run(env -> screens.peek().pasted(pasted.text(), env));
            }
        } else if (msg instanceof Msg.Typed typed) {
            if (typed.ctrl('c') && !(awards.isEmpty() && screens.peek().copies())) {
                handle(new Msg.Interrupt()); // Ctrl-C quits, unless the editor has a selection to copy
                return;
            }
            if (!awards.isEmpty()) {
                awards.poll(); // the key that closes an award does nothing else
                return;
            }
            banner = Optional.empty();
            run(env -> screens.peek().typed(typed, env));
        } else if (msg instanceof Msg.Edited edited && screens.peek() instanceof ChallengeScreen workspace) {
            run(env -> workspace.edited(edited, env));
        }
    }

    /** Runs a screen's update with a fresh environment, then applies what it asked for. */
    private void run(java.util.function.Function<Env, Transition> update) {
        Env env = env();
        Transition t;
        try {
            t = update.apply(env);
        } catch (ProgressException e) {
            banner = Optional.of(e.message(app.messages()));
            return;
        }
        banner = env.error();
        pendingEdit = env.editRequest();
        help = env.helpRequested();
        apply(t);
        collectAwards();
    }

    private void key(Msg.Key key) {
        if (!awards.isEmpty()) {
            awards.poll(); // the key that closes an award does nothing else
            return;
        }
        if (help) {
            help = false;
            return;
        }
        banner = Optional.empty();
        if (key.command() == Command.HELP) {
            help = true;
            return;
        }
        Env env = env();
        Transition t;
        try {
            t = screens.peek().update(key, env);
        } catch (ProgressException e) {
            banner = Optional.of(e.message(app.messages()));
            return;
        }
        banner = env.error();
        apply(t);
        if (env.languageRequested()) {
            switchLanguage();
        }
        collectAwards();
    }

    /**
     * The course and the interface in the next language, at once: drafts are saved first, the
     * open screens are shown again from the new course (home only: L is a home key), and the
     * choice is kept in the learner's settings by the launcher's {@link dev.secpillar.app.LanguageSwitch}.
     */
    private void switchLanguage() {
        if (options.languages().isEmpty()) {
            banner = Optional.of(app.messages().get("tui.language.fixed"));
            return;
        }
        Language[] all = Language.values();
        Language next = all[(app.messages().language().ordinal() + 1) % all.length];
        workspaces.saveAll();
        CourseApp switched;
        try {
            switched = options.languages().get().switchTo(next);
        } catch (RuntimeException e) {
            // a course that cannot load in that language, a record that cannot be written: say so, stay as we are
            banner = Optional.of(app.messages().get("tui.language.failed", e.getMessage()));
            return;
        }
        app = switched;
        workspaces = workspaces.over(switched);
        Env env = env();
        Deque<Screen> shown = new ArrayDeque<>();
        while (!screens.isEmpty()) {
            shown.push(screens.pop().refreshed(env));
        }
        while (!shown.isEmpty()) {
            screens.push(shown.pop());
        }
    }

    private void apply(Transition t) {
        if (t instanceof Transition.Stay s) {
            screens.pop();
            screens.push(s.screen());
        } else if (t instanceof Transition.Push p) {
            screens.push(p.screen());
        } else if (t instanceof Transition.Replace r) {
            screens.pop();
            screens.push(r.screen());
        } else if (t instanceof Transition.Pop) {
            if (screens.size() > 1) {
                screens.pop();
                screens.push(screens.pop().refreshed(env()));
            }
        } else if (t instanceof Transition.Quit) {
            finished = true;
        }
    }

    void render(Canvas c) {
        if (c.width < MIN_WIDTH || c.height < MIN_HEIGHT) {
            c.put(0, 0, c.t("tui.too_small"), Role.NOTICE);
            c.put(0, 1, c.t("tui.too_small.need", MIN_WIDTH + "x" + MIN_HEIGHT), Role.TEXT);
            return;
        }
        Screen screen = screens.peek();
        screen.render(c);
        KeyTable keys = screen.keys().in(app.messages());
        Chrome.footer(c, keys.footer());
        banner.ifPresent(m -> ErrorBanner.render(c, m));
        if (help) {
            HelpOverlay.render(c, keys);
        }
        if (!awards.isEmpty()) {
            AwardOverlay.render(c, awards.peek(), awards.size() - 1);
        }
    }
}
