package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
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

@Command(name = "serve")
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
            Messages words = ctx.messages();
            banner(out, server, database, options, words);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                log(out, words.get("cli.serve.stopping"));
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
            throw new Failure(ExitCodes.USAGE, main.messages().get("cli.serve.instructor_needs_key"));
        }
        if (instructorKey != null) {
            String name = LearnerName.canonical(instructor == null ? "instructor" : instructor).orElseThrow(() ->
                    new Failure(ExitCodes.USAGE, main.messages().get("cli.serve.instructor_name", LearnerName.rule(main.messages()))));
            try {
                teacher = Optional.of(new ServeOptions.Instructor(name, InstructorKey.read(instructorKey)));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new Failure(ExitCodes.IO_ERR, "--instructor-key: " + main.messages().get("cli.error.no_such_file", e.getFile()), e);
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
            throw new Failure(ExitCodes.IO_ERR, ctx.messages().get("cli.serve.no_database", e.getMessage()), e);
        }
    }

    private static void banner(PrintWriter out, WorkshopServer server, ClassDatabase database, ServeOptions options,
                               Messages m) {
        out.println(m.get("cli.serve.listening", options.host(), String.valueOf(server.port())));
        out.println(m.get("cli.serve.host_key", server.hostKeyFingerprint()));
        out.println(m.get("cli.serve.progress", database.location()));
        out.println(m.get("cli.serve.join_code", m.get(options.joinCode().isPresent()
                ? "cli.serve.join_code_asked" : "cli.serve.join_code_none")));
        options.instructor().ifPresent(i -> out.println(m.get("cli.serve.instructor", i.name(), i.fingerprint())));
        out.println(m.get("cli.serve.sessions", String.valueOf(options.maxSessions()),
                String.valueOf(options.idle().toMinutes())));
        out.println(m.get("cli.serve.connect_with", String.valueOf(server.port())));
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
