package dev.secpillar.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.secpillar.app.ClassReport;
import dev.secpillar.app.CourseApp;
import dev.secpillar.record.ProgressException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The instructor's screen in workshop mode: the class, live. It reads a fresh report every
 * {@code every} (from the class database, so it shows learners on every server) and redraws
 * when it changed; Enter opens the course itself (the instructor is a learner too), and leaving
 * the course comes back here. Like {@link TuiLoop}, {@link #drain} and {@link #tick} never block,
 * so tests step it without threads or sleeps.
 */
public final class ClassView {
    private static final long IDLE_MILLIS = 15;

    private final CourseApp app;
    private final Supplier<ClassReport> reports;
    private final Duration every;
    private final Clock clock;
    private final Terminal terminal;
    private final TuiOptions options;
    private final Theme theme;
    private TerminalScreen screen;
    private ClassScreen state;
    /** When to read the class again, on the monotonic clock (the wall clock may be fixed in tests, or jump). */
    private long nextRefreshNanos;
    private boolean finished;
    private boolean courseWanted;
    /** Why the last report could not be read, shown in the banner until one can. */
    private Optional<String> problem = Optional.empty();

    ClassView(CourseApp app, Supplier<ClassReport> reports, Duration every, Clock clock, Terminal terminal,
              TuiOptions options) {
        this.app = app;
        this.reports = reports;
        this.every = every;
        this.clock = clock;
        this.terminal = terminal;
        this.options = options;
        this.theme = Theme.of(options.colour());
    }

    /** Runs until the instructor quits; the caller owns (and closes) the terminal. */
    public static void run(CourseApp app, Supplier<ClassReport> reports, Duration every, Clock clock, Terminal terminal,
                           TuiOptions options) throws IOException {
        ClassView view = new ClassView(app, reports, every, clock, terminal, options);
        view.start();
        try {
            while (!view.finished()) {
                if (view.courseWanted) {
                    view.openCourse();
                    continue;
                }
                boolean busy = view.drain();
                busy |= view.tick();
                if (!busy && !pause()) {
                    break;
                }
            }
        } finally {
            view.stop();
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(IDLE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void start() throws IOException {
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        if (state == null) {
            state = new ClassScreen(fetch().orElseGet(() -> ClassReport.of(app.course(), java.util.List.of(), clock.instant())),
                    0, Optional.empty());
            problem.ifPresent(m -> state = state.withProblem(m));
        }
        nextRefreshNanos = System.nanoTime() + every.toNanos();
        draw();
    }

    private Optional<ClassReport> fetch() {
        try {
            problem = Optional.empty();
            return Optional.of(reports.get());
        } catch (ProgressException e) {
            problem = Optional.of(app.messages().get("tui.class.stale", e.message(app.messages())));
            return Optional.empty();
        }
    }

    boolean finished() {
        return finished;
    }

    boolean courseWanted() {
        return courseWanted;
    }

    ClassScreen state() {
        return state;
    }

    /** Handles the keys and resizes waiting; true when there were any. */
    boolean drain() throws IOException {
        boolean any = false;
        while (!finished && !courseWanted) {
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                any = true;
                continue;
            }
            KeyStroke key = screen.pollInput();
            if (key == null) {
                break;
            }
            any = true;
            key(key);
        }
        if (any && !finished && !courseWanted) {
            draw();
        }
        return any;
    }

    private void key(KeyStroke key) {
        TerminalSize size = screen.getTerminalSize();
        if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == 'c') {
            courseWanted = true;
            return;
        }
        KeyMap.translate(key).ifPresent(msg -> {
            if (msg instanceof Msg.Interrupt) {
                finished = true;
            } else if (msg instanceof Msg.Key k) {
                switch (k.command()) {
                    case QUIT, BACK -> finished = true;
                    case ENTER -> courseWanted = true;
                    case UP -> state = state.scrolled(-1, size.getColumns(), size.getRows(), app.messages());
                    case DOWN -> state = state.scrolled(1, size.getColumns(), size.getRows(), app.messages());
                    case PAGE_UP -> state = state.scrolled(-Chrome.bodyRows(size.getRows()), size.getColumns(), size.getRows(), app.messages());
                    case PAGE_DOWN, SPACE -> state = state.scrolled(Chrome.bodyRows(size.getRows()), size.getColumns(),
                            size.getRows(), app.messages());
                    default -> { }
                }
            }
        });
    }

    /** Reads a fresh report when it is time; true when the screen changed. */
    boolean tick() throws IOException {
        if (finished || System.nanoTime() - nextRefreshNanos < 0) {
            return false;
        }
        return refresh();
    }

    /** Reads a fresh report now; true when the screen changed. */
    boolean refresh() throws IOException {
        nextRefreshNanos = System.nanoTime() + every.toNanos();
        ClassScreen before = state;
        Optional<ClassReport> report = fetch();
        state = report.map(state::withReport).orElseGet(() -> state.withProblem(problem.orElse("")));
        boolean changed = !sameView(before, state);
        if (changed) {
            draw();
        }
        return changed;
    }

    /** The report's time alone changing is not worth a redraw of every learner's screen line. */
    private static boolean sameView(ClassScreen a, ClassScreen b) {
        return a.problem().equals(b.problem()) && a.report().learners().equals(b.report().learners())
                && a.report().mostMissed().equals(b.report().mostMissed())
                && a.report().at().getEpochSecond() / 60 == b.report().at().getEpochSecond() / 60;
    }

    /** Leaves the class view for the course on the same terminal, and comes back when it is left. */
    void openCourse() throws IOException {
        courseWanted = false;
        screen.stopScreen();
        Tui.run(app, terminal, options);
        if (Thread.currentThread().isInterrupted()) {
            finished = true;
            return;
        }
        start();
        refresh();
    }

    void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        TuiLoop.blank(screen);
        Canvas c = new Canvas(screen, theme, size.getColumns(), size.getRows(), app.messages());
        if (c.width < TuiApp.MIN_WIDTH || c.height < TuiApp.MIN_HEIGHT) {
            c.put(0, 0, c.t("tui.too_small"), Role.NOTICE);
        } else {
            state.render(c);
        }
        screen.refresh();
    }

    void stop() throws IOException {
        if (screen != null) {
            screen.stopScreen();
            terminal.setCursorVisible(true);
            terminal.flush();
        }
    }
}
