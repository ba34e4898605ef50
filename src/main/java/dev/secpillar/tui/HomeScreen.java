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
        return ReadingKeys.select(key, selected, count(), s -> select(s, env), () -> switch (key.command()) {
            case ENTER, NEXT -> open(env);
            case AGAIN -> due > 0 ? new Transition.Push(ReviewScreen.start(env)) : new Transition.Stay(this);
            // home has no step to go back to, so its b is the badge cabinet (← still does nothing)
            case PREVIOUS -> key.typed() == 'b' ? new Transition.Push(BadgeCabinetScreen.of(env.app())) : new Transition.Stay(this);
            case PROGRESS -> new Transition.Push(ProgressScreen.of(env.app()));
            case LETTER -> language(key.typed(), env);
            case QUIT -> new Transition.Quit();
            default -> new Transition.Stay(this);
        });
    }

    /** L: the course and the interface in the other language, remembered for the next start. */
    private Transition language(char typed, Env env) {
        if (typed == 'L' || typed == 'l') {
            env.requestLanguage();
        }
        return new Transition.Stay(this);
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
        Chrome.header(c, title, c.t("tui.home.lessons_done", done, total));
        List<List<Segment>> rows = rows(c);
        int bodyRows = Chrome.bodyRows(c.height);
        int row = rowOf(selected);
        int s = Scroll.follow(Scroll.clamp(scroll, rows.size(), bodyRows), selected == 0 ? 0 : row, row,
                rows.size(), bodyRows);
        Chrome.body(c, rows, s, i -> count() > 0 && i == row);
        Chrome.scrollInfo(c, s, rows.size(), bodyRows);
    }

    private List<List<Segment>> rows(Canvas c) {
        int inner = Chrome.bodyWidth(c.width);
        List<List<Segment>> rows = new ArrayList<>();
        if (challenge.isPresent()) {
            String label = "▶ " + c.t("tui.home.continue") + " ";
            String kind = " " + c.t("tui.home.continue.challenge");
            rows.add(List.of(new Segment(label, Role.TITLE), new Segment(Columns.truncate(challenge.get().title(),
                    Math.max(4, inner - Columns.width(label) - Columns.width(kind))), Role.BOLD), new Segment(kind, Role.MUTED)));
        } else if (next.isPresent()) {
            String label = "▶ " + c.t("tui.home.continue") + " ";
            rows.add(List.of(new Segment(label, Role.TITLE),
                    new Segment(Columns.truncate(next.get().title(), inner - Columns.width(label)), Role.BOLD)));
        } else if (total > 0) {
            rows.add(Segment.plain(Columns.truncate("✓ " + c.t("tui.home.all_done"), inner), Role.RIGHT));
        } else {
            rows.add(Segment.plain(c.t("tui.home.no_lessons"), Role.MUTED));
        }
        if (due > 0) {
            String label = "↻ " + c.t("tui.home.review") + " ";
            rows.add(List.of(new Segment(label, Role.TITLE), new Segment(c.t("tui.home.review.due", due), Role.BOLD),
                    new Segment(Columns.truncate("  " + c.t("tui.home.review.note"), Math.max(0, inner - 20)), Role.MUTED)));
        }
        rows.add(List.of());
        int countWidth = modules.stream().mapToInt(m -> Columns.width(count(m, c))).max().orElse(0);
        int numberWidth = String.valueOf(modules.size()).length();
        for (int i = 0; i < modules.size(); i++) {
            rows.add(moduleRow(i + 1, numberWidth, modules.get(i), countWidth, inner, c));
        }
        return rows;
    }

    private static String count(ModuleProgress m, Canvas c) {
        return c.t("tui.home.lessons_done", m.lessonsDone(), m.lessonsTotal());
    }

    /** " 2  Identity and access management ···  ████░░░░  1/4 lessons", fitted to the width. */
    private static List<Segment> moduleRow(int number, int numberWidth, ModuleProgress m, int countWidth, int inner,
                                           Canvas c) {
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
        row.add(new Segment(count(m, c), m.complete() ? Role.RIGHT : Role.TEXT));
        return row;
    }

    /** Home has no step to go back to: its b is the badge cabinet; L switches the language. */
    static final KeyTable KEYS = KeyTable.of("keys.title.home",
            KeyTable.main("Enter", "keys.open"), KeyTable.main("↑↓", "keys.select"),
            KeyTable.main("b", "keys.badges"), KeyTable.main("p", "keys.progress"),
            KeyTable.main("L", "keys.language.other"), KeyTable.help(), KeyTable.main("q", "keys.quit"),
            KeyTable.more("k j", "keys.select"), KeyTable.more("→ n", "keys.open"), KeyTable.more("keys.k.home_end", "keys.first_last"));

    /** The same with r, when missed questions are due for review. */
    static final KeyTable KEYS_DUE = KeyTable.of("keys.title.home",
            KeyTable.main("Enter", "keys.open"), KeyTable.main("↑↓", "keys.select"), KeyTable.main("r", "keys.review_due"),
            KeyTable.main("b", "keys.badges"), KeyTable.main("p", "keys.progress"),
            KeyTable.main("L", "keys.language.other"), KeyTable.help(), KeyTable.main("q", "keys.quit"),
            KeyTable.more("k j", "keys.select"), KeyTable.more("→ n", "keys.open"), KeyTable.more("keys.k.home_end", "keys.first_last"));

    @Override
    public KeyTable keys() {
        return due > 0 ? KEYS_DUE : KEYS;
    }
}
