package dev.secpillar.tui;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.ModuleProgress;
import dev.secpillar.app.text.Columns;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Home: "Continue: next lesson" at the top, "Review: N due" when missed quiz questions are due,
 * then the modules in course order with a progress bar and a lesson count. The selectable rows
 * are the continue line (when there is a lesson left), the review line (when cards are due; r
 * opens it from anywhere on this screen) and each module.
 */
record HomeScreen(String title, Optional<Lesson> next, Optional<Challenge> challenge, int due, List<ModuleProgress> modules, int done, int total,
                  int selected, int scroll) implements Screen {

    HomeScreen {
        modules = List.copyOf(modules);
    }

    static HomeScreen of(CourseApp app) {
        return load(app, 0, 0);
    }

    private static HomeScreen load(CourseApp app, int selected, int scroll) {
        List<ModuleProgress> modules = app.modules();
        int total = modules.stream().mapToInt(ModuleProgress::lessonsTotal).sum();
        Optional<Lesson> next = app.continueLesson();
        Optional<Challenge> challenge = new ChallengeService(app).unfinished();
        int due = new dev.secpillar.app.QuizService(app).dueCount();
        int count = modules.size() + (next.isPresent() || challenge.isPresent() ? 1 : 0) + (due > 0 ? 1 : 0);
        return new HomeScreen(app.course().title(), next, challenge, due, modules, app.lessonsDone(), total,
                Math.max(0, Math.min(selected, count - 1)), scroll);
    }

    @Override
    public Screen refreshed(Env env) {
        CourseApp app = env.app();
        return load(app, selected, scroll);
    }

    /** A continue line: an unfinished challenge first, else the next lesson. */
    private boolean hasContinue() {
        return next.isPresent() || challenge.isPresent();
    }

    private int offset() {
        return (hasContinue() ? 1 : 0) + (due > 0 ? 1 : 0);
    }

    /** The entry of the review line, or -1 when nothing is due. */
    private int reviewEntry() {
        return due > 0 ? (hasContinue() ? 1 : 0) : -1;
    }

    /** Body row of the first module: after the continue line, the review line and a blank row. */
    private int firstModuleRow() {
        return due > 0 ? 3 : 2;
    }

    private int count() {
        return modules.size() + offset();
    }

    /** Body row of a selectable entry: the continue line is row 0, the review line row 1, then the modules. */
    private int rowOf(int entry) {
        if (hasContinue() && entry == 0) {
            return 0;
        }
        if (entry == reviewEntry()) {
            return 1;
        }
        return firstModuleRow() + entry - offset();
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        return switch (key.command()) {
            case UP -> select(selected - 1, env);
            case DOWN -> select(selected + 1, env);
            case PAGE_UP, TOP -> select(0, env);
            case PAGE_DOWN, BOTTOM -> select(count() - 1, env);
            case ENTER, NEXT -> open(env);
            case AGAIN -> due > 0 ? new Transition.Push(ReviewScreen.start(env)) : new Transition.Stay(this);
            // home has no step to go back to, so its b is the badge cabinet (← still does nothing)
            case PREVIOUS -> key.typed() == 'b' ? new Transition.Push(BadgeCabinetScreen.of(env.app())) : new Transition.Stay(this);
            case PROGRESS -> new Transition.Push(ProgressScreen.of(env.app()));
            case QUIT -> new Transition.Quit();
            default -> new Transition.Stay(this);
        };
    }

    private Transition select(int entry, Env env) {
        int s = Math.max(0, Math.min(entry, count() - 1));
        int row = rowOf(s);
        int newScroll = Scroll.follow(scroll, s == 0 ? 0 : row, row, rowCount(), env.bodyRows());
        return new Transition.Stay(new HomeScreen(title, next, challenge, due, modules, done, total, s, newScroll));
    }

    private int rowCount() {
        return firstModuleRow() + modules.size();
    }

    private Transition open(Env env) {
        if (count() == 0) {
            return new Transition.Stay(this);
        }
        CourseApp app = env.app();
        if (challenge.isPresent() && selected == 0) {
            return ChallengeScreen.open(challenge.get().id(), env).<Transition>map(Transition.Push::new)
                    .orElse(new Transition.Stay(this));
        }
        if (hasContinue() && selected == 0) {
            Lesson lesson = next.get();
            return app.course().module(lesson.moduleId())
                    .<Transition>map(m -> new Transition.Push(
                            LessonScreen.open(app.course(), m, lesson, app.progress(lesson).resumeAt(), env)))
                    .orElse(new Transition.Stay(this));
        }
        if (selected == reviewEntry()) {
            return new Transition.Push(ReviewScreen.start(env));
        }
        int index = selected - offset();
        return new Transition.Push(ModuleScreen.of(modules.get(index).module(), index + 1, env));
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, title, done + "/" + total + " lessons");
        List<List<Segment>> rows = rows(c.width);
        int bodyRows = Chrome.bodyRows(c.height);
        int row = rowOf(selected);
        int s = Scroll.follow(Scroll.clamp(scroll, rows.size(), bodyRows), selected == 0 ? 0 : row, row,
                rows.size(), bodyRows);
        Chrome.body(c, rows, s, i -> count() > 0 && i == row);
        Chrome.scrollInfo(c, s, rows.size(), bodyRows);
    }

    private List<List<Segment>> rows(int width) {
        int inner = Chrome.bodyWidth(width);
        List<List<Segment>> rows = new ArrayList<>();
        if (challenge.isPresent()) {
            String label = "▶ Continue: ";
            String kind = " (challenge)";
            rows.add(List.of(new Segment(label, Role.TITLE), new Segment(Columns.truncate(challenge.get().title(),
                    Math.max(4, inner - Columns.width(label) - Columns.width(kind))), Role.BOLD), new Segment(kind, Role.MUTED)));
        } else if (next.isPresent()) {
            String label = "▶ Continue: ";
            rows.add(List.of(new Segment(label, Role.TITLE),
                    new Segment(Columns.truncate(next.get().title(), inner - Columns.width(label)), Role.BOLD)));
        } else if (total > 0) {
            rows.add(Segment.plain(Columns.truncate("✓ Every lesson done. Well done!", inner), Role.RIGHT));
        } else {
            rows.add(Segment.plain("No lessons yet.", Role.MUTED));
        }
        if (due > 0) {
            String label = "↻ Review: ";
            rows.add(List.of(new Segment(label, Role.TITLE), new Segment(due + " due", Role.BOLD),
                    new Segment(Columns.truncate("  (missed quiz questions; r)", Math.max(0, inner - 20)), Role.MUTED)));
        }
        rows.add(List.of());
        int countWidth = modules.stream().mapToInt(m -> Columns.width(count(m))).max().orElse(0);
        int numberWidth = String.valueOf(modules.size()).length();
        for (int i = 0; i < modules.size(); i++) {
            rows.add(moduleRow(i + 1, numberWidth, modules.get(i), countWidth, inner));
        }
        return rows;
    }

    private static String count(ModuleProgress m) {
        return m.lessonsDone() + "/" + m.lessonsTotal() + " lessons";
    }

    /** " 2  Identity and access management ···  ████░░░░  1/4 lessons", fitted to the width. */
    private static List<Segment> moduleRow(int number, int numberWidth, ModuleProgress m, int countWidth, int inner) {
        int bar = inner >= 70 ? 12 : inner >= 56 ? 10 : inner >= 44 ? 6 : 0;
        String num = String.format("%" + numberWidth + "d  ", number);
        int right = (bar > 0 ? bar + 2 : 0) + countWidth + 2;
        int titleRoom = Math.max(4, inner - Columns.width(num) - right);
        List<Segment> row = new ArrayList<>();
        row.add(new Segment(num, Role.MUTED));
        row.add(new Segment(Columns.pad(Columns.truncate(m.module().title(), titleRoom), titleRoom), Role.TEXT));
        row.add(new Segment("  ", Role.TEXT));
        if (bar > 0) {
            int filled = (int) Math.round(m.fraction() * bar);
            row.add(new Segment("█".repeat(filled), Role.BAR_DONE));
            row.add(new Segment("░".repeat(bar - filled), Role.BAR_TODO));
            row.add(new Segment("  ", Role.TEXT));
        }
        row.add(new Segment(count(m), m.complete() ? Role.RIGHT : Role.TEXT));
        return row;
    }

    /** Home has no step to go back to: its b is the badge cabinet. */
    static final KeyTable KEYS = KeyTable.of("Home",
            KeyTable.main("Enter", "open"), KeyTable.main("↑↓", "move"),
            KeyTable.main("b", "badges"), KeyTable.main("p", "progress"), KeyTable.help(), KeyTable.main("q", "quit"),
            KeyTable.more("k j", "move"), KeyTable.more("→ n", "open"), KeyTable.more("Home End", "first, last"));

    /** The same with r, when missed questions are due for review. */
    static final KeyTable KEYS_DUE = KeyTable.of("Home",
            KeyTable.main("Enter", "open"), KeyTable.main("↑↓", "move"), KeyTable.main("r", "review the due questions"),
            KeyTable.main("b", "badges"), KeyTable.main("p", "progress"), KeyTable.help(), KeyTable.main("q", "quit"),
            KeyTable.more("k j", "move"), KeyTable.more("→ n", "open"), KeyTable.more("Home End", "first, last"));

    @Override
    public KeyTable keys() {
        return due > 0 ? KEYS_DUE : KEYS;
    }
}
