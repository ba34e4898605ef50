package dev.secpillar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.Coverage;
import dev.secpillar.content.PillarMapLoader;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "coverage", description = "Which lessons, questions and challenges cover each best practice (exit 1 when any is uncovered).")
final class CoverageCommand extends ReportCommand<Coverage> {
    @Override
    Coverage gather(CourseContext ctx) {
        return Coverage.of(ctx.course(), PillarMapLoader.load());
    }

    @Override
    int exitCode(Coverage facts) {
        return facts.complete() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    @Override
    void printText(Coverage cov, PrintWriter out) {
        for (Coverage.Area a : cov.areas()) {
            out.println(a.name());
            for (Coverage.Question q : a.questions()) {
                out.println("  " + q.title());
                for (Coverage.Practice p : q.practices()) {
                    out.printf("    %s %s %s (%s risk)%n", p.covered() ? "ok  " : "MISS", p.id(), p.title(), p.risk());
                    out.printf("         lessons: %s%n", list(p.lessons()));
                    out.printf("         questions (%d, need %d): %s%n", p.quizQuestions().size(), p.questionsNeeded(),
                            list(p.quizQuestions()));
                    if (!p.challenges().isEmpty()) {
                        out.printf("         challenges: %s%n", list(p.challenges()));
                    }
                }
            }
        }
        out.println();
        out.println(cov.summary());
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids);
    }

    @Override
    ObjectNode toJson(Coverage cov) {
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
