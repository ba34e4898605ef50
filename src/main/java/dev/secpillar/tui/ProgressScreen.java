package dev.secpillar.tui;

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
        int total = rows(env.width()).size();
        int page = env.bodyRows();
        return switch (key.command()) {
            case UP -> scrollTo(scroll - 1, total, page);
            case DOWN -> scrollTo(scroll + 1, total, page);
            case PAGE_UP -> scrollTo(scroll - page, total, page);
            case PAGE_DOWN, SPACE -> scrollTo(scroll + page, total, page);
            case TOP -> scrollTo(0, total, page);
            case BOTTOM -> scrollTo(total, total, page);
            case ENTER, NEXT -> openNext(env);
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        };
    }

    private Transition scrollTo(int s, int total, int page) {
        return new Transition.Stay(new ProgressScreen(report, Scroll.clamp(s, total, page)));
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

    private List<List<Segment>> rows(int width) {
        int inner = Chrome.bodyWidth(width);
        int bar = inner >= 70 ? 12 : inner >= 50 ? 8 : 0;
        List<List<Segment>> rows = new ArrayList<>();
        for (ModuleReport m : report.modules()) {
            String count = m.lessonsDone() + "/" + m.lessonsTotal() + " lessons";
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
            rows.add(List.of(new Segment("    " + Columns.truncate(details(m), Math.max(1, inner - 4)), Role.MUTED)));
        }
        rows.add(List.of());
        ProgressReport.Streak st = report.streak();
        rows.addAll(StepView.wrap(st.text(), Role.TEXT, inner));
        rows.add(Segment.plain(Columns.truncate("Badges: " + report.badgesEarned() + " of " + report.badgesTotal()
                + " earned (b on home opens the cabinet)", inner), Role.TEXT));
        rows.add(List.of());
        rows.addAll(StepView.wrap("Next: " + report.next().sentence(), Role.TITLE, inner));
        return rows;
    }

    /** "quiz best 80% ✓ · challenges 1/3 · 2 hints". */
    private static String details(ModuleReport m) {
        List<String> parts = new ArrayList<>();
        for (QuizScore q : m.quizzes()) {
            parts.add(q.bestScore().map(s -> "quiz best " + s + "%" + (q.passed() ? " ✓" : " (pass " + q.quiz().passPercent() + "%)"))
                    .orElse("quiz not taken"));
        }
        if (m.quizzes().isEmpty()) {
            parts.add("no quiz");
        }
        if (!m.challenges().isEmpty()) {
            parts.add(m.challengeText());
        }
        return String.join(" · ", parts);
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, "Progress", report.lessonsDone() + "/" + report.lessonsTotal() + " lessons");
        List<List<Segment>> rows = rows(c.width);
        int bodyRows = Chrome.bodyRows(c.height);
        int s = Scroll.clamp(scroll, rows.size(), bodyRows);
        Chrome.body(c, rows, s, i -> false);
        Chrome.scrollInfo(c, s, rows.size(), bodyRows);
    }

    @Override
    public KeyTable keys() {
        return report.next().kind() == NextStep.Kind.LESSON ? KEYS_NEXT : KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("Progress",
            KeyTable.main("Esc", "back"), KeyTable.main("↑↓", "scroll"), KeyTable.help(),
            KeyTable.more("k j", "scroll a line"), KeyTable.more("keys.k.pgup_pgdn_space", "scroll a page"),
            KeyTable.more("keys.k.home_end", "top, bottom"), KeyTable.more("← b q", "back"));

    static final KeyTable KEYS_NEXT = KeyTable.of("Progress",
            KeyTable.main("Enter", "next lesson"), KeyTable.main("Esc", "back"), KeyTable.main("↑↓", "scroll"),
            KeyTable.help(), KeyTable.more("k j", "scroll a line"), KeyTable.more("keys.k.pgup_pgdn_space", "scroll a page"),
            KeyTable.more("keys.k.home_end", "top, bottom"), KeyTable.more("← b q", "back"));
}
