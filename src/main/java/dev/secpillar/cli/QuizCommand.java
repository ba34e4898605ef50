package dev.secpillar.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "quiz")
final class QuizCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--seed", paramLabel = "N")
    Long seed;

    @Override
    public Integer call() {
        try (CourseContext ctx = main.context()) {
            if (ctx.course().quiz(id).isEmpty()) {
                throw new Failure(ExitCodes.USAGE, ctx.messages().get("cli.quiz.unknown", id));
            }
            return FrontEnds.open(ctx, main.launch, main.plain, FrontEnds.Target.quiz(id, Optional.ofNullable(seed)));
        }
    }
}
