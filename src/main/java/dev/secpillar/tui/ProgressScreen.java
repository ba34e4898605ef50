package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;

import dev.secpillar.app.CourseApp;
import dev.secpillar.app.NextStep;
import dev.secpillar.app.ProgressReport;
import dev.secpillar.app.ProgressReport.ModuleReport;
import dev.secpillar.app.ProgressReport.QuizScore;
import dev.secpillar.app.text.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's progress: each module's lessons, quiz best score, challenges and hints used;
 * the streak; badges; and the next recommended step, which Enter opens when it is a lesson.
 */
record ProgressScreen(ProgressReport report, int scroll) implements Screen {

    static ProgressScreen of(CourseApp app) {
        return new ProgressScreen(ProgressReport.of(app), 0);
    }

    @Override
    public Screen refreshed(Env env) {
        CourseApp app = env.app();
        return new ProgressScreen(ProgressReport.of(app), scroll);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        int total = rows(env.width(), env.app().messages()).size();
        return ReadingKeys.scroll(key, env, scroll, total, this::scrollTo, () -> switch (key.command()) {
            case ENTER, NEXT -> openNext(env);
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        });
    }

    /** The screen scrolled to {@code s}, a scroll already kept within the body. */
    private Transition scrollTo(int s) {
        return new Transition.Stay(new ProgressScreen(report, s));
    }

    private Transition openNext(Env env) {
        NextStep next = report.next();
        CourseApp app = env.app();
        if (next.kind() != NextStep.Kind.LESSON) {
            return new Transition.Stay(this);
        }
        return app.course().lesson(next.id())
                .flatMap(l -> app.course().module(l.moduleId()).map(m -> (Transition) new Transition.Push(
                        LessonScreen.open(app.course(), m, l, app.progress(l).resumeAt(), env))))
                .orElse(new Transition.Stay(this));
    }

    private List<List<Segment>> rows(int width, Messages words) {
        int inner = Chrome.bodyWidth(width);
        int bar = inner >= 70 ? 12 : inner >= 50 ? 8 : 0;
        List<List<Segment>> rows = new ArrayList<>();
        for (ModuleReport m : report.modules()) {
            String count = words.get("tui.home.lessons_done", m.lessonsDone(), m.lessonsTotal());
            int room = Math.max(4, inner - Columns.width(count) - 2 - (bar > 0 ? bar + 2 : 0));
            List<Segment> row = new ArrayList<>();
            row.add(new Segment(Columns.pad(Columns.truncate(m.module().title(), room), room) + "  ", Role.BOLD));
            if (bar > 0) {
                int filled = (int) Math.round((double) m.lessonsDone() / Math.max(1, m.lessonsTotal()) * bar);
                row.add(new Segment("█".repeat(filled), Role.BAR_DONE));
                row.add(new Segment("░".repeat(bar - filled), Role.BAR_TODO));
                row.add(new Segment("  ", Role.TEXT));
            }
            boolean complete = m.lessonsTotal() > 0 && m.lessonsDone() == m.lessonsTotal();
            row.add(new Segment(count, complete ? Role.RIGHT : Role.TEXT));
            rows.add(row);
            rows.add(List.of(new Segment("    " + Columns.truncate(details(m, words), Math.max(1, inner - 4)), Role.MUTED)));
        }
        rows.add(List.of());
        ProgressReport.Streak st = report.streak();
        rows.addAll(StepView.wrap(st.text(words), Role.TEXT, inner));
        rows.add(Segment.plain(Columns.truncate(words.get("tui.progress.badges", report.badgesEarned(), report.badgesTotal()), inner), Role.TEXT));
        rows.add(List.of());
        rows.addAll(StepView.wrap(words.get("tui.done.next", report.next().sentence(words)), Role.TITLE, inner));
        return rows;
    }

    /** "quiz best 80% ✓ · challenges 1/3 · 2 hints". */
    private static String details(ModuleReport m, Messages words) {
        List<String> parts = new ArrayList<>();
        for (QuizScore q : m.quizzes()) {
            parts.add(q.bestScore().map(s -> words.get("plain.quiz_best", s)
                            + (q.passed() ? " ✓" : " " + words.get("tui.progress.pass_mark", q.quiz().passPercent())))
                    .orElse(words.get("plain.quiz_not_taken")));
        }
        if (m.quizzes().isEmpty()) {
            parts.add(words.get("tui.progress.no_quiz"));
        }
        if (!m.challenges().isEmpty()) {
            parts.add(m.challengeText(words));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, c.t("keys.title.progress"), c.t("tui.home.lessons_done", report.lessonsDone(), report.lessonsTotal()));
        Chrome.scrolledBody(c, rows(c.width, c.words), scroll, i -> false);
    }

    @Override
    public KeyTable keys() {
        return report.next().kind() == NextStep.Kind.LESSON ? KEYS_NEXT : KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.progress",
            KeyTable.main("Esc", "keys.back"), KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(),
            KeyTable.more("k j", "keys.scroll_line"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q", "keys.back"));

    static final KeyTable KEYS_NEXT = KeyTable.of("keys.title.progress",
            KeyTable.main("Enter", "keys.next_lesson"), KeyTable.main("Esc", "keys.back"), KeyTable.main("↑↓", "keys.scroll"),
            KeyTable.help(), KeyTable.more("k j", "keys.scroll_line"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q", "keys.back"));
}
