package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.node.BaseJsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that reports on the course or the learner, as text or, with --json, for scripts:
 * gather the facts once, then print them one way or the other.
 */
abstract class ReportCommand<T> implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    /** The words of this run, set before the report is printed. */
    Messages m;

    abstract T gather(CourseContext ctx);

    abstract BaseJsonNode toJson(T facts);

    abstract void printText(T facts, PrintWriter out);

    /** 0 unless the report itself is a check (coverage). */
    int exitCode(T facts) {
        return ExitCodes.OK;
    }

    @Override
    public final Integer call() {
        try (CourseContext ctx = main.context()) {
            T facts = gather(ctx);
            m = ctx.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.pretty(toJson(facts)));
            } else {
                printText(facts, out);
            }
            out.flush();
            return exitCode(facts);
        }
    }
}
