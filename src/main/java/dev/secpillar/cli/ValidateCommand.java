package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
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
        Messages m = main.messages();
        Set<Path> roots = new LinkedHashSet<>();
        List<Path> filters = new ArrayList<>();
        if (paths.isEmpty()) {
            try (CourseContext ctx = main.context()) {
                roots.add(ctx.contentRoot());
            }
        } else {
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new Failure(ExitCodes.IO_ERR, m.get("cli.validate.no_such_path", p));
                }
                Path root = rootOf(p.toAbsolutePath().normalize());
                if (root == null) {
                    throw new Failure(ExitCodes.DATA_ERR, m.get("cli.validate.not_in_course", p));
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
            out.println(m.get("cli.validate.problems", String.valueOf(problems), String.valueOf(files)));
            out.flush();
            return ExitCodes.DATA_ERR;
        }
        out.println(warnings == 0 ? m.get("cli.validate.ok", String.valueOf(files))
                : m.get("cli.validate.ok_warnings", String.valueOf(files), String.valueOf(warnings)));
        translations.forEach((lang, report) -> {
            TranslationReport.Counts t = report.total().texts();
            out.println(m.get("cli.validate.translations", lang, String.valueOf(t.translated()), String.valueOf(t.total()),
                    String.valueOf(t.stale()), String.valueOf(t.missing())));
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
