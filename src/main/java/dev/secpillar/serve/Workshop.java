package dev.secpillar.serve;

import dev.secpillar.app.ClassReport;
import dev.secpillar.course.Course;
import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.progress.RetryingProgressStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What every session of one server shares: the course, the class database, the clock, one
 * timer thread (retries of unsaved progress, the idle check) and the count of open sessions.
 * It holds no learner's progress: that is read from the database by each session.
 */
final class Workshop {
    /** How often sessions are checked for idleness; a session closes at most this late. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(15);
    /** How often connections still logging in are checked against their deadlines. */
    static final Duration LOGIN_CHECK = Duration.ofSeconds(2);

    final Course course;
    final ClassDatabase db;
    final ServeOptions options;
    final Clock clock;
    final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private final Runnable closeSlowLogins;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<CourseSession> live = ConcurrentHashMap.newKeySet();

    Workshop(Course course, ClassDatabase db, ServeOptions options, Clock clock, Consumer<String> log,
             ScheduledExecutorService timer, Runnable closeSlowLogins) {
        this.course = course;
        this.db = db;
        this.options = options;
        this.clock = clock;
        this.log = log;
        this.timer = timer;
        this.closeSlowLogins = closeSlowLogins;
        timer.scheduleWithFixedDelay(this::closeIdle, IDLE_CHECK.toMillis(), IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(closeSlowLogins, LOGIN_CHECK.toMillis(), LOGIN_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A place among the open sessions; false when the workshop is full. */
    boolean admit(CourseSession session) {
        while (true) {
            int n = open.get();
            if (n >= options.maxSessions()) {
                return false;
            }
            if (open.compareAndSet(n, n + 1)) {
                live.add(session);
                return true;
            }
        }
    }

    void leave(CourseSession session) {
        if (live.remove(session)) {
            open.decrementAndGet();
        }
    }

    int openSessions() {
        return open.get();
    }

    /** The learner's record, its writes queued and retried while the database cannot be reached. */
    ProgressStore storeFor(String learner) {
        return new RetryingProgressStore(db.learner(learner),
                (delay, task) -> timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                message -> log.accept(learner + ": " + message));
    }

    /** Closes connections that are too slow to log in (the timer does it every {@link #LOGIN_CHECK}). */
    void closeSlowLogins() {
        closeSlowLogins.run();
    }

    ClassReport classReport() {
        return ClassReport.of(course, db.everyone(), clock.instant());
    }

    void closeIdle() {
        Instant horizon = clock.instant().minus(options.idle());
        for (CourseSession s : live) {
            if (s.lastInput().isBefore(horizon)) {
                s.closeIdle();
            }
        }
    }

    Optional<String> joinCode() {
        return options.joinCode();
    }
}
