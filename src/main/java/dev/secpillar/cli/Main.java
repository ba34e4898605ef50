package dev.secpillar.cli;

import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.TerminalSafeWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The secpillar command: with no subcommand it opens the course (full screen, or line mode). */
@Command(name = "secpillar", mixinStandardHelpOptions = true, version = "secpillar 0.1.0",
        description = "An interactive course on the Security Pillar of the AWS Well-Architected Framework.")
public final class Main implements Callable<Integer> {
    /** An error line quotes at most about this much of its input. */
    static final int MAX_MESSAGE = 200;

    @Option(names = "--plain", scope = ScopeType.INHERIT, description = "Line mode: numbered menus and prompts, for screen readers and pipes.")
    boolean plain;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where progress is kept (default: $SECPILLAR_HOME, $XDG_DATA_HOME/secpillar or ~/.local/share/secpillar).")
    Path dataDir;

    @Option(names = "--content", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Course content root holding lessons/ and quizzes/ (default: beside the launcher, else built in).")
    Path contentDir;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT,
            description = "Language of the course: en or vi (default: $SECPILLAR_LANG, your last choice, then the locale).")
    String lang;

    final Launch launch;

    Main(Launch launch) {
        this.launch = launch;
    }

    CourseContext context() {
        return new CourseContext(launch, Optional.ofNullable(contentDir), Optional.ofNullable(dataDir),
                Optional.ofNullable(lang));
    }

    @Override
    public Integer call() {
        try (CourseContext ctx = context()) {
            return FrontEnds.open(ctx, launch, plain, FrontEnds.Target.home());
        }
    }

    public static void main(String[] args) {
        String training = System.getenv("SECPILLAR_CDS_TRAINING");
        if (training != null && !training.isBlank()) {
            System.exit(ClassDataTraining.run(Launch.system(), Path.of(training)));
        }
        System.exit(run(args, Launch.system()));
    }

    /** Every subcommand; picocli reflects over each one it is given, so a run is given only its own. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ListCommand.class, LessonCommand.class, ChallengeCommand.class,
            QuizCommand.class, ReviewCommand.class, ProgressCommand.class, BadgesCommand.class, ResetCommand.class,
            ValidateCommand.class, CoverageCommand.class, TranslateCommand.class, SimulateCommand.class, LintCommand.class, ServeCommand.class,
            LeaderboardCommand.class, ReleaseCommand.class);

    static int run(String[] args, Launch launch) {
        CommandLine cl = commandLine(launch, args);
        return cl.execute(args);
    }

    static CommandLine commandLine(Launch launch, String... args) {
        Main main = new Main(launch);
        CommandLine cl = new CommandLine(main);
        for (Class<?> sub : subcommandsFor(args)) {
            CommandLine child = new CommandLine(sub);
            if (child.getCommand() instanceof SimulateCommand simulate) {
                simulate.withInput(launch.in()); // --batch reads this launch's standard input, not System.in
            }
            // --help and --version on every subcommand, not only on the top command
            child.getCommandSpec().mixinStandardHelpOptions(true);
            // the command list shows a whole first sentence, not the first line of a wrapped description
            String[] description = child.getCommandSpec().usageMessage().description();
            if (child.getCommandSpec().usageMessage().header().length == 0 && description.length > 1) {
                child.getCommandSpec().usageMessage().header(summary(description));
            }
            cl.addSubcommand(sub.getAnnotation(Command.class).name(), child);
        }
        // Every string from outside goes through the sanitiser before the terminal. JSON is the
        // exception: Jackson escapes control characters itself, and its data must stay exact.
        boolean json = java.util.Arrays.asList(args).contains("--json");
        java.io.Writer out = new java.io.OutputStreamWriter(launch.out(), java.nio.charset.StandardCharsets.UTF_8);
        cl.setOut(new PrintWriter(json ? out : new TerminalSafeWriter(out), true));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(
                new java.io.OutputStreamWriter(launch.err(), java.nio.charset.StandardCharsets.UTF_8)), true));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> report(ex, cmd, launch));
        cl.setParameterExceptionHandler((ex, arguments) -> usageError(ex));
        return cl;
    }

    /**
     * A usage error as one line, as the README promises, then where to read more:
     * {@code secpillar: quiz: --seed expects a number, got "abc"} and
     * {@code see `secpillar quiz --help`}; never the whole usage.
     */
    static int usageError(CommandLine.ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String path = commandPath(cmd);
        String where = cmd.getParent() == null ? "" : path.substring("secpillar ".length()) + ": ";
        PrintWriter err = cmd.getErr();
        err.println("secpillar: " + where + usageMessage(ex));
        err.println("see `" + path + " --help`");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String commandPath(CommandLine cmd) {
        StringBuilder sb = new StringBuilder(cmd.getCommandName());
        for (CommandLine p = cmd.getParent(); p != null; p = p.getParent()) {
            sb.insert(0, p.getCommandName() + " ");
        }
        return sb.toString();
    }

    /** Picocli's message, first line only, with a value that is not a number said in our words. */
    static String usageMessage(CommandLine.ParameterException ex) {
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            Class<?> type = arg.type();
            String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            boolean number = type == long.class || type == Long.class || type == int.class || type == Integer.class;
            return name + (number ? " expects a number" : " has a value that does not fit") + ", got \""
                    + ex.getValue() + "\"";
        }
        String message = ex.getMessage() == null ? "invalid arguments" : ex.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    /** The first sentence of a description written over several lines. */
    static String summary(String[] description) {
        String all = String.join(" ", description).replaceAll("\\s+", " ").strip();
        int end = all.indexOf(". ");
        String first = end < 0 ? all : all.substring(0, end + 1);
        return first.endsWith(".") ? first : first.replaceAll("[,;:]$", "") + ".";
    }

    /**
     * The subcommand named in the arguments, or none when the course itself is opened; all of
     * them when asking for help or when no word is a subcommand (so usage errors list them).
     */
    static List<Class<?>> subcommandsFor(String... args) {
        boolean wantsCourse = true;
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("help")) {
                return SUBCOMMANDS;
            }
            for (Class<?> sub : SUBCOMMANDS) {
                if (sub.getAnnotation(Command.class).name().equals(a)) {
                    return List.of(sub);
                }
            }
            if (!a.startsWith("-")) {
                wantsCourse = false;
            }
        }
        return wantsCourse ? List.of() : SUBCOMMANDS;
    }

    /**
     * At most {@link #MAX_MESSAGE} characters of a message, whatever it quotes: its start, and its
     * end (which usually says what to do), the middle cut with a count.
     */
    static String capMiddle(String text) {
        if (text.length() <= MAX_MESSAGE) {
            return text;
        }
        int tail = MAX_MESSAGE * 3 / 10;
        int head = MAX_MESSAGE - tail;
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        int from = text.length() - tail;
        if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(0, head) + "\u2026 (" + (from - head) + " more characters) \u2026" + text.substring(from);
    }

    /** The one place an error becomes a message: one line per problem, no stack trace unless debugging. */
    private static int report(Exception ex, CommandLine cmd, Launch launch) {
        PrintWriter err = cmd.getErr();
        if (launch.debug()) {
            ex.printStackTrace(err);
        }
        if (ex instanceof Failure f) {
            // One line, whatever the message quotes from the input.
            err.println("secpillar: " + capMiddle(Sanitizer.cleanLine(String.valueOf(f.getMessage()))));
            err.flush();
            return f.exitCode();
        }
        err.println("secpillar: internal error: " + ex + (launch.debug() ? "" : " (set SECPILLAR_DEBUG=1 for details)"));
        err.flush();
        return 70;
    }
}
