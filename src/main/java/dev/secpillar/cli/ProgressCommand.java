package dev.secpillar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.ModuleProgress;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.QuizStanding;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "progress", description = "How far you are, module by module.")
final class ProgressCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CourseContext ctx = main.context()) {
            CourseApp app = ctx.app();
            PrintWriter out = spec.commandLine().getOut();
            int total = app.course().allLessons().size();
            QuizService quizzes = new QuizService(app);
            if (json) {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ObjectNode root = m.createObjectNode();
                root.put("dataFile", app.storeLocation());
                root.put("lessonsDone", app.lessonsDone());
                root.put("lessonsTotal", total);
                app.continueLesson().ifPresent(l -> root.put("next", l.id()));
                var mods = root.putArray("modules");
                for (ModuleProgress mp : app.modules()) {
                    ObjectNode n = mods.addObject();
                    n.put("id", mp.module().id());
                    n.put("title", mp.module().title());
                    n.put("lessonsDone", mp.lessonsDone());
                    n.put("lessonsTotal", mp.lessonsTotal());
                    var done = n.putArray("done");
                    mp.module().lessons().stream().filter(app::isDone).forEach(l -> done.add(l.id()));
                }
                var qs = root.putArray("quizzes");
                for (QuizStanding st : quizzes.standings()) {
                    ObjectNode n = qs.addObject();
                    n.put("id", st.quiz().id());
                    n.put("attempts", st.attempts());
                    st.bestScore().ifPresentOrElse(b -> n.put("bestScore", b), () -> n.putNull("bestScore"));
                    n.put("passPercent", st.quiz().passPercent());
                    n.put("passed", st.passed());
                    var sittings = n.putArray("sittings");
                    for (var a : app.snapshot().attempts(st.quiz().id())) {
                        ObjectNode sn = sittings.addObject();
                        sn.put("startedAt", a.startedAt().toString());
                        sn.put("seed", a.seed());
                        sn.put("answered", a.answers().size());
                        a.scorePercent().ifPresentOrElse(sc -> sn.put("scorePercent", sc), () -> sn.putNull("scorePercent"));
                        sn.put("passed", a.passed());
                    }
                }
                root.put("reviewsDue", quizzes.dueCount());
                out.println(m.writeValueAsString(root));
            } else {
                out.printf("%d of %d lessons done%n", app.lessonsDone(), total);
                for (ModuleProgress mp : app.modules()) {
                    out.printf("  %-28s %s %d/%d%n", mp.module().title(), bar(mp.fraction(), 20), mp.lessonsDone(),
                            mp.lessonsTotal());
                }
                if (!quizzes.standings().isEmpty()) {
                    out.println("Quizzes (best score):");
                    for (QuizStanding st : quizzes.standings()) {
                        out.printf("  %-28s %s%n", st.quiz().title(), st.bestScore()
                                .map(b -> b + "% (pass mark " + st.quiz().passPercent() + "%" + (st.passed() ? ", passed" : "")
                                        + "; " + st.attempts() + (st.attempts() == 1 ? " attempt)" : " attempts)"))
                                .orElse(st.attempts() == 0 ? "not taken" : "not finished"));
                    }
                }
                int due = quizzes.dueCount();
                if (due > 0) {
                    out.printf("Review: %d due (secpillar review)%n", due);
                }
                app.continueLesson().ifPresentOrElse(
                        l -> out.printf("Next: %s (secpillar lesson %s)%n", l.title(), l.id()),
                        () -> out.println("Every lesson is done."));
                out.printf("Progress is kept in %s%n", app.storeLocation());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    static String bar(double fraction, int width) {
        int filled = (int) Math.round(fraction * width);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
}
