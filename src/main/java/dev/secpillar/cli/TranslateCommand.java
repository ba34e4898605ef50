package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import dev.secpillar.content.ContentException;
import dev.secpillar.content.ContentProblem;
import dev.secpillar.content.TranslationStub;
import dev.secpillar.i18n.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The translator's commands (docs/AUTHORING.md, "Translations"). */
@Command(name = "translate",
        subcommands = {TranslateCommand.Stub.class, TranslateCommand.Accept.class})
final class TranslateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    abstract static class Files0 implements Callable<Integer> {
        @ParentCommand
        TranslateCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "0..*",
                descriptionKey = "path")
        List<Path> paths = new ArrayList<>();

        abstract List<TranslationStub.FileReport> run(TranslationStub stub, List<Path> targets) throws ContentException;

        @Override
        public Integer call() {
            try (CourseContext ctx = parent.main.context()) {
                Messages m = ctx.messages();
                Language lang = ctx.explicitLanguage().filter(l -> l != Language.EN).orElseThrow(() -> new Failure(
                        ExitCodes.USAGE, m.get("cli.translate.name_language", spec.name())));
                Path root = ctx.contentRoot();
                List<Path> targets = new ArrayList<>(new LinkedHashSet<>(paths));
                for (Path p : targets) {
                    if (!Files.exists(p) && !Files.exists(p.resolveSibling(p.getFileName().toString()
                            .replaceFirst("\\.[a-z]{2,3}\\.yaml$", ".yaml")))) {
                        throw new Failure(ExitCodes.IO_ERR, m.get("cli.validate.no_such_path", p));
                    }
                }
                if (targets.isEmpty()) {
                    targets.add(root);
                }
                List<TranslationStub.FileReport> reports;
                try {
                    reports = run(new TranslationStub(root, lang.code()), targets);
                } catch (ContentException e) {
                    throw new Failure(ExitCodes.DATA_ERR, e.problems().stream().map(ContentProblem::toString)
                            .collect(Collectors.joining("\nsecpillar: ")), e);
                }
                PrintWriter out = spec.commandLine().getOut();
                for (TranslationStub.FileReport r : reports) {
                    StringBuilder line = new StringBuilder(m.get("translate.report", r.file(), String.valueOf(r.translated()),
                            String.valueOf(r.stale()), String.valueOf(r.missing())));
                    if (r.moved() > 0) {
                        line.append(m.get("cli.translate.moved", String.valueOf(r.moved())));
                    }
                    if (r.accepted() > 0) {
                        line.append(m.get("cli.translate.accepted", String.valueOf(r.accepted())));
                    }
                    if (r.leftOver() > 0) {
                        line.append(m.get("cli.translate.left_over", String.valueOf(r.leftOver())));
                    }
                    if (!r.changed()) {
                        line.append(m.get("cli.translate.unchanged"));
                    }
                    out.println(line);
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "stub")
    static final class Stub extends Files0 {
        @Override
        List<TranslationStub.FileReport> run(TranslationStub stub, List<Path> targets) throws ContentException {
            return stub.stub(targets);
        }
    }

    @Command(name = "accept")
    static final class Accept extends Files0 {
        @Option(names = "--key", paramLabel = "KEY")
        List<String> keys = new ArrayList<>();

        @Override
        List<TranslationStub.FileReport> run(TranslationStub stub, List<Path> targets) throws ContentException {
            return stub.accept(targets, new LinkedHashSet<>(keys));
        }
    }
}
