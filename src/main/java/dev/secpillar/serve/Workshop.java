package dev.secpillar.serve;

import dev.secpillar.app.ClassReport;
import dev.secpillar.course.Course;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.LanguageChoice;
import java.util.Map;
import java.util.Optional;
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
    /** The course in each language it is served in; a learner gets theirs (English when absent). */
    final Map<Language, Course> courses;
    final ClassDatabase db;
    final ServeOptions options;
    final Clock clock;
    /** Where each learner's challenge drafts are kept: one folder per learner name. */
    final java.nio.file.Path drafts;
    final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private final Runnable closeSlowLogins;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<CourseSession> live = ConcurrentHashMap.newKeySet();

    Workshop(Course course, ClassDatabase db, ServeOptions options, Clock clock, Consumer<String> log,
             ScheduledExecutorService timer, java.nio.file.Path drafts, Runnable closeSlowLogins) {
        this(Map.of(Language.EN, course), db, options, clock, log, timer, drafts, closeSlowLogins);
    }

    Workshop(Map<Language, Course> courses, ClassDatabase db, ServeOptions options, Clock clock, Consumer<String> log,
             ScheduledExecutorService timer, java.nio.file.Path drafts, Runnable closeSlowLogins) {
        this.drafts = drafts;
        this.courses = Map.copyOf(courses);
        this.course = courses.get(Language.EN);
        this.db = db;
        this.options = options;
        this.clock = clock;
        this.log = log;
        this.timer = timer;
        this.closeSlowLogins = closeSlowLogins;
        timer.scheduleWithFixedDelay(this::closeIdle, IDLE_CHECK.toMillis(), IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(closeSlowLogins, LOGIN_CHECK.toMillis(), LOGIN_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The course a learner gets: the language they chose before (their setting in the class
     * database), else the one their own SSH client sends (SECPILLAR_LANG, then LC_ALL,
     * LC_MESSAGES, LANG), else English. The server's own locale never decides for a learner.
     */
    Language languageFor(Optional<String> saved, Map<String, String> clientEnv) {
        try {
            return LanguageChoice.resolve(Optional.empty(), clientEnv, saved.flatMap(Language::parse));
        } catch (LanguageChoice.UnknownLanguage e) {
            return Language.EN;
        }
    }

    /** The course in a language this server loaded (English when it did not load that one). */
    Course courseIn(Language lang) {
        return courses.getOrDefault(lang, course);
    }

    /** The learner's course and interface words, in the language {@link #languageFor} picks. */
    dev.secpillar.app.CourseApp appFor(Optional<String> saved, Map<String, String> clientEnv,
            dev.secpillar.record.ProgressStore store) {
        Language lang = languageFor(saved, clientEnv);
        if (!courses.containsKey(lang) && course != null) {
            lang = Language.EN;
        }
        return new dev.secpillar.app.CourseApp(courseIn(lang), store, clock, dev.secpillar.i18n.Messages.of(lang));
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

    /** Session threads still running, so the server can wait for them as it stops. */
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();

    /**
     * A thread for one session's course, known to the workshop until its course has returned
     * (drafts saved, record closed, disconnection logged): see {@link #awaitSessions}.
     */
    Thread sessionThread(Runnable course, String name) {
        Thread t = new Thread(() -> {
            try {
                course.run();
            } finally {
                running.remove(Thread.currentThread());
            }
        }, name);
        t.setDaemon(true);
        running.add(t);
        return t;
    }

    /**
     * Waits for the sessions still running to end (their channels are closed, so each is on its
     * way out, saving the learner's drafts and closing their record), at most {@code within} in
     * all, so a session stuck on an unreachable database cannot hold the server up for good.
     * Returning earlier would let the server's owner close the database, or delete the data
     * directory, under a session still writing to it, and a stopping JVM would end the session
     * threads (daemons) mid-save.
     */
    void awaitSessions(Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        for (Thread t : running) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            t.join(Math.max(1, left / 1_000_000));
        }
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
