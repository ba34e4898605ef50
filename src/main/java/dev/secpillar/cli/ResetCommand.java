package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
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
            Messages m = ctx.messages();
            if (!yes) {
                out.print(m.get("cli.reset.confirm", store.location()));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(main.launch.in(), StandardCharsets.UTF_8)).readLine();
                // "yes" always works, and the word the question asked for in the learner's language
                String said = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
                if (!said.equals("yes") && !said.equals(m.get("cli.reset.yes_word"))) {
                    out.println(m.get("cli.reset.unchanged"));
                    out.flush();
                    return ExitCodes.CHECK_FAILED;
                }
            }
            store.reset();
            out.println(m.get("cli.reset.done"));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
