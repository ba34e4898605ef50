package dev.secpillar.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "quiz", description = "Take one quiz directly.")
final class QuizCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "The quiz id (see 'secpillar list').")
    String id;

    @Option(names = "--seed", paramLabel = "N",
            description = "Shuffle questions and choices from this seed; the seed of an earlier sitting "
                    + "('secpillar progress --json') replays it exactly.")
    Long seed;

    @Override
    public Integer call() {
        try (CourseContext ctx = main.context()) {
            if (ctx.course().quiz(id).isEmpty()) {
                throw new Failure(ExitCodes.USAGE, "no quiz '" + id + "'; 'secpillar list' shows the quiz ids");
            }
            return FrontEnds.open(ctx, main.launch, main.plain, FrontEnds.Target.quiz(id, Optional.ofNullable(seed)));
        }
    }
}
