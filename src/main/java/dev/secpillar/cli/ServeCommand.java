package dev.secpillar.cli;

import dev.secpillar.course.Course;
import dev.secpillar.i18n.Language;
import java.util.EnumMap;
import java.util.Map;
import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.record.ProgressException;
import dev.secpillar.serve.InstructorKey;
import dev.secpillar.serve.LearnerName;
import dev.secpillar.serve.ServeOptions;
import dev.secpillar.serve.WorkshopServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS")
    String host = "0.0.0.0";

    @Option(names = "--db", paramLabel = "JDBC-URL")
    String db;

    @Option(names = "--join-code", paramLabel = "CODE")
    String joinCode;

    @Option(names = "--max-sessions", paramLabel = "N")
    int maxSessions = ServeOptions.DEFAULT_MAX_SESSIONS;

    @Option(names = "--idle-minutes", paramLabel = "N")
    int idleMinutes = (int) ServeOptions.DEFAULT_IDLE.toMinutes();

    @Option(names = "--instructor-key", paramLabel = "FILE")
    java.nio.file.Path instructorKey;

    @Option(names = "--instructor", paramLabel = "NAME")
    String instructor;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (main.launch.debug()) {
            // MINA's and Hikari's warnings, when asked for; they are off otherwise (simplelogger.properties)
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        ServeOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        try (CourseContext ctx = main.context()) {
            // Every language is loaded up front: each learner gets their own, never the server's locale.
            Map<Language, Course> courses = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                courses.put(l, ctx.course(l));
            }
            ClassDatabase database = openDatabase(ctx);
            WorkshopServer server;
            try {
                server = WorkshopServer.start(courses, database, ctx.dataDir(), options, Clock.systemUTC(),
                        line -> log(out, line));
            } catch (IOException e) {
                database.close();
                throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
            }
            banner(out, server, database, options);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                log(out, "stopping: sessions are closed; all progress was saved as it happened");
                closeQuietly(server);
                database.close();
                stopped.countDown();
            }, "secpillar-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            stopped.await();
            return ExitCodes.OK;
        }
    }

    private ServeOptions options() {
        Optional<ServeOptions.Instructor> teacher = Optional.empty();
        if (instructor != null && instructorKey == null) {
            throw new Failure(ExitCodes.USAGE, "--instructor needs --instructor-key FILE (the instructor's OpenSSH public "
                    + "key), so that no learner can log in under that name first");
        }
        if (instructorKey != null) {
            String name = LearnerName.canonical(instructor == null ? "instructor" : instructor).orElseThrow(() ->
                    new Failure(ExitCodes.USAGE, "--instructor: not a learner name; use " + LearnerName.RULE));
            try {
                teacher = Optional.of(new ServeOptions.Instructor(name, InstructorKey.read(instructorKey)));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new Failure(ExitCodes.IO_ERR, "--instructor-key: " + e.getFile() + ": no such file", e);
            } catch (IOException e) {
                throw new Failure(ExitCodes.DATA_ERR, "--instructor-key: " + e.getMessage(), e);
            }
        }
        Optional<String> code = Optional.ofNullable(joinCode).or(() -> Optional.ofNullable(main.launch.env().get("SECPILLAR_JOIN_CODE")));
        try {
            return new ServeOptions(host, port, code, maxSessions, Duration.ofMinutes(idleMinutes), teacher);
        } catch (IllegalArgumentException e) {
            throw new Failure(ExitCodes.USAGE, e.getMessage());
        }
    }

    private ClassDatabase openDatabase(CourseContext ctx) {
        try {
            return db == null ? ClassDatabase.openSqlite(ctx.dataDir()) : ClassDatabase.open(db);
        } catch (ProgressException e) {
            throw new Failure(ExitCodes.IO_ERR, e.getMessage() + "; the workshop cannot start without it", e);
        }
    }

    private static void banner(PrintWriter out, WorkshopServer server, ClassDatabase database, ServeOptions options) {
        out.printf("secpillar workshop: listening on %s port %d%n", options.host(), server.port());
        out.printf("  host key   %s (ED25519): learners see this fingerprint on their first connection%n",
                server.hostKeyFingerprint());
        out.printf("  progress   %s%n", database.location());
        out.printf("  join code  %s%n", options.joinCode().isPresent()
                ? "asked on each learner's first login" : "none: the first SSH key to use a name owns it");
        options.instructor().ifPresent(i -> out.printf("  instructor %s sees the live class view, with the key %s only%n",
                i.name(), i.fingerprint()));
        out.printf("  sessions   at most %d at once, closed after %d idle minutes%n", options.maxSessions(),
                options.idle().toMinutes());
        out.printf("Learners connect with:  ssh -p %d NAME@THIS-HOST      Ctrl-C stops the server.%n", server.port());
        out.flush();
    }

    private static void log(PrintWriter out, String line) {
        synchronized (out) {
            out.println(LocalTime.now().format(TIME) + " " + line);
            out.flush();
        }
    }

    private static void closeQuietly(WorkshopServer server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // stopping anyway
        }
    }
}
