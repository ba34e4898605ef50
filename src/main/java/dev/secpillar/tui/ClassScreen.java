package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.ClassReport;
import dev.secpillar.app.text.Columns;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instructor's live view of the class: a row per learner (lessons, quizzes passed,
 * challenges, badges, hints, and what they are on, flagged when stuck or idle), then the quiz
 * questions the class misses most. State is the last report and the scroll; it draws from that
 * alone, like every screen.
 */
record ClassScreen(ClassReport report, int scroll, Optional<String> problem) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int MISSED_SHOWN = 5;

    ClassScreen withReport(ClassReport r) {
        return new ClassScreen(r, scroll, Optional.empty());
    }

    ClassScreen withProblem(String message) {
        return new ClassScreen(report, scroll, Optional.of(message));
    }

    ClassScreen scrolled(int by, int width, int height, Messages m) {
        int total = rows(width, m).size();
        return new ClassScreen(report, Scroll.clamp(scroll + by, total, Chrome.bodyRows(height)), problem);
    }

    void render(Canvas c) {
        int n = report.learners().size();
        Chrome.header(c, c.t("tui.class.header", n), c.t("tui.class.updated", CLOCK.format(report.at())));
        Chrome.scrolledBody(c, rows(c.width, c.words), scroll, i -> false);
        Chrome.footer(c, List.of(new Chrome.Hint("Enter", c.t("tui.class.open")), new Chrome.Hint("↑↓", c.t("keys.scroll")),
                new Chrome.Hint("q", c.t("keys.quit"))));
        problem.ifPresent(m -> ErrorBanner.render(c, m));
    }

    /** Column headings and the least width of each column's figures ("12/62"). */
    private static final List<String> COLUMNS = List.of("tui.class.lessons", "tui.class.quizzes", "tui.class.challenges",
            "tui.class.badges", "tui.class.hints");
    private static final int[] FIGURES = {7, 7, 10, 6, 5};

    private static int[] widths(Messages m) {
        int[] w = new int[COLUMNS.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(FIGURES[i], Columns.width(m.get(COLUMNS.get(i))));
        }
        return w;
    }

    List<List<Segment>> rows(int width, Messages m) {
        int[] w = widths(m);
        int inner = Chrome.bodyWidth(width);
        int nameWidth = Math.max(4, Math.min(16, report.learners().stream()
                .mapToInt(l -> Columns.width(l.name())).max().orElse(4)));
        List<List<Segment>> rows = new ArrayList<>();
        StringBuilder head = new StringBuilder(Columns.pad(m.get("tui.class.name"), nameWidth));
        for (int i = 0; i < w.length; i++) {
            head.append("  ").append(Columns.pad(m.get(COLUMNS.get(i)), w[i]));
        }
        head.append("  ").append(m.get("tui.class.now"));
        rows.add(Segment.plain(Columns.truncate(head.toString(), inner), Role.TITLE));
        if (report.learners().isEmpty()) {
            rows.add(Segment.plain(m.get("tui.class.nobody"), Role.MUTED));
        }
        for (ClassReport.Standing l : report.learners()) {
            rows.add(learnerRow(l, nameWidth, inner, w, m));
        }
        rows.add(List.of());
        rows.add(Segment.plain(m.get("tui.class.most_missed"), Role.TITLE));
        if (report.mostMissed().isEmpty()) {
            rows.add(Segment.plain(m.get("tui.class.none_wrong"), Role.MUTED));
        }
        for (ClassReport.MissedQuestion q : report.mostMissed().subList(0, Math.min(MISSED_SHOWN, report.mostMissed().size()))) {
            String count = m.get("tui.class.wrong", q.missed() + "/" + q.answered()) + "  ";
            String text = Columns.pad(count, 14) + q.questionId() + "  " + q.prompt().replaceAll("\\s+", " ");
            rows.add(Segment.plain(Columns.truncate(text, inner), q.missed() * 2 >= q.answered() ? Role.WRONG : Role.TEXT));
        }
        return rows;
    }

    private List<Segment> learnerRow(ClassReport.Standing l, int nameWidth, int inner, int[] w, Messages m) {
        String fixed = Columns.pad(Columns.truncate(l.name(), nameWidth), nameWidth)
                + "  " + Columns.pad(l.lessonsDone() + "/" + report.lessonsTotal(), w[0])
                + "  " + Columns.pad(l.quizzesPassed() + "/" + report.quizIds().size(), w[1])
                + "  " + Columns.pad(l.challengesPassed() + "/" + report.challengesTotal(), w[2])
                + "  " + Columns.pad(String.valueOf(l.badges().size()), w[3])
                + "  " + Columns.pad(String.valueOf(l.hintsUsed()), w[4]) + "  ";
        int room = Math.max(0, inner - Columns.width(fixed));
        List<Segment> row = new ArrayList<>();
        row.add(new Segment(Columns.truncate(fixed, inner), Role.TEXT));
        if (l.stuckOn().isPresent()) {
            ClassReport.Stuck s = l.stuckOn().get();
            row.add(new Segment(Columns.truncate("⚠ " + m.get("tui.class.stuck", s.title(), s.failedChecks(), s.hintsUsed()),
                    room), Role.WRONG));
        } else if (l.idleAt(report.at())) {
            String idle = l.lastActive().map(t -> m.get("tui.class.idle", minutes(Duration.between(t, report.at()), m)))
                    .orElse(m.get("tui.class.not_started"));
            row.add(new Segment(Columns.truncate(idle + l.now().map(x -> " · " + x).orElse(""), room), Role.MUTED));
        } else {
            row.add(new Segment(Columns.truncate(l.now().orElse(""), room), Role.TEXT));
        }
        return row;
    }

    private static String minutes(Duration d, Messages words) {
        long m = Math.max(0, d.toMinutes());
        return m < 60 ? words.get("tui.class.minutes", m) : words.get("tui.class.hours", m / 60, m % 60);
    }
}
