package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
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

    private final CourseApp app;
    private final TuiOptions options;
    private final Workspaces workspaces;
    private final Deque<Screen> screens = new ArrayDeque<>();
    private Optional<ExternalEdit> pendingEdit = Optional.empty();
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
        this.workspaces = new Workspaces(app);
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
            banner = Optional.of("There is no quiz \"" + id + "\"; `secpillar list` shows the quiz ids.");
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
            banner = Optional.of(e.getMessage());
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
            banner = Optional.of("There is no lesson \"" + id + "\"; `secpillar list` shows the lesson ids.");
            return;
        }
        Env env = env();
        screens.push(LessonScreen.open(app.course(), module.get(), lesson.get(),
                app.progress(lesson.get()).resumeAt(), env));
        banner = env.error();
    }

    private Env env() {
        return new Env(app, width, height, workspaces);
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
            banner = Optional.of(e.getMessage());
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
            banner = Optional.of(e.getMessage());
            return;
        }
        banner = env.error();
        apply(t);
        collectAwards();
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
            c.put(0, 0, "Terminal too small", Role.NOTICE);
            c.put(0, 1, "need " + MIN_WIDTH + "x" + MIN_HEIGHT, Role.TEXT);
            return;
        }
        Screen screen = screens.peek();
        screen.render(c);
        Chrome.footer(c, screen.keys().footer());
        banner.ifPresent(m -> ErrorBanner.render(c, m));
        if (help) {
            HelpOverlay.render(c, screen.keys());
        }
        if (!awards.isEmpty()) {
            AwardOverlay.render(c, awards.peek(), awards.size() - 1);
        }
    }
}
