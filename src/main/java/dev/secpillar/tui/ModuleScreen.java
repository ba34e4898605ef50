package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.QuizStanding;
import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A module's lessons in order, ✓ for the done ones, then the module's quiz with the best score;
 * Enter opens a lesson where the learner left it, or starts the quiz.
 */
record ModuleScreen(Module module, int number, List<Entry> lessons, Optional<QuizStanding> quiz, int selected,
                    int scroll) implements Screen {

    /** A lesson as the list shows it. */
    record Entry(Lesson lesson, boolean done, boolean started) {}

    ModuleScreen {
        lessons = List.copyOf(lessons);
    }

    static ModuleScreen of(Module module, int number, CourseApp app) {
        return load(module, number, app, firstUnfinished(module, app), 0);
    }

    private static int firstUnfinished(Module module, CourseApp app) {
        List<Lesson> ls = module.lessons();
        for (int i = 0; i < ls.size(); i++) {
            if (!app.isDone(ls.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static ModuleScreen load(Module module, int number, CourseApp app, int selected, int scroll) {
        List<Entry> entries = module.lessons().stream()
                .map(l -> {
                    var p = app.progress(l);
                    return new Entry(l, p.done(), !p.stepsSeen().isEmpty());
                })
                .toList();
        QuizService quizzes = new QuizService(app);
        Optional<QuizStanding> quiz = quizzes.quizOf(module.id()).map(quizzes::standing);
        int count = entries.size() + (quiz.isPresent() ? 1 : 0);
        return new ModuleScreen(module, number, entries, quiz, Math.max(0, Math.min(selected, count - 1)), scroll);
    }

    /** Selectable entries: the lessons, then the quiz. */
    private int count() {
        return lessons.size() + (quiz.isPresent() ? 1 : 0);
    }

    /** Body row of entry {@code index}: the quiz sits after the lessons and a blank row. */
    private int rowOf(int index, int width) {
        return firstLessonRow(width) + index + (index >= lessons.size() ? 1 : 0);
    }

    @Override
    public Screen refreshed(CourseApp app) {
        return load(module, number, app, selected, scroll);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        return switch (key.command()) {
            case UP -> select(selected - 1, env);
            case DOWN -> select(selected + 1, env);
            case PAGE_UP, TOP -> select(0, env);
            case PAGE_DOWN, BOTTOM -> select(count() - 1, env);
            case ENTER, NEXT -> open(env);
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        };
    }

    private Transition select(int index, Env env) {
        if (count() == 0) {
            return new Transition.Stay(this);
        }
        int s = Math.max(0, Math.min(index, count() - 1));
        List<List<Segment>> rows = rows(env.width());
        int row = rowOf(s, env.width());
        int newScroll = Scroll.follow(scroll, s == 0 ? 0 : row, row, rows.size(), env.bodyRows());
        return new Transition.Stay(new ModuleScreen(module, number, lessons, quiz, s, newScroll));
    }

    private Transition open(Env env) {
        if (count() == 0) {
            return new Transition.Stay(this);
        }
        if (selected >= lessons.size()) {
            return new Transition.Push(QuizScreen.start(quiz.orElseThrow().quiz(), env));
        }
        Lesson lesson = lessons.get(selected).lesson();
        CourseApp app = env.app();
        return new Transition.Push(LessonScreen.open(app.course(), module, lesson, app.progress(lesson).resumeAt(), env));
    }

    private List<StyledLine> summary(int width) {
        return module.summary().isBlank() ? List.of() : MarkupLayout.layout(module.summary(), Chrome.bodyWidth(width));
    }

    private int firstLessonRow(int width) {
        List<StyledLine> s = summary(width);
        return s.isEmpty() ? 0 : s.size() + 1;
    }

    private List<List<Segment>> rows(int width) {
        int inner = Chrome.bodyWidth(width);
        List<List<Segment>> rows = new ArrayList<>();
        List<StyledLine> s = summary(width);
        s.forEach(l -> rows.add(Segment.row(l)));
        if (!s.isEmpty()) {
            rows.add(List.of());
        }
        if (lessons.isEmpty()) {
            rows.add(Segment.plain("No lessons in this module yet.", Role.MUTED));
        }
        int numberWidth = String.valueOf(lessons.size()).length();
        for (int i = 0; i < lessons.size(); i++) {
            Entry e = lessons.get(i);
            String mark = e.done() ? "✓ " : e.started() ? "… " : "  ";
            String num = String.format("%" + numberWidth + "d. ", i + 1);
            String minutes = e.lesson().minutes() > 0 ? e.lesson().minutes() + " min" : "";
            int room = Math.max(4, inner - 2 - Columns.width(num) - (minutes.isEmpty() ? 0 : Columns.width(minutes) + 2));
            List<Segment> row = new ArrayList<>();
            row.add(new Segment(mark, e.done() ? Role.RIGHT : Role.MUTED));
            row.add(new Segment(num, Role.MUTED));
            row.add(new Segment(Columns.pad(Columns.truncate(e.lesson().title(), room), room), Role.TEXT));
            if (!minutes.isEmpty()) {
                row.add(new Segment("  " + minutes, Role.MUTED));
            }
            rows.add(row);
        }
        quiz.ifPresent(q -> {
            rows.add(List.of());
            String score = q.bestScore().map(b -> "best " + b + "%" + (q.passed() ? " ✓" : "")).orElse("not taken");
            String meta = q.quiz().questions().size() + " questions · " + score;
            int room = Math.max(4, inner - 2 - Columns.width(meta) - 2);
            rows.add(List.of(new Segment(q.passed() ? "✓ " : "  ", q.passed() ? Role.RIGHT : Role.MUTED),
                    new Segment(Columns.pad(Columns.truncate("Quiz: " + q.quiz().title(), room), room), Role.TITLE),
                    new Segment("  " + meta, Role.MUTED)));
        });
        return rows;
    }

    @Override
    public void render(Canvas c) {
        long done = lessons.stream().filter(Entry::done).count();
        Chrome.header(c, "Module " + number + " · " + module.title(), done + "/" + lessons.size() + " lessons");
        List<List<Segment>> rows = rows(c.width);
        int bodyRows = Chrome.bodyRows(c.height);
        int row = rowOf(selected, c.width);
        int s = Scroll.follow(Scroll.clamp(scroll, rows.size(), bodyRows), selected == 0 ? 0 : row, row,
                rows.size(), bodyRows);
        Chrome.body(c, rows, s, i -> count() > 0 && i == row);
        Chrome.scrollInfo(c, s, rows.size(), bodyRows);
    }

    static final KeyTable KEYS = KeyTable.of("Module",
            KeyTable.main("Enter", "open"), KeyTable.main("↑↓", "move"), KeyTable.main("Esc", "back"), KeyTable.help(),
            KeyTable.more("k j", "move"), KeyTable.more("→ n", "open"), KeyTable.more("Home End", "first, last"),
            KeyTable.more("← b q", "back"));

    @Override
    public KeyTable keys() {
        return KEYS;
    }
}
