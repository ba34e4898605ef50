package dev.secpillar.cli;

import dev.secpillar.app.ContentChecks;
import dev.secpillar.content.ContentProblem;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.TranslationReport;
import java.util.Map;
import java.util.TreeMap;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            descriptionKey = "path")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Set<Path> roots = new LinkedHashSet<>();
        List<Path> filters = new ArrayList<>();
        if (paths.isEmpty()) {
            try (CourseContext ctx = main.context()) {
                roots.add(ctx.contentRoot());
            }
        } else {
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new Failure(ExitCodes.IO_ERR, p + ": no such file or folder");
                }
                Path root = rootOf(p.toAbsolutePath().normalize());
                if (root == null) {
                    throw new Failure(ExitCodes.DATA_ERR, p + ": not inside a course (no lessons/course.yaml above it)");
                }
                roots.add(root);
                filters.add(p.toAbsolutePath().normalize());
            }
        }
        int problems = 0;
        int warnings = 0;
        int files = 0;
        Map<String, TranslationReport> translations = new TreeMap<>();
        for (Path root : roots) {
            CourseLoader.Result r = CourseLoader.check(root, ContentChecks.all());
            files += r.files();
            for (ContentProblem p : r.problems()) {
                if (filters.isEmpty() || filters.stream().anyMatch(f -> mentions(p, f))) {
                    out.println(p);
                    problems++;
                }
            }
            // Stale translations are reported but never fail: the English may always move ahead.
            for (ContentProblem p : r.warnings()) {
                if (filters.isEmpty() || filters.stream().anyMatch(f -> mentions(p, f))) {
                    out.println(p);
                    warnings++;
                }
            }
            translations.putAll(r.translations());
        }
        if (problems > 0) {
            out.printf("%d problem(s) found in %d file(s) checked%n", problems, files);
            out.flush();
            return ExitCodes.DATA_ERR;
        }
        out.printf("ok: %d file(s) checked, no problems%s%n", files, warnings == 0 ? "" : ", " + warnings + " warning(s)");
        translations.forEach((lang, report) -> {
            TranslationReport.Counts t = report.total().texts();
            out.printf("%s: %d of %d texts translated, %d stale, %d missing (secpillar --lang %s coverage)%n",
                    lang, t.translated(), t.total(), t.stale(), t.missing(), lang);
        });
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean mentions(ContentProblem p, Path filter) {
        Path file = Path.of(p.where().file()).toAbsolutePath().normalize();
        return file.startsWith(filter) || filter.endsWith("lessons") || Files.isDirectory(filter) && file.startsWith(filter);
    }

    /** The folder holding lessons/course.yaml at or above the path. */
    private static Path rootOf(Path p) {
        for (Path d = Files.isDirectory(p) ? p : p.getParent(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("lessons/course.yaml"))) {
                return d;
            }
        }
        return null;
    }
}
