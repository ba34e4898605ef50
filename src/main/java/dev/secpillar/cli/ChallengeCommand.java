package dev.secpillar.cli;

import dev.secpillar.app.AnswerFile;
import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.ReportText;
import dev.secpillar.challenge.AnswerProblem;
import dev.secpillar.challenge.CheckReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "challenge", description = {"Open a challenge's workspace, check an answer file, or write its starting answer.",
        "With --check: prints every case (\u2713 or \u2717 with the reason) and exits 0 when the answer passes, 1 when not."})
final class ChallengeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The challenge id (see 'secpillar list').")
    String id;

    @ArgGroup(exclusive = true)
    Mode mode;

    static final class Mode {
        @Option(names = "--check", paramLabel = "FILE", description = "Check the answer in FILE.")
        Path check;

        @Option(names = "--start", paramLabel = "FILE", description = "Write the starting answer to FILE.")
        Path start;
    }

    @Option(names = "--force", description = "With --start: replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        try (CourseContext ctx = main.context()) {
            if (mode == null) {
                if (ctx.course().challenge(id).isEmpty()) {
                    throw unknown();
                }
                return FrontEnds.open(ctx, main.launch, main.plain, FrontEnds.Target.challenge(id));
            }
            ChallengeWorkspace ws = open(ctx);
            return mode.check != null ? check(ctx, ws, mode.check) : start(ws, mode.start);
        }
    }

    private ChallengeWorkspace open(CourseContext ctx) {
        if (ctx.course().challenge(id).isEmpty()) {
            throw unknown();
        }
        try {
            return new ChallengeService(ctx.app()).open(id);
        } catch (ChallengeService.ChallengeUnavailable e) {
            throw new Failure(ExitCodes.DATA_ERR, e.getMessage(), e);
        }
    }

    private Failure unknown() {
        return new Failure(ExitCodes.USAGE, "no challenge '" + id + "'; 'secpillar list' shows the challenge ids");
    }

    private int check(CourseContext ctx, ChallengeWorkspace ws, Path file) {
        String answer;
        try {
            answer = AnswerFile.read(file);
        } catch (AnswerFile.Unusable e) {
            throw new Failure(e.io() ? ExitCodes.IO_ERR : ExitCodes.DATA_ERR, e.getMessage(), e);
        }
        CheckReport report = ws.check(answer);
        if (!report.evaluated()) {
            AnswerProblem p = report.unreadable().get();
            throw new Failure(ExitCodes.DATA_ERR, file + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(ws.challenge().id() + ": " + ws.challenge().title());
        ReportText.lines(report, file.toString()).forEach(out::println);
        ctx.app().badges().takeNew().forEach(b -> out.println("Badge earned: " + b.badge().name()));
        if (report.passed() && ws.solution().isPresent()) {
            out.println("See the author's solution with: secpillar challenge " + id + " (s in the workspace)");
        }
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private int start(ChallengeWorkspace ws, Path file) {
        try {
            AnswerFile.write(file, ws.start(), force);
        } catch (AnswerFile.Unusable e) {
            throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote the starting answer of " + id + " to " + file + ".");
        out.println("Edit it, then check it with: secpillar challenge " + id + " --check " + file);
        out.flush();
        return ExitCodes.OK;
    }
}
