package dev.secpillar.tui;

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

    ClassScreen scrolled(int by, int width, int height) {
        int total = rows(width).size();
        return new ClassScreen(report, Scroll.clamp(scroll + by, total, Chrome.bodyRows(height)), problem);
    }

    void render(Canvas c) {
        int n = report.learners().size();
        Chrome.header(c, "Class · " + n + (n == 1 ? " learner" : " learners"), "updated " + CLOCK.format(report.at()));
        List<List<Segment>> rows = rows(c.width);
        int s = Scroll.clamp(scroll, rows.size(), Chrome.bodyRows(c.height));
        Chrome.body(c, rows, s, i -> false);
        Chrome.scrollInfo(c, s, rows.size(), Chrome.bodyRows(c.height));
        Chrome.footer(c, List.of(new Chrome.Hint("Enter", "open the course"), new Chrome.Hint("↑↓", "scroll"),
                new Chrome.Hint("q", "quit")));
        problem.ifPresent(m -> ErrorBanner.render(c, m));
    }

    List<List<Segment>> rows(int width) {
        int inner = Chrome.bodyWidth(width);
        int nameWidth = Math.max(4, Math.min(16, report.learners().stream()
                .mapToInt(l -> Columns.width(l.name())).max().orElse(4)));
        List<List<Segment>> rows = new ArrayList<>();
        String head = Columns.pad("Name", nameWidth) + "  Lessons  Quizzes  Challenges  Badges  Hints  Now";
        rows.add(Segment.plain(Columns.truncate(head, inner), Role.TITLE));
        if (report.learners().isEmpty()) {
            rows.add(Segment.plain("Nobody has logged in yet.", Role.MUTED));
        }
        for (ClassReport.Standing l : report.learners()) {
            rows.add(learnerRow(l, nameWidth, inner));
        }
        rows.add(List.of());
        rows.add(Segment.plain("Most missed quiz questions", Role.TITLE));
        if (report.mostMissed().isEmpty()) {
            rows.add(Segment.plain("No quiz answer is wrong yet.", Role.MUTED));
        }
        for (ClassReport.MissedQuestion q : report.mostMissed().subList(0, Math.min(MISSED_SHOWN, report.mostMissed().size()))) {
            String count = q.missed() + "/" + q.answered() + " wrong  ";
            String text = Columns.pad(count, 14) + q.questionId() + "  " + q.prompt().replaceAll("\\s+", " ");
            rows.add(Segment.plain(Columns.truncate(text, inner), q.missed() * 2 >= q.answered() ? Role.WRONG : Role.TEXT));
        }
        return rows;
    }

    private List<Segment> learnerRow(ClassReport.Standing l, int nameWidth, int inner) {
        String fixed = Columns.pad(Columns.truncate(l.name(), nameWidth), nameWidth)
                + "  " + Columns.pad(l.lessonsDone() + "/" + report.lessonsTotal(), 7)
                + "  " + Columns.pad(l.quizzesPassed() + "/" + report.quizIds().size(), 7)
                + "  " + Columns.pad(l.challengesPassed() + "/" + report.challengesTotal(), 10)
                + "  " + Columns.pad(String.valueOf(l.badges().size()), 6)
                + "  " + Columns.pad(String.valueOf(l.hintsUsed()), 5) + "  ";
        int room = Math.max(0, inner - Columns.width(fixed));
        List<Segment> row = new ArrayList<>();
        row.add(new Segment(Columns.truncate(fixed, inner), Role.TEXT));
        if (l.stuckOn().isPresent()) {
            ClassReport.Stuck s = l.stuckOn().get();
            row.add(new Segment(Columns.truncate("⚠ stuck: " + s.title() + " (" + s.failedChecks() + " checks, "
                    + s.hintsUsed() + " hints)", room), Role.WRONG));
        } else if (l.idleAt(report.at())) {
            String idle = l.lastActive().map(t -> "idle " + minutes(Duration.between(t, report.at()))).orElse("not started");
            row.add(new Segment(Columns.truncate(idle + l.now().map(x -> " · " + x).orElse(""), room), Role.MUTED));
        } else {
            row.add(new Segment(Columns.truncate(l.now().orElse(""), room), Role.TEXT));
        }
        return row;
    }

    private static String minutes(Duration d) {
        long m = Math.max(0, d.toMinutes());
        return m < 60 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
    }
}
