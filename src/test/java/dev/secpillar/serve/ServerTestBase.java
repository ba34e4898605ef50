package dev.secpillar.serve;

import dev.secpillar.progress.ClassDatabase;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A workshop server on a free loopback port with the test course, and MINA's SSH client. */
abstract class ServerTestBase {
    @TempDir
    Path dataDir;

    ClassDatabase db;
    WorkshopServer server;
    SshClient client;
    final ServerLog log = new ServerLog();
    final List<AutoCloseable> open = new ArrayList<>();
    /** The server's clock; tests move it to make a session idle. */
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T09:00:00Z"));

    /** The server's log lines; tests wait for one to appear (no polling: each line wakes the waiters). */
    static final class ServerLog implements java.util.function.Consumer<String> {
        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void accept(String line) {
            lines.add(line);
            notifyAll();
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        synchronized void await(String part) throws InterruptedException {
            long end = System.nanoTime() + Learner.WAIT.toNanos();
            while (lines.stream().noneMatch(l -> l.contains(part))) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the server never logged \"" + part + "\"; it logged " + lines);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    ServeOptions options(Optional<String> joinCode, int maxSessions, Optional<ServeOptions.Instructor> instructor) {
        return new ServeOptions("127.0.0.1", 0, joinCode, maxSessions, Duration.ofMinutes(30), instructor);
    }

    void start(ServeOptions options) throws Exception {
        start(ClassDatabase.openSqlite(dataDir), options);
    }

    void start(ClassDatabase database, ServeOptions options) throws Exception {
        start(database, options, java.util.Map.of(dev.secpillar.i18n.Language.EN, WorkshopCourse.course()));
    }

    /** Serving the course in several languages, as {@code secpillar serve} does. */
    void start(ClassDatabase database, ServeOptions options, java.util.Map<dev.secpillar.i18n.Language, dev.secpillar.course.Course> courses)
            throws Exception {
        db = database;
        server = WorkshopServer.start(courses, db, dataDir, options, clock, log);
        client = Learner.client(server.hostKeyFingerprint());
    }

    /** The fixture course (with its policy challenge) served from {@code content}, on SQLite, up to 10 learners. */
    void startFixture(java.nio.file.Path content) throws Exception {
        db = ClassDatabase.openSqlite(dataDir);
        server = WorkshopServer.start(dev.secpillar.content.CourseLoader.load(dev.secpillar.content.Fixture.copyTo(content)),
                db, dataDir, options(Optional.empty(), 10, Optional.empty()), clock, log);
        client = Learner.client(server.hostKeyFingerprint());
    }

    Learner login(String name, KeyPair key, Optional<String> joinCode) {
        Learner l = Learner.login(client, server.port(), name, key, joinCode);
        open.add(l);
        return l;
    }

    /** Logs in from another loopback address (all of 127/8 is this machine), as another laptop would. */
    Learner loginFrom(String address, String name, KeyPair key, Optional<String> joinCode) {
        Learner l = Learner.login(client, address, server.port(), name, key, joinCode);
        open.add(l);
        return l;
    }

    Learner login(String name, KeyPair key) {
        return login(name, key, Optional.empty());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (client != null) {
            client.stop();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
