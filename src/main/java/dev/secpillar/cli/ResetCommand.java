package dev.secpillar.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reset")
final class ResetCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = {"--yes", "-y"})
    boolean yes;

    @Override
    public Integer call() throws IOException {
        try (CourseContext ctx = main.context()) {
            PrintWriter out = spec.commandLine().getOut();
            var store = ctx.store();
            if (!yes) {
                out.printf("Forget all progress kept in %s? Type 'yes' to confirm: ", store.location());
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(main.launch.in(), StandardCharsets.UTF_8)).readLine();
                if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).equals("yes")) {
                    out.println("Nothing was changed.");
                    out.flush();
                    return ExitCodes.CHECK_FAILED;
                }
            }
            store.reset();
            out.println("Progress reset.");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
