package dev.secpillar.cli;

import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.TerminalSafeWriter;
import dev.secpillar.i18n.Messages;
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
@Command(name = "secpillar", mixinStandardHelpOptions = true, version = "secpillar 0.1.0")
public final class Main implements Callable<Integer> {
    /** An error line quotes at most about this much of its input. */
    static final int MAX_MESSAGE = 200;

    @Option(names = "--plain", scope = ScopeType.INHERIT)
    boolean plain;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--content", paramLabel = "DIR", scope = ScopeType.INHERIT)
    Path contentDir;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT)
    String lang;

    final Launch launch;
    /** The words of this run before a command has opened the course (help, usage errors). */
    private final java.util.function.Supplier<Messages> messages;

    Main(Launch launch) {
        this(launch, new String[0]);
    }

    Main(Launch launch, String... args) {
        this.launch = launch;
        this.messages = memo(() -> Messages.of(RunLanguage.of(launch, args)));
    }

    Messages messages() {
        return messages.get();
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> s) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
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

    /** --help and --version on every command at every depth ("translate stub"), not only on the top one. */
    private static void withHelp(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getSubcommands().values().forEach(Main::withHelp);
    }

    static CommandLine commandLine(Launch launch, String... args) {
        Main main = new Main(launch, args);
        CommandLine cl = new CommandLine(main);
        for (Class<?> sub : subcommandsFor(args)) {
            CommandLine child = new CommandLine(sub);
            if (child.getCommand() instanceof SimulateCommand simulate) {
                simulate.withInput(launch.in()); // --batch reads this launch's standard input, not System.in
            }
            withHelp(child);
            cl.addSubcommand(sub.getAnnotation(Command.class).name(), child);
        }
        // Help comes from the message bundles in the run's language (picocli's own i18n); the
        // language is decided only when a text is read, so a run that prints no help decides it
        // no earlier than the command does.
        cl.setResourceBundle(new HelpBundle(main::messages));
        if (java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("help"))
                || subcommandsFor(args) == SUBCOMMANDS) {
            headers(cl);
        }
        // Every string from outside goes through the sanitiser before the terminal. JSON is the
        // exception: Jackson escapes control characters itself, and its data must stay exact.
        boolean json = java.util.Arrays.asList(args).contains("--json");
        java.io.Writer out = new java.io.OutputStreamWriter(launch.out(), java.nio.charset.StandardCharsets.UTF_8);
        cl.setOut(new PrintWriter(json ? out : new TerminalSafeWriter(out), true));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(
                new java.io.OutputStreamWriter(launch.err(), java.nio.charset.StandardCharsets.UTF_8)), true));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> report(ex, cmd, launch, main.messages()));
        cl.setParameterExceptionHandler((ex, arguments) -> usageError(ex, main.messages()));
        return cl;
    }

    /** The command list shows a whole first sentence, not the first line of a wrapped description. */
    private static void headers(CommandLine cl) {
        for (CommandLine child : cl.getSubcommands().values()) {
            String[] description = child.getCommandSpec().usageMessage().description();
            if (child.getCommandSpec().usageMessage().header().length == 0 && description.length > 1) {
                child.getCommandSpec().usageMessage().header(summary(description));
            }
        }
    }

    /**
     * A usage error as one line, as the README promises, then where to read more:
     * {@code secpillar: quiz: --seed expects a number, got "abc"} and
     * {@code see `secpillar quiz --help`}; never the whole usage.
     */
    static int usageError(CommandLine.ParameterException ex) {
        return usageError(ex, Messages.of(dev.secpillar.i18n.Language.EN));
    }

    static int usageError(CommandLine.ParameterException ex, Messages m) {
        CommandLine cmd = ex.getCommandLine();
        String path = commandPath(cmd);
        String where = cmd.getParent() == null ? "" : path.substring("secpillar ".length()) + ": ";
        PrintWriter err = cmd.getErr();
        err.println("secpillar: " + where + usageMessage(ex, m));
        err.println(m.get("cli.usage.see_help", path));
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
        return usageMessage(ex, Messages.of(dev.secpillar.i18n.Language.EN));
    }

    /**
     * Picocli words its own errors in English; the common ones are said again in the learner's
     * language from what the exception carries (the options and values), the rest kept as picocli says them.
     */
    static String usageMessage(CommandLine.ParameterException ex, Messages m) {
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            Class<?> type = arg.type();
            String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            boolean number = type == long.class || type == Long.class || type == int.class || type == Integer.class;
            return m.get(number ? "cli.usage.not_a_number" : "cli.usage.does_not_fit", name, ex.getValue());
        }
        // English keeps picocli's exact words (its messages are the English source of these)
        boolean english = m.language() == dev.secpillar.i18n.Language.EN;
        if (!english && ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return m.get(first.startsWith("-") ? "cli.usage.unknown_option" : "cli.usage.unmatched_argument", first);
        }
        if (!english && ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            CommandLine.Model.ArgSpec a = missing.getMissing().get(0);
            String name = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
            return m.get(a.isOption() ? "cli.usage.missing_option" : "cli.usage.missing_parameter", name);
        }
        String message = ex.getMessage() == null ? m.get("cli.usage.invalid") : ex.getMessage().strip();
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
    static String capMiddle(String text, Messages m) {
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
        return text.substring(0, head) + m.get("cli.error.cut_middle", String.valueOf(from - head)) + text.substring(from);
    }

    /** The one place an error becomes a message: one line per problem, no stack trace unless debugging. */
    private static int report(Exception ex, CommandLine cmd, Launch launch, Messages m) {
        PrintWriter err = cmd.getErr();
        if (launch.debug()) {
            ex.printStackTrace(err);
        }
        if (ex instanceof Failure f) {
            // One line, whatever the message quotes from the input.
            err.println("secpillar: " + capMiddle(Sanitizer.cleanLine(String.valueOf(f.getMessage())), m));
            err.flush();
            return f.exitCode();
        }
        err.println("secpillar: " + m.get(launch.debug() ? "cli.error.internal_debug" : "cli.error.internal", String.valueOf(ex)));
        err.flush();
        return 70;
    }
}
