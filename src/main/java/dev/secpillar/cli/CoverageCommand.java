package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.Coverage;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.PillarMapLoader;
import dev.secpillar.content.TranslationReport;
import dev.secpillar.i18n.Language;
import java.util.Optional;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "coverage")
final class CoverageCommand extends ReportCommand<CoverageCommand.Facts> {
    /** Best-practice coverage, and with --lang how much of the course that language covers. */
    record Facts(Coverage coverage, Optional<TranslationReport> translation) {}

    @Override
    Facts gather(CourseContext ctx) {
        Coverage cov = Coverage.of(ctx.course(), PillarMapLoader.load());
        Optional<TranslationReport> tr = Optional.empty();
        if (ctx.language() != Language.EN) {
            String code = ctx.language().code();
            tr = Optional.ofNullable(CourseLoader.check(ctx.contentRoot(), List.of(), code).translations().get(code));
        }
        return new Facts(cov, tr);
    }

    @Override
    int exitCode(Facts facts) {
        return facts.coverage().complete() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    @Override
    void printText(Facts facts, PrintWriter out) {
        printCoverage(facts.coverage(), out, m);
        facts.translation().ifPresent(t -> printTranslation(t, out, m));
    }

    private static void printTranslation(TranslationReport t, PrintWriter out, Messages m) {
        out.println();
        out.println(m.get("coverage.translation.title", t.language()));
        out.println(String.format("  %-20s %-16s %-12s %-12s %-12s %s", m.get("cli.coverage.col.module"),
                m.get("cli.coverage.col.texts"), m.get("cli.coverage.col.lessons"), m.get("cli.coverage.col.questions"),
                m.get("cli.coverage.col.challenges"), m.get("cli.coverage.col.badges")));
        for (TranslationReport.Row r : t.rows()) {
            printRow(r, out);
        }
        printRow(t.total(), out);
    }

    private static void printRow(TranslationReport.Row r, PrintWriter out) {
        out.println(String.format("  %-20s %-16s %-12s %-12s %-12s %s", r.module(), counts(r.texts()), counts(r.lessons()),
                counts(r.questions()), counts(r.challenges()), counts(r.badges())));
    }

    private static String counts(TranslationReport.Counts c) {
        if (c.total() == 0) {
            return "-";
        }
        return c.translated() + "/" + c.total() + (c.stale() > 0 ? " (" + c.stale() + ")" : "");
    }

    private static void printCoverage(Coverage cov, PrintWriter out, Messages m) {
        for (Coverage.Area a : cov.areas()) {
            out.println(a.name());
            for (Coverage.Question q : a.questions()) {
                out.println("  " + q.title());
                for (Coverage.Practice p : q.practices()) {
                    out.printf("    %s %s %s %s%n", p.covered() ? "ok  " : "MISS", p.id(), p.title(), m.get("cli.coverage.risk", p.risk()));
                    out.printf("         %s%n", m.get("cli.coverage.lessons", list(p.lessons())));
                    out.printf("         %s%n", m.get("cli.coverage.questions", p.quizQuestions().size(), p.questionsNeeded(),
                            list(p.quizQuestions())));
                    if (!p.challenges().isEmpty()) {
                        out.printf("         %s%n", m.get("cli.coverage.challenges", list(p.challenges())));
                    }
                }
            }
        }
        out.println();
        out.println(cov.summary(m));
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids);
    }

    @Override
    ObjectNode toJson(Facts facts) {
        ObjectNode root = coverageJson(facts.coverage());
        facts.translation().ifPresent(t -> {
            ObjectNode tn = root.putObject("translation");
            tn.put("language", t.language());
            tn.put("complete", t.complete());
            rowJson(tn.putObject("total"), t.total());
            ArrayNode rows = tn.putArray("modules");
            for (TranslationReport.Row r : t.rows()) {
                ObjectNode rn = rows.addObject();
                rn.put("module", r.module());
                rowJson(rn, r);
            }
        });
        return root;
    }

    private static void rowJson(ObjectNode n, TranslationReport.Row r) {
        countsJson(n.putObject("texts"), r.texts());
        countsJson(n.putObject("lessons"), r.lessons());
        countsJson(n.putObject("questions"), r.questions());
        countsJson(n.putObject("challenges"), r.challenges());
        countsJson(n.putObject("badges"), r.badges());
    }

    private static void countsJson(ObjectNode n, TranslationReport.Counts c) {
        n.put("translated", c.translated());
        n.put("stale", c.stale());
        n.put("missing", c.missing());
        n.put("total", c.total());
    }

    private static ObjectNode coverageJson(Coverage cov) {
        ObjectNode root = Json.object();
        int n = cov.practices().size();
        root.put("bestPractices", n);
        root.put("taught", cov.taughtCount());
        root.put("quizzed", cov.quizzedCount());
        root.put("complete", cov.complete());
        root.put("summary", cov.summary());
        ArrayNode areas = root.putArray("areas");
        for (Coverage.Area a : cov.areas()) {
            ObjectNode an = areas.addObject();
            an.put("name", a.name());
            ArrayNode qs = an.putArray("questions");
            for (Coverage.Question q : a.questions()) {
                ObjectNode qn = qs.addObject();
                qn.put("id", q.id());
                qn.put("title", q.title());
                ArrayNode ps = qn.putArray("bestPractices");
                for (Coverage.Practice p : q.practices()) {
                    ObjectNode pn = ps.addObject();
                    pn.put("id", p.id());
                    pn.put("title", p.title());
                    pn.put("risk", p.risk());
                    pn.put("covered", p.covered());
                    p.lessons().forEach(pn.putArray("lessons")::add);
                    p.quizQuestions().forEach(pn.putArray("quizQuestions")::add);
                    p.challenges().forEach(pn.putArray("challenges")::add);
                }
            }
        }
        return root;
    }
}
