package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.ProgressReport;
import dev.secpillar.app.ProgressReport.ChallengeStanding;
import dev.secpillar.app.ProgressReport.ModuleReport;
import dev.secpillar.app.ProgressReport.QuizScore;
import dev.secpillar.badge.BadgeStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "progress")
final class ProgressCommand extends ReportCommand<ProgressCommand.Facts> {
    @Override
    ProgressCommand.Facts gather(CourseContext ctx) {
        CourseApp app = ctx.app();
        return new Facts(app, ProgressReport.of(app));
    }

    /** What the report is made of. */
    record Facts(CourseApp app, ProgressReport report) {}

    @Override
    void printText(Facts facts, PrintWriter out) {
        printText(facts.app(), facts.report(), out);
    }

    @Override
    ObjectNode toJson(Facts facts) {
        return toJson(facts.app(), facts.report());
    }

    private static void printText(CourseApp app, ProgressReport r, PrintWriter out) {
        Messages words = app.messages();
        out.println(words.get("cli.progress.lessons", r.lessonsDone(), r.lessonsTotal()));
        int width = r.modules().stream().mapToInt(m -> m.module().title().length()).max().orElse(0);
        for (ModuleReport m : r.modules()) {
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s %s %d/%d", m.module().title(),
                    bar((double) m.lessonsDone() / Math.max(1, m.lessonsTotal()), 20), m.lessonsDone(), m.lessonsTotal()));
            for (QuizScore q : m.quizzes()) {
                line.append("  ").append(q.bestScore().map(s -> words.get(q.passed() ? "cli.progress.quiz_passed" : "cli.progress.quiz", s))
                        .orElse(words.get("cli.progress.quiz_not_taken")));
            }
            if (!m.challenges().isEmpty()) {
                line.append("  ").append(m.challengeText(app.messages()));
            }
            out.println(line);
        }
        out.println(r.streak().text(words));
        String badges = words.get("cli.progress.badges", r.badgesEarned(), r.badgesTotal());
        out.println(app.badges().earned().isEmpty() ? badges : words.get("cli.progress.badges_named", badges,
                String.join(", ", app.badges().earned().stream().map(b -> b.badge().name()).toList())));
        int due = new QuizService(app).dueCount();
        if (due > 0) {
            out.println(words.get("cli.progress.review", due));
        }
        out.println(words.get("cli.progress.next", r.next().sentence(words)));
        out.println(words.get("cli.progress.kept_in", app.storeLocation()));
    }

    private static ObjectNode toJson(CourseApp app, ProgressReport r) {
        ObjectNode root = Json.object();
        root.put("dataFile", app.storeLocation());
        root.put("lessonsDone", r.lessonsDone());
        root.put("lessonsTotal", r.lessonsTotal());
        app.continueLesson().ifPresent(l -> root.put("next", l.id()));
        ObjectNode next = root.putObject("nextStep");
        next.put("kind", r.next().kind().name().toLowerCase(java.util.Locale.ROOT));
        next.put("id", r.next().id());
        next.put("title", r.next().title());
        next.put("command", r.next().command());
        ObjectNode streak = root.putObject("streak");
        streak.put("current", r.streak().current());
        streak.put("longest", r.streak().longest());
        streak.put("activeDays", r.streak().activeDays());
        ArrayNode mods = root.putArray("modules");
        for (ModuleReport m : r.modules()) {
            ObjectNode n = mods.addObject();
            n.put("id", m.module().id());
            n.put("title", m.module().title());
            n.put("lessonsDone", m.lessonsDone());
            n.put("lessonsTotal", m.lessonsTotal());
            ArrayNode done = n.putArray("done");
            m.module().lessons().stream().filter(app::isDone).forEach(l -> done.add(l.id()));
            ArrayNode quizzes = n.putArray("quizzes");
            for (QuizScore q : m.quizzes()) {
                ObjectNode qn = quizzes.addObject();
                qn.put("id", q.quiz().id());
                q.bestScore().ifPresentOrElse(s -> qn.put("bestScore", s), () -> qn.putNull("bestScore"));
                qn.put("passPercent", q.quiz().passPercent());
                qn.put("passed", q.passed());
                qn.put("attempts", q.attempts());
                // Each sitting's seed replays it: secpillar quiz ID --seed N.
                ArrayNode sittings = qn.putArray("sittings");
                for (var a : app.snapshot().attempts(q.quiz().id())) {
                    ObjectNode sn = sittings.addObject();
                    sn.put("startedAt", a.startedAt().toString());
                    sn.put("seed", a.seed());
                    sn.put("answered", a.answers().size());
                    a.scorePercent().ifPresentOrElse(sc -> sn.put("scorePercent", sc), () -> sn.putNull("scorePercent"));
                    sn.put("passed", a.passed());
                }
            }
            n.put("challengesPassed", m.challengesPassed());
            n.put("challengesTotal", m.challenges().size());
            n.put("hintsUsed", m.hintsUsed());
            ArrayNode challenges = n.putArray("challenges");
            for (ChallengeStanding c : m.challenges()) {
                ObjectNode cn = challenges.addObject();
                cn.put("id", c.challenge().id());
                cn.put("passed", c.passed());
                cn.put("hintsUsed", c.hintsUsed());
                cn.put("gaveUp", c.gaveUp());
                cn.put("checks", c.checks());
            }
        }
        root.put("reviewsDue", new QuizService(app).dueCount());
        ObjectNode badges = root.putObject("badges");
        badges.put("earnedCount", r.badgesEarned());
        badges.put("total", r.badgesTotal());
        ArrayNode earned = badges.putArray("earned");
        for (BadgeStatus b : app.badges().earned()) {
            ObjectNode bn = earned.addObject();
            bn.put("id", b.badge().id());
            bn.put("name", b.badge().name());
            bn.put("earnedAt", b.earnedAt().get().toString());
        }
        return root;
    }

    static String bar(double fraction, int width) {
        int filled = (int) Math.round(fraction * width);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
}
