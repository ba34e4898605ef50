package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.ModuleProgress;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.QuizStanding;
import dev.secpillar.course.Lesson;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "list")
final class ListCommand extends ReportCommand<CourseApp> {
    @Override
    CourseApp gather(CourseContext ctx) {
        return ctx.app();
    }

    @Override
    void printText(CourseApp app, PrintWriter out) {
        out.println(app.course().title());
        for (ModuleProgress mp : app.modules()) {
            out.printf("%n%s  [%s]  %s%n", mp.module().title(), mp.module().id(),
                    m.get("cli.list.lessons", mp.lessonsDone(), mp.lessonsTotal()));
            for (Lesson l : mp.module().lessons()) {
                out.printf("  %s %-34s %s  (%s)%n", app.isDone(l) ? "[x]" : "[ ]", l.id(), l.title(),
                        String.join(", ", l.bestPractices()));
            }
            mp.module().challenges().forEach(c -> out.printf("  %s %-26s %s%n", m.get("cli.list.challenge"), c.id(), c.title()));
        }
        if (!app.course().quizzes().isEmpty()) {
            out.printf("%n%s%n", m.get("cli.list.quizzes"));
            for (QuizStanding st : new QuizService(app).standings()) {
                var q = st.quiz();
                out.printf("  %-36s %s  (%s)%n", q.id(), q.title(), st.bestScore()
                        .map(b -> m.get(st.passed() ? "cli.list.quiz_passed" : "cli.list.quiz_best", q.questions().size(), b))
                        .orElse(m.get("cli.list.quiz_questions", q.questions().size())));
            }
        }
    }

    @Override
    ObjectNode toJson(CourseApp app) {
        ObjectNode root = Json.object();
        root.put("title", app.course().title());
        ArrayNode modules = root.putArray("modules");
        for (ModuleProgress mp : app.modules()) {
            ObjectNode mod = modules.addObject();
            mod.put("id", mp.module().id());
            mod.put("title", mp.module().title());
            mp.module().questions().forEach(mod.putArray("questions")::add);
            mod.put("lessonsDone", mp.lessonsDone());
            mod.put("lessonsTotal", mp.lessonsTotal());
            ArrayNode lessons = mod.putArray("lessons");
            for (Lesson l : mp.module().lessons()) {
                ObjectNode ln = lessons.addObject();
                ln.put("id", l.id());
                ln.put("title", l.title());
                l.bestPractices().forEach(ln.putArray("bestPractices")::add);
                ln.put("minutes", l.minutes());
                ln.put("steps", l.steps().size());
                ArrayNode sources = ln.putArray("sources");
                l.sources().forEach(src -> {
                    ObjectNode sn = sources.addObject();
                    if (src.isReference()) {
                        sn.put("see", src.see());
                    } else {
                        sn.put("title", src.title());
                        sn.put("url", src.url());
                    }
                });
                ln.put("done", app.isDone(l));
            }
            ArrayNode challenges = mod.putArray("challenges");
            mp.module().challenges().forEach(c -> {
                ObjectNode cn = challenges.addObject();
                cn.put("id", c.id());
                cn.put("kind", c.kind().name().toLowerCase());
                cn.put("title", c.title());
            });
        }
        ArrayNode quizzes = root.putArray("quizzes");
        for (QuizStanding st : new QuizService(app).standings()) {
            var q = st.quiz();
            ObjectNode qn = quizzes.addObject();
            qn.put("id", q.id());
            qn.put("module", q.moduleId());
            qn.put("title", q.title());
            qn.put("questions", q.questions().size());
            qn.put("passPercent", q.passPercent());
            qn.put("attempts", st.attempts());
            st.bestScore().ifPresentOrElse(b -> qn.put("bestScore", b), () -> qn.putNull("bestScore"));
            qn.put("passed", st.passed());
        }
        return root;
    }
}
