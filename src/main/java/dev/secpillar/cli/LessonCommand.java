package dev.secpillar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "lesson")
final class LessonCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Override
    public Integer call() {
        try (CourseContext ctx = main.context()) {
            if (ctx.course().lesson(id).isEmpty()) {
                throw new Failure(ExitCodes.USAGE, ctx.messages().get("cli.lesson.unknown", id));
            }
            return FrontEnds.open(ctx, main.launch, main.plain, FrontEnds.Target.lesson(id));
        }
    }
}
