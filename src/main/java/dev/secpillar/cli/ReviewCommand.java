package dev.secpillar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "review")
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        try (CourseContext ctx = main.context()) {
            return FrontEnds.open(ctx, main.launch, main.plain, FrontEnds.Target.reviewDue());
        }
    }
}
