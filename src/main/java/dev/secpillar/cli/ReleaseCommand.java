package dev.secpillar.cli;

import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.record.ProgressException;
import dev.secpillar.serve.LearnerName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "release")
final class ReleaseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "name")
    String name;

    @Option(names = "--db", paramLabel = "JDBC-URL")
    String db;

    @Override
    public Integer call() {
        String learner = LearnerName.canonical(name).orElseThrow(() ->
                new Failure(ExitCodes.USAGE, main.messages().get("cli.release.not_a_name", LearnerName.rule(main.messages()))));
        try (CourseContext ctx = main.context()) {
            Path file = ctx.dataDir().resolve(ClassDatabase.SQLITE_FILE);
            if (db == null && !Files.exists(file)) {
                throw new Failure(ExitCodes.IO_ERR, ctx.messages().get("cli.release.no_workshop", ctx.dataDir(),
                        ClassDatabase.SQLITE_FILE));
            }
            try (ClassDatabase database = db == null ? ClassDatabase.openSqlite(ctx.dataDir()) : ClassDatabase.open(db)) {
                if (!database.keys().forget(learner)) {
                    throw new Failure(ExitCodes.CHECK_FAILED, ctx.messages().get("cli.release.no_key", learner));
                }
            } catch (ProgressException e) {
                throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
            }
            spec.commandLine().getOut().println(ctx.messages().get("cli.release.done", learner));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
