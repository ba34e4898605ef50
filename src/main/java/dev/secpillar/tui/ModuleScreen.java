package dev.secpillar.tui;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeStanding;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.QuizStanding;
import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Step;
import dev.secpillar.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A module's lessons in order, ✓ for the done ones; its challenges with their kind, status and
 * an estimate of the time they take; then the module's quiz with the best score. Enter opens a
 * lesson where the learner left it, a challenge's workspace, or the quiz.
 */
record ModuleScreen(Module module, int number, List<Entry> lessons, List<ChallengeStanding> challenges,
                    Optional<QuizStanding> quiz, int selected, int scroll) implements Screen {

    /** A lesson as the list shows it. */
    record Entry(Lesson lesson, boolean done, boolean started) {}

    ModuleScreen {
        lessons = List.copyOf(lessons);
        challenges = List.copyOf(challenges);
    }

    static ModuleScreen of(Module module, int number, Env env) {
        return load(module, number, env, firstUnfinished(module, env.app()), 0);
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

    private static ModuleScreen load(Module module, int number, Env env, int selected, int scroll) {
        CourseApp app = env.app();
        List<Entry> entries = module.lessons().stream()
                .map(l -> {
                    var p = app.progress(l);
                    return new Entry(l, p.done(), !p.stepsSeen().isEmpty());
                })
                .toList();
        QuizService quizzes = new QuizService(app);
        Optional<QuizStanding> quiz = quizzes.quizOf(module.id()).map(quizzes::standing);
        List<ChallengeStanding> challenges = new ChallengeService(app).standings(module, env.workspaces()::draft);
        int count = entries.size() + challenges.size() + (quiz.isPresent() ? 1 : 0);
        return new ModuleScreen(module, number, entries, challenges, quiz, Math.max(0, Math.min(selected, count - 1)),
                scroll);
    }

    /** Selectable entries: the lessons, the challenges, then the quiz. */
    private int count() {
        return lessons.size() + challenges.size() + (quiz.isPresent() ? 1 : 0);
    }

    /** Body row of entry {@code index}: the challenges and the quiz each sit after a blank row. */
    private int rowOf(int index, int width) {
        int row = firstLessonRow(width) + index;
        if (index >= lessons.size() && !challenges.isEmpty()) {
            row += 2; // a blank row and the "Challenges" heading
        }
        if (index >= lessons.size() + challenges.size()) {
            row++;
        }
        return row;
    }

    @Override
    public Screen refreshed(Env env) {
        return load(module, number, env, selected, scroll);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        return ReadingKeys.select(key, selected, count(), s -> select(s, env), () -> switch (key.command()) {
            case ENTER, NEXT -> open(env);
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        });
    }

    private Transition select(int index, Env env) {
        if (count() == 0) {
            return new Transition.Stay(this);
        }
        int s = Math.max(0, Math.min(index, count() - 1));
        List<List<Segment>> rows = rows(env.width(), env.app().messages());
        int row = rowOf(s, env.width());
        int newScroll = Scroll.follow(scroll, s == 0 ? 0 : row, row, rows.size(), env.bodyRows());
        return new Transition.Stay(new ModuleScreen(module, number, lessons, challenges, quiz, s, newScroll));
    }

    private Transition open(Env env) {
        if (count() == 0) {
            return new Transition.Stay(this);
        }
        if (selected >= lessons.size() + challenges.size()) {
            return new Transition.Push(QuizScreen.open(quiz.orElseThrow().quiz(), env));
        }
        if (selected >= lessons.size()) {
            return ChallengeScreen.open(challenges.get(selected - lessons.size()).challenge().id(), env)
                    .<Transition>map(Transition.Push::new).orElse(new Transition.Stay(this));
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

    private List<List<Segment>> rows(int width, Messages m) {
        int inner = Chrome.bodyWidth(width);
        List<List<Segment>> rows = new ArrayList<>();
        List<StyledLine> s = summary(width);
        s.forEach(l -> rows.add(Segment.row(l)));
        if (!s.isEmpty()) {
            rows.add(List.of());
        }
        if (lessons.isEmpty()) {
            rows.add(Segment.plain(m.get("tui.module.no_lessons"), Role.MUTED));
        }
        int numberWidth = String.valueOf(lessons.size()).length();
        for (int i = 0; i < lessons.size(); i++) {
            Entry e = lessons.get(i);
            String mark = e.done() ? "✓ " : e.started() ? "… " : "  ";
            String num = String.format("%" + numberWidth + "d. ", i + 1);
            String minutes = minutes(e.lesson(), m);
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
        if (!challenges.isEmpty()) {
            rows.add(List.of());
            rows.add(Segment.plain(m.get("tui.module.challenges"), Role.TITLE));
        }
        // The title is what the learner chooses by: when one would be cut, the kind (also on each
        // challenge's own screen) is left out of every row, so the column stays aligned.
        boolean shortMeta = challenges.stream().anyMatch(c -> Columns.width(c.challenge().title())
                > inner - 4 - Columns.width(m.get("tui.module.challenge_meta", c.kindText(m), c.statusText(m), c.minutes())));
        for (ChallengeStanding c : challenges) {
            String meta = shortMeta ? m.get("tui.module.challenge_meta_short", c.statusText(m), c.minutes())
                    : m.get("tui.module.challenge_meta", c.kindText(m), c.statusText(m), c.minutes());
            int room = Math.max(4, inner - 2 - Columns.width(meta) - 2);
            rows.add(List.of(new Segment(c.passed() ? "✓ " : c.unfinished() ? "… " : "  ",
                            c.passed() ? Role.RIGHT : Role.MUTED),
                    new Segment(Columns.pad(Columns.truncate(c.challenge().title(), room), room), Role.TEXT),
                    new Segment("  " + meta, Role.MUTED)));
        }
        quiz.ifPresent(q -> {
            rows.add(List.of());
            String score = q.bestScore().map(b -> m.get("tui.module.quiz_best", b) + (q.passed() ? " ✓" : ""))
                    .orElse(m.get("tui.module.quiz_not_taken"));
            String meta = m.get("tui.module.quiz_meta", q.quiz().questions().size(),
                    q.resumeAt().map(n -> m.get("tui.module.quiz_resume", n)).orElse(score));
            int room = Math.max(4, inner - 2 - Columns.width(meta) - 2);
            rows.add(List.of(new Segment(q.passed() ? "✓ " : "  ", q.passed() ? Role.RIGHT : Role.MUTED),
                    new Segment(Columns.pad(Columns.truncate(m.get("tui.module.quiz_title", q.quiz().title()), room), room), Role.TITLE),
                    new Segment("  " + meta, Role.MUTED)));
        });
        return rows;
    }

    /** "7 min", or "7+15 min" when the lesson holds a challenge (its own estimate added). */
    private String minutes(Lesson lesson, Messages m) {
        int challengeMinutes = lesson.steps().stream()
                .filter(st -> st instanceof Step.ChallengeStep)
                .map(st -> ((Step.ChallengeStep) st).challengeId())
                .mapToInt(id -> challenges.stream().filter(c -> c.challenge().id().equals(id))
                        .mapToInt(ChallengeStanding::minutes).findFirst().orElse(0))
                .sum();
        if (lesson.minutes() <= 0 && challengeMinutes == 0) {
            return "";
        }
        return challengeMinutes == 0 ? m.get("tui.module.minutes", lesson.minutes())
                : m.get("tui.module.minutes_with_challenge", lesson.minutes(), challengeMinutes);
    }

    @Override
    public void render(Canvas c) {
        long done = lessons.stream().filter(Entry::done).count();
        Chrome.header(c, c.t("tui.module.header", number, module.title()), c.t("tui.home.lessons_done", done, lessons.size()));
        List<List<Segment>> rows = rows(c.width, c.words);
        int bodyRows = Chrome.bodyRows(c.height);
        int row = rowOf(selected, c.width);
        int s = Scroll.follow(Scroll.clamp(scroll, rows.size(), bodyRows), selected == 0 ? 0 : row, row,
                rows.size(), bodyRows);
        Chrome.body(c, rows, s, i -> count() > 0 && i == row);
        Chrome.scrollInfo(c, s, rows.size(), bodyRows);
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.module",
            KeyTable.main("Enter", "keys.open"), KeyTable.main("↑↓", "keys.select"), KeyTable.main("Esc", "keys.back"),
            KeyTable.help(), KeyTable.more("k j", "keys.select"), KeyTable.more("→ n", "keys.open"),
            KeyTable.more("keys.k.home_end", "keys.first_last"), KeyTable.more("← b q", "keys.back"));

    @Override
    public KeyTable keys() {
        return KEYS;
    }
}
