package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.content.ContentException;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.course.Course;
import dev.secpillar.progress.JdbcProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A course app on a real SQLite store in a temporary data directory, closed after each test. */
abstract class TuiTestBase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    static final TuiOptions COLOUR = new TuiOptions(true, Optional.empty());
    static final TuiOptions NO_COLOUR = new TuiOptions(false, Optional.empty());

    @TempDir
    Path dataDir;

    /** Where {@link #fixtureCourse()} copies the content fixture (a folder of its own). */
    @TempDir
    Path fixtureDir;

    private final List<AutoCloseable> open = new ArrayList<>();

    CourseApp app() {
        return app(TestCourses.course());
    }

    CourseApp app(Course course) {
        return new CourseApp(course, store(), CLOCK);
    }

    /** The content fixture ({@link Fixture}: a module with a policy challenge, a quiz, ...), copied and loaded. */
    Course fixtureCourse() {
        try {
            return CourseLoader.load(Fixture.copyTo(fixtureDir.resolve("content")));
        } catch (ContentException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    CourseApp fixtureApp() {
        return app(fixtureCourse());
    }

    /** The workspace of the fixture's policy challenge, its story shown. */
    Pilot workspace(int columns, int rows) {
        return pilot(fixtureApp(), columns, rows, COLOUR.withChallenge("basics-policy"));
    }

    /** A store on this test's data directory, closed after the test. */
    JdbcProgressStore store() {
        JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir);
        open.add(store);
        return store;
    }

    Pilot pilot() {
        return pilot(app(), 80, 24, COLOUR);
    }

    Pilot pilot(CourseApp app, int columns, int rows, TuiOptions options) {
        Pilot p = Pilot.start(app, columns, rows, options);
        open.add(0, p);
        return p;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        open.clear();
    }
}
