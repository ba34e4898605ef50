package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.ClassReport;
import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.record.ProgressException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "leaderboard")
final class LeaderboardCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = new java.time.format.DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').appendPattern("HH:mm").toFormatter()
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC-URL")
    String db;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json")
        boolean json;

        @Option(names = "--csv")
        boolean csv;
    }

    @Override
    public Integer call() throws Exception {
        try (CourseContext ctx = main.context()) {
            var course = ctx.course();
            Messages m = ctx.messages();
            ClassReport report;
            try (ClassDatabase database = open(ctx.dataDir(), m)) {
                report = ClassReport.of(course, database.everyone(), Clock.systemUTC().instant(), m);
            } catch (ProgressException e) {
                throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(report)));
            } else if (format.csv) {
                csv(report, out);
            } else {
                text(report, out, m);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private ClassDatabase open(Path dataDir, Messages m) {
        if (db != null) {
            return ClassDatabase.open(db);
        }
        Path file = dataDir.resolve(ClassDatabase.SQLITE_FILE);
        if (!Files.exists(file)) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.release.no_workshop", dataDir, ClassDatabase.SQLITE_FILE));
        }
        return ClassDatabase.openSqlite(dataDir);
    }

    private static ObjectNode json(ClassReport report) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("generatedAt", report.at().toString());
        root.put("lessonsTotal", report.lessonsTotal());
        root.put("challengesTotal", report.challengesTotal());
        report.quizIds().forEach(root.putArray("quizzes")::add);
        ArrayNode learners = root.putArray("learners");
        int rank = 1;
        for (ClassReport.Standing s : report.learners()) {
            ObjectNode n = learners.addObject();
            n.put("rank", rank++);
            n.put("name", s.name());
            n.put("lessonsDone", s.lessonsDone());
            ObjectNode quizzes = n.putObject("quizBest");
            s.quizBest().forEach(quizzes::put);
            n.put("quizzesPassed", s.quizzesPassed());
            n.put("challengesPassed", s.challengesPassed());
            s.badges().forEach(n.putArray("badges")::add);
            n.put("hintsUsed", s.hintsUsed());
            s.stuckOn().ifPresent(st -> n.put("stuckOn", st.challengeId()));
            if (s.lastActive().isPresent()) {
                n.put("lastActive", s.lastActive().get().toString());
            } else {
                n.putNull("lastActive");
            }
        }
        ArrayNode missed = root.putArray("mostMissed");
        for (ClassReport.MissedQuestion q : report.mostMissed()) {
            ObjectNode n = missed.addObject();
            n.put("question", q.questionId());
            n.put("quiz", q.quizId());
            n.put("missed", q.missed());
            n.put("answered", q.answered());
        }
        return root;
    }

    private static void csv(ClassReport report, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("rank", "name", "lessons_done", "lessons_total", "quizzes_passed"));
        report.quizIds().forEach(id -> header.add("quiz_best_" + id));
        header.addAll(List.of("challenges_passed", "badges", "badge_ids", "hints_used", "last_active"));
        out.print(String.join(",", header.stream().map(LeaderboardCommand::cell).toList()) + "\r\n");
        int rank = 1;
        for (ClassReport.Standing s : report.learners()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rank++), s.name(), String.valueOf(s.lessonsDone()),
                    String.valueOf(report.lessonsTotal()), String.valueOf(s.quizzesPassed())));
            report.quizIds().forEach(id -> row.add(s.quizBest().containsKey(id) ? String.valueOf(s.quizBest().get(id)) : ""));
            row.addAll(List.of(String.valueOf(s.challengesPassed()), String.valueOf(s.badges().size()),
                    String.join(" ", s.badges()), String.valueOf(s.hintsUsed()),
                    s.lastActive().map(Object::toString).orElse("")));
            out.print(row.stream().map(LeaderboardCommand::cell).collect(Collectors.joining(",")) + "\r\n");
        }
    }

    /**
     * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (=, +, -, @,
     * tab, CR) gets a leading apostrophe, so a name can never become a formula.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void text(ClassReport report, PrintWriter out, Messages m) {
        if (report.learners().isEmpty()) {
            out.println(m.get("cli.leaderboard.nobody"));
            return;
        }
        String name = m.get("cli.leaderboard.col.name");
        int nameWidth = Math.max(Columns.width(name),
                report.learners().stream().mapToInt(s -> Columns.width(clean(s.name()))).max().orElse(4));
        // Each column is as wide as its English heading was, or as the heading in this language.
        String lessons = m.get("cli.leaderboard.col.lessons");
        String quizzesHead = m.get("cli.leaderboard.col.quizzes");
        String challenges = m.get("cli.leaderboard.col.challenges");
        String badges = m.get("cli.leaderboard.col.badges");
        String hints = m.get("cli.leaderboard.col.hints");
        int wl = Math.max(7, Columns.width(lessons));
        int wq = Math.max(24, Columns.width(quizzesHead));
        int wc = Math.max(10, Columns.width(challenges));
        int wb = Math.max(6, Columns.width(badges));
        int wh = Math.max(5, Columns.width(hints));
        out.println(String.format("%-4s  ", "#") + Columns.pad(name, nameWidth) + "  " + Columns.pad(lessons, wl)
                + "  " + Columns.pad(quizzesHead, wq) + "  " + Columns.pad(challenges, wc) + "  " + Columns.pad(badges, wb)
                + "  " + Columns.pad(hints, wh) + "  " + m.get("cli.leaderboard.col.last_active"));
        int rank = 1;
        for (ClassReport.Standing s : report.learners()) {
            String quizzes = s.quizzesPassed() + "/" + report.quizIds().size()
                    + (s.quizBest().isEmpty() ? "" : " (" + s.quizBest().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
            out.println(String.format("%-4d  ", rank++) + Columns.pad(clean(s.name()), nameWidth)
                    + "  " + Columns.pad(s.lessonsDone() + "/" + report.lessonsTotal(), wl)
                    + "  " + Columns.pad(Columns.truncate(quizzes, wq), wq)
                    + "  " + Columns.pad(s.challengesPassed() + "/" + report.challengesTotal(), wc)
                    + "  " + Columns.pad(String.valueOf(s.badges().size()), wb)
                    + "  " + Columns.pad(String.valueOf(s.hintsUsed()), wh)
                    + "  " + s.lastActive().map(WHEN::format).orElse(m.get("cli.leaderboard.never")));
        }
        if (!report.mostMissed().isEmpty()) {
            out.println();
            out.println(m.get("cli.leaderboard.most_missed"));
            report.mostMissed().stream().limit(5).forEach(q -> out.println("  " + m.get("cli.leaderboard.wrong",
                    String.valueOf(q.missed()), String.valueOf(q.answered())) + "  " + q.questionId() + "  "
                    + Columns.truncate(clean(q.prompt()).replaceAll("\\s+", " "), 60)));
        }
    }

    /** Names come from the database; whatever is in it, nothing reaches the terminal raw. */
    private static String clean(String text) {
        return Sanitizer.cleanLine(text);
    }
}
