package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.AnswerFile;
import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.ReportText;
import dev.secpillar.challenge.AnswerProblem;
import dev.secpillar.challenge.CheckReport;
import java.io.PrintWriter;
import dev.secpillar.app.DraftVersion;
import dev.secpillar.app.Drafts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "challenge")
final class ChallengeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @ArgGroup(exclusive = true)
    Mode mode;

    static final class Mode {
        @Option(names = "--check", paramLabel = "FILE", arity = "0..1", fallbackValue = DRAFT)
        String check;

        @Option(names = "--watch")
        boolean watch;

        @Option(names = "--history")
        boolean history;

        @Option(names = "--start", paramLabel = "FILE")
        Path start;
    }

    @Option(names = "--force")
    boolean force;

    @Option(names = "--version-text", paramLabel = "N")
    Integer versionText;

    /** --check without a FILE: the saved draft. */
    static final String DRAFT = "\0draft";

    @Override
    public Integer call() {
        try (CourseContext ctx = main.context()) {
            m = ctx.messages();
            if (mode == null) {
                if (ctx.course().challenge(id).isEmpty()) {
                    throw unknown();
                }
                return FrontEnds.open(ctx, main.launch, main.plain, FrontEnds.Target.challenge(id));
            }
            ChallengeWorkspace ws = open(ctx);
            if (mode.history) {
                return history(ws);
            }
            if (mode.watch) {
                return new DraftWatchRun(ctx, ws, main.launch, spec.commandLine().getOut()).run();
            }
            if (DRAFT.equals(mode.check)) {
                return checkDraft(ctx, ws);
            }
            return mode.check != null ? check(ctx, ws, Path.of(mode.check)) : start(ws, mode.start);
        }
    }

    private ChallengeWorkspace open(CourseContext ctx) {
        if (ctx.course().challenge(id).isEmpty()) {
            throw unknown();
        }
        try {
            return new ChallengeService(ctx.app(), Drafts.in(ctx.dataDir().resolve("answers"))).open(id);
        } catch (ChallengeService.ChallengeUnavailable e) {
            throw new Failure(ExitCodes.DATA_ERR, e.getMessage(), e);
        }
    }

    /** The words of this run (set once the course is open). */
    private Messages m;

    private Failure unknown() {
        return new Failure(ExitCodes.USAGE, m.get("app.challenge.unknown", id));
    }

    /** The learner's saved draft, checked and kept as a version in its history. */
    private int checkDraft(CourseContext ctx, ChallengeWorkspace ws) {
        Path file = ws.draftFile().orElseThrow();
        String answer;
        try {
            answer = ws.opening().saved() ? AnswerFile.read(file, m) : null;
        } catch (AnswerFile.Unusable e) {
            throw new Failure(e.io() ? ExitCodes.IO_ERR : ExitCodes.DATA_ERR, e.getMessage(), e);
        }
        if (answer == null) {
            throw new Failure(ExitCodes.USAGE, m.get("cli.challenge.no_draft", id, file));
        }
        ChallengeWorkspace.DraftCheck checked = ws.checkDraft(answer);
        checked.problem().ifPresent(p -> spec.commandLine().getErr().println("secpillar: " + p));
        return report(ctx, ws, checked.report(), file);
    }

    private int history(ChallengeWorkspace ws) {
        PrintWriter out = spec.commandLine().getOut();
        List<DraftVersion> versions = ws.history();
        if (versionText != null) {
            DraftVersion v = versions.stream().filter(x -> x.number() == versionText).findFirst().orElseThrow(() ->
                    new Failure(ExitCodes.USAGE, m.get("cli.challenge.no_version", String.valueOf(versionText), id)));
            out.print(v.text());
            out.flush();
            return ExitCodes.OK;
        }
        out.println(ws.challenge().id() + ": " + ws.challenge().title());
        out.println(m.get("cli.challenge.draft", ws.draftFile().map(Path::toString).orElse(m.get("cli.challenge.none"))));
        if (versions.isEmpty()) {
            out.println(m.get("cli.challenge.no_versions"));
        } else {
            DateTimeFormatter when = new java.time.format.DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').appendPattern("HH:mm").toFormatter().withZone(ZoneId.systemDefault());
            for (DraftVersion v : versions) {
                out.printf("  #%-3d %s  %s%n", v.number(), when.format(v.savedAt()), v.score(m));
            }
            out.println(m.get("cli.challenge.versions_kept", String.valueOf(Drafts.KEPT)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int check(CourseContext ctx, ChallengeWorkspace ws, Path file) {
        String answer;
        try {
            answer = AnswerFile.read(file, m);
        } catch (AnswerFile.Unusable e) {
            throw new Failure(e.io() ? ExitCodes.IO_ERR : ExitCodes.DATA_ERR, e.getMessage(), e);
        }
        return report(ctx, ws, ws.check(answer), file);
    }

    private int report(CourseContext ctx, ChallengeWorkspace ws, CheckReport report, Path file) {
        if (!report.evaluated()) {
            AnswerProblem p = report.unreadable().get();
            throw new Failure(ExitCodes.DATA_ERR, file + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(ws.challenge().id() + ": " + ws.challenge().title());
        ReportText.lines(report, file.toString(), m).forEach(out::println);
        ctx.app().badges().takeNew().forEach(b -> out.println(m.get("cli.challenge.badge_earned", b.badge().name())));
        if (report.passed() && ws.solution().isPresent()) {
            out.println(m.get("cli.challenge.solution", id));
        }
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private int start(ChallengeWorkspace ws, Path file) {
        try {
            AnswerFile.write(file, ws.start(), force, m);
        } catch (AnswerFile.Unusable e) {
            throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("cli.challenge.wrote_start", id, file));
        out.println(m.get("cli.challenge.then_check", id, file));
        out.flush();
        return ExitCodes.OK;
    }
}
