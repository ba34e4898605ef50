package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.course.Course;
import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.progress.CuttableProxy;
import dev.secpillar.progress.FreshDatabase;
import dev.secpillar.progress.RetryingProgressStore;
import dev.secpillar.quiz.ShownQuestion;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection on a real PostgreSQL (.ci/run starts one; skipped without
 * SECPILLAR_TEST_PG_URL): mid-quiz the store's connection loses a commit's reply, has its
 * backend killed by pg_terminate_backend, and is cut by a proxy for a while, then comes back.
 * The learner answers on throughout, the notices say what is waiting, and every answer is in
 * the database exactly once.
 */
@EnabledIfEnvironmentVariable(named = FreshDatabase.PG_URL_VARIABLE, matches = ".+")
class PostgresOutageTest {
    @TempDir
    Path temp;

    FreshDatabase pg;
    CuttableProxy proxy;
    ClassDatabase db;
    final List<Runnable> timer = new ArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final QuizServiceTest.TestClock clock = new QuizServiceTest.TestClock();

    @AfterEach
    void stop() throws Exception {
        if (db != null) {
            db.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    /** What the timer holds runs now, as the server's timer thread would once the delay is over. */
    void tick() {
        List<Runnable> due = new ArrayList<>(timer);
        timer.clear();
        due.forEach(Runnable::run);
    }

    /**
     * Runs the timer until the queue is saved: the pool may need a retry or two to open a new
     * connection once the database is back (it backs off while it cannot). Returns the retries.
     */
    int retryUntilSaved(RetryingProgressStore store) {
        int retries = 0;
        while (store.unsavedWrites() > 0 && retries < 20) {
            assertThat(timer).as("a retry is scheduled while writes wait").isNotEmpty();
            tick();
            retries++;
        }
        return retries;
    }

    @Test
    void theConnectionDiesMidQuizAndComesBackAndEveryAnswerIsStoredOnce() throws Exception {
        Course course = CourseLoader.load(Fixture.copyTo(temp.resolve("content")));
        pg = FreshDatabase.postgres();
        Matcher hostPort = Pattern.compile("//([^/:]+):(\\d+)/").matcher(pg.url());
        assertThat(hostPort.find()).isTrue();
        proxy = new CuttableProxy(hostPort.group(1), Integer.parseInt(hostPort.group(2)));
        db = ClassDatabase.open(pg.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"));
        RetryingProgressStore store = new RetryingProgressStore(db.learner("ana"), (delay, task) -> timer.add(task),
                log::add);
        CourseApp app = new CourseApp(course, store, clock);
        QuizService quizzes = new QuizService(app, () -> 11L);
        QuizRun run = quizzes.start(course.quiz("more").orElseThrow());
        Map<String, Boolean> answered = new LinkedHashMap<>();

        // 1. the database answers: saved at once
        run = answer(quizzes, run, answered);
        assertThat(app.unsavedNotice()).isEmpty();

        // 2. the commit reaches the database and its reply is lost: the answer waits, the learner goes on
        proxy.loseNextCommitReply();
        run = answer(quizzes, run, answered);
        assertThat(proxy.commitReplyPending()).isFalse();
        assertThat(store.unsavedWrites()).isEqualTo(1);
        assertThat(app.unsavedNotice()).hasValueSatisfying(n -> assertThat(n).contains("1 answer waiting"));
        assertThat(app.savedNote()).contains("1 answer is not saved yet");
        retryUntilSaved(store); // the retry finds the answer already stored under its key
        assertThat(store.unsavedWrites()).isZero();

        // 3. the backend is killed from a second connection, between two answers
        int killed;
        try (var admin = DriverManager.getConnection(pg.url());
             var p = admin.prepareStatement("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE client_port = ANY (?)")) {
            p.setArray(1, admin.createArrayOf("integer", proxy.upstreamPorts().toArray()));
            try (var rs = p.executeQuery()) {
                rs.next();
                killed = rs.getInt(1);
            }
        }
        assertThat(killed).isPositive();
        run = answer(quizzes, run, answered);
        retryUntilSaved(store);
        assertThat(store.unsavedWrites()).isZero();

        // 4. an outage: every connection cut and new ones refused, for the rest of the sitting
        long cutAt = System.nanoTime();
        proxy.cut();
        while (!run.session().finished()) {
            run = answer(quizzes, run, answered);
        }
        int waiting = store.unsavedWrites();
        assertThat(waiting).isEqualTo(3); // two answers and the score
        assertThat(app.unsavedNotice()).hasValueSatisfying(n -> assertThat(n).contains("3 answers waiting"));
        assertThat(app.savedNote()).contains("3 answers are not saved yet").doesNotContain("is saved");
        tick(); // still down: nothing is lost, nothing is saved yet
        assertThat(store.unsavedWrites()).isEqualTo(3);
        assertThat(app.savedNote()).contains("not saved yet");
        proxy.restore();
        long outageMillis = Duration.ofNanos(System.nanoTime() - cutAt).toMillis();
        int retries = retryUntilSaved(store);
        assertThat(store.unsavedWrites()).isZero();
        assertThat(app.unsavedNotice()).isEmpty();
        assertThat(app.savedNote()).isEqualTo("Your progress is saved.");
        assertThat(log).contains("the queued progress was saved once the database answered again");
        assertThat(log).noneSatisfy(l -> assertThat(l).contains("refused by the database"));

        // every answer exactly once, and the sitting finished with its score
        Map<String, Integer> rows = new LinkedHashMap<>();
        int activity;
        try (var c = DriverManager.getConnection(pg.url()); var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT question_id, COUNT(*) FROM quiz_answer WHERE attempt_id = "
                    + run.attemptId() + " GROUP BY question_id")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM activity WHERE kind = 'quiz_answer'")) {
                rs.next();
                activity = rs.getInt(1);
            }
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(answered.keySet());
        assertThat(rows.values()).containsOnly(1);
        assertThat(activity).isEqualTo(answered.size());
        var attempt = db.learner("ana").snapshot().attempts("more");
        assertThat(attempt).singleElement().satisfies(a -> {
            assertThat(a.finishedAt()).isPresent();
            assertThat(a.answers()).hasSize(answered.size());
        });
        System.out.printf("fault injection (PostgreSQL): %d answers, %d rows (one per question), commit reply lost once,"
                        + " %d backend(s) terminated, outage %d ms with %d writes waiting, saved %d retry(ies) after%n",
                answered.size(), rows.values().stream().mapToInt(Integer::intValue).sum(), killed, outageMillis, waiting,
                retries);
    }

    private QuizRun answer(QuizService quizzes, QuizRun run, Map<String, Boolean> answered) {
        ShownQuestion q = run.session().current();
        clock.advance(Duration.ofSeconds(10));
        boolean right = answered.size() % 2 == 0;
        QuizRun next = quizzes.answer(run, right ? QuizServiceTest.right(q) : QuizServiceTest.wrong(q));
        // the learner is never stopped: the next question (or the score) follows at once
        assertThat(next.session().answered()).hasSize(run.session().answered().size() + 1);
        answered.put(q.question().id(), right);
        return next;
    }
}
