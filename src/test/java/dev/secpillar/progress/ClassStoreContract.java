package dev.secpillar.progress;

import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.LearnerRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.record.ProgressException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every class database must do, run on SQLite and on PostgreSQL: the same records, the
 * same one-transaction writes with their badges, learners kept apart, keys bound once, and
 * servers that start together migrating once.
 */
abstract class ClassStoreContract {
    static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    FreshDatabase fresh;
    final List<AutoCloseable> open = new ArrayList<>();

    abstract FreshDatabase newDatabase();

    @BeforeEach
    void create() {
        fresh = newDatabase();
    }

    @AfterEach
    void drop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        fresh.close();
    }

    ClassDatabase db() {
        ClassDatabase db = ClassDatabase.open(fresh.url());
        open.add(db);
        return db;
    }

    @Test
    void recordsSurviveReopening() {
        ClassDatabase first = ClassDatabase.open(fresh.url());
        try (var store = first.learner("ana")) {
            store.recordStep("l1", 0, T);
            store.recordStep("l1", 1, T);
            store.recordLessonDone("l1", T);
            store.recordStep("l2", 0, T.plusSeconds(5));
        }
        first.close();
        ProgressSnapshot s = db().learner("ana").snapshot();
        assertThat(s.stepsSeen("l1")).containsExactlyInAnyOrder(0, 1);
        assertThat(s.lessonsDone()).containsEntry("l1", T);
        assertThat(s.lastLessonId()).contains("l2");
        assertThat(s.activeDays()).hasSize(1);
    }

    @Test
    void doneTwiceKeepsTheFirstTime() {
        var store = db().learner("ana");
        store.recordLessonDone("l1", T);
        store.recordLessonDone("l1", T.plusSeconds(60));
        assertThat(store.snapshot().lessonsDone()).containsEntry("l1", T);
    }

    @Test
    void quizAttemptsAnswersAndCardsRoundTrip() {
        var store = db().learner("ana");
        long id = store.startQuizAttempt("iam", 42L, T);
        ReviewCard card = new ReviewCard("iam-q01", "iam", T.plusSeconds(86400), 1.5, 5.0, 0, 1, Optional.of(T), false);
        store.recordQuizAnswer(id, "iam-q01", "2", false, T, Optional.of(card));
        store.recordQuizAnswer(id, "iam-q02", "0,1", true, T, Optional.empty());
        store.finishQuizAttempt(id, 50, false, T.plusSeconds(60));
        QuizAttempt a = store.snapshot().attempts("iam").get(0);
        assertThat(a.seed()).isEqualTo(42L);
        assertThat(a.answers()).extracting(QuizAttempt.QuizAnswer::response).containsExactly("2", "0,1");
        assertThat(a.scorePercent()).contains(50);
        assertThat(store.snapshot().reviewCards()).containsEntry("iam-q01", card);
    }

    @Test
    void challengeEventsSummarizeHintsAndCleanPasses() {
        var store = db().learner("ana");
        store.recordChallengeEvent("c1", ChallengeEvent.CHECK, T);
        store.recordChallengeEvent("c1", ChallengeEvent.PASS, T);
        store.recordChallengeEvent("c2", ChallengeEvent.HINT, T);
        store.recordChallengeEvent("c2", ChallengeEvent.PASS, T);
        var s = store.snapshot();
        assertThat(s.challenge("c1").orElseThrow().passedClean()).isTrue();
        assertThat(s.challenge("c2").orElseThrow().hintsUsed()).isEqualTo(1);
        assertThat(s.challenge("c2").orElseThrow().passedClean()).isFalse();
    }

    @Test
    void learnersAreKeptApartAndResetForgetsOnlyOne() {
        ClassDatabase db = db();
        var ana = db.learner("ana");
        var bo = db.learner("bo");
        ana.recordLessonDone("l1", T);
        bo.startQuizAttempt("iam", 1, T);
        assertThat(ana.snapshot().isDone("l1")).isTrue();
        assertThat(bo.snapshot().isDone("l1")).isFalse();
        assertThat(ana.snapshot().quizAttempts()).isEmpty();
        bo.reset();
        assertThat(bo.snapshot()).isEqualTo(ProgressSnapshot.EMPTY);
        assertThat(ana.snapshot().isDone("l1")).isTrue();
    }

    @Test
    void everyoneListsEachLearnerWithTheirLatestAction() {
        ClassDatabase db = db();
        db.learner("ana").recordLessonDone("l1", T);
        db.learner("bo").recordChallengeEvent("c1", ChallengeEvent.HINT, T.plusSeconds(1));
        db.learner("bo").recordChallengeEvent("c1", ChallengeEvent.CHECK, T.plusSeconds(2));
        db.keys().bind("cy", "ssh-ed25519 AAAA cy", "SHA256:cy", T);
        List<LearnerRecord> all = db.everyone();
        assertThat(all).extracting(LearnerRecord::learner).containsExactly("ana", "bo", "cy");
        assertThat(all.get(0).snapshot().isDone("l1")).isTrue();
        assertThat(all.get(1).lastActivity()).contains(new LearnerRecord.Activity("challenge_check", "c1", T.plusSeconds(2)));
        assertThat(all.get(1).snapshot().challenge("c1").orElseThrow().hintsUsed()).isEqualTo(1);
        assertThat(all.get(2).snapshot()).isEqualTo(ProgressSnapshot.EMPTY);
        assertThat(all.get(2).lastActivity()).isEmpty();
    }

    @Test
    void aNameLikeSqlIsStoredAsText() {
        ClassDatabase db = db();
        String name = "x'); DROP TABLE activity; --";
        db.learner(name).recordLessonDone("l1", T);
        assertThat(db.everyone()).extracting(LearnerRecord::learner).containsExactly(name);
        assertThat(db.learner(name).snapshot().isDone("l1")).isTrue();
    }

    @Test
    void aBadgeIsAwardedOnceWhateverRaces() throws Exception {
        ClassDatabase db = db();
        int writers = 6;
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int step = i;
            work.add(() -> {
                // one store per writer, as two sessions of one learner on two servers would have
                var store = db.learner("ana");
                store.setAwardRule(snap -> snap.stepsSeen("l1").isEmpty() ? Set.of() : Set.of("first-step"));
                go.await();
                return store.recordStep("l1", step, T);
            });
        }
        List<String> awarded = new ArrayList<>();
        for (List<String> r : runTogether(work, go)) {
            awarded.addAll(r);
        }
        assertThat(awarded).containsExactly("first-step");
        assertThat(db.learner("ana").snapshot().stepsSeen("l1")).hasSize(writers);
    }

    @Test
    void manyLearnersWritingAtOnceAreEachRecordedOnce() throws Exception {
        ClassDatabase db = db();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = "learner" + i;
            work.add(() -> {
                var store = db.learner(name);
                go.await();
                for (int step = 0; step < 5; step++) {
                    store.recordCheckAnswer("l1", step, 1, true, T);
                    store.recordStep("l1", step, T);
                }
                store.recordLessonDone("l1", T);
                return 0;
            });
        }
        runTogether(work, go);
        assertThat(db.everyone()).hasSize(12).allSatisfy(r -> {
            assertThat(r.snapshot().stepsSeen("l1")).hasSize(5);
            assertThat(r.snapshot().isDone("l1")).isTrue();
        });
        assertThat(count("SELECT COUNT(*) FROM check_answer")).isEqualTo(12 * 5);
    }

    @Test
    void serversStartingTogetherMigrateOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<ClassDatabase>> work = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            work.add(() -> {
                go.await();
                return ClassDatabase.open(fresh.url());
            });
        }
        for (ClassDatabase db : runTogether(work, go)) {
            open.add(db);
        }
        SchemaVersion.assertLatest(fresh.url());
    }

    @Test
    void aNewerSchemaIsRefusedNotDowngraded() throws Exception {
        db();
        SchemaVersion.makeNewer(fresh.url());
        assertThatThrownBy(() -> ClassDatabase.open(fresh.url())).isInstanceOf(ProgressException.class)
                .hasMessageContaining("newer secpillar");
    }

    @Test
    void theFirstKeyBindsTheNameAndOnlyThatKeyOpensItAgain() {
        LearnerKeys keys = db().keys();
        assertThat(keys.keyOf("ana")).isEmpty();
        assertThat(keys.bind("ana", "ssh-ed25519 AAAA1", "SHA256:one", T)).isTrue();
        assertThat(keys.bind("ana", "ssh-ed25519 AAAA1", "SHA256:one", T.plusSeconds(5))).isTrue();
        assertThat(keys.bind("ana", "ssh-ed25519 AAAA2", "SHA256:two", T)).isFalse();
        assertThat(keys.keyOf("ana")).map(LearnerKeys.BoundKey::fingerprint).contains("SHA256:one");
        assertThat(keys.forget("ana")).isTrue();
        assertThat(keys.bind("ana", "ssh-ed25519 AAAA2", "SHA256:two", T)).isTrue();
    }

    @Test
    void twoFirstLoginsRacingForOneNameHaveOneWinner() throws Exception {
        LearnerKeys keys = db().keys();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = "ssh-ed25519 KEY" + i;
            work.add(() -> {
                go.await();
                return keys.bind("ana", key, "SHA256:" + key, T);
            });
        }
        assertThat(runTogether(work, go)).containsOnlyOnce(true);
    }

    /**
     * A connection whose next unit of work commits and then loses its reply: the work is done in
     * the database, but the store is told the connection died, as when the network drops between
     * the commit and its answer.
     */
    static final class LostReply implements ConnectionSource {
        final ConnectionSource real;
        int lose;

        LostReply(ConnectionSource real) {
            this.real = real;
        }

        @Override
        public <T> T withConnection(Work<T> work) throws java.sql.SQLException {
            T result = real.withConnection(work);
            if (lose > 0) {
                lose--;
                throw new java.sql.SQLRecoverableException("An I/O error occurred while sending to the backend", "08006");
            }
            return result;
        }

        @Override
        public Dialect dialect() {
            return real.dialect();
        }

        @Override
        public String location() {
            return real.location();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    /** The fresh database on one plain connection, lent in turn. */
    ConnectionSource plainSource() throws java.sql.SQLException {
        ConnectionSource s = ConnectionSource.single(DriverManager.getConnection(fresh.url()), Dialect.of(fresh.url()),
                "test");
        open.add(s);
        return s;
    }

    int count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(fresh.url()); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aChallengeResultOrQuizStartRetriedAfterItsReplyWasLostIsStoredOnce() throws Exception {
        LostReply lossy = new LostReply(plainSource());
        ClassDatabase.over(lossy);
        List<Runnable> timer = new ArrayList<>();
        List<String> log = new ArrayList<>();
        var store = new RetryingProgressStore(JdbcProgressStore.forLearner(lossy, "ana"), (d, task) -> timer.add(task),
                log::add);
        // The clock is frozen: every write below happens at T, so only the keys tell events apart.
        lossy.lose = 1;
        store.recordChallengeEvent("c1", ChallengeEvent.CHECK, T); // committed, reply lost: queued
        assertThat(store.unsavedWrites()).isEqualTo(1);
        timer.remove(0).run(); // the retry: the same key, so the database keeps the one it has
        assertThat(store.unsavedWrites()).isZero();
        assertThat(count("SELECT COUNT(*) FROM challenge_event WHERE learner = 'ana'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activity WHERE learner = 'ana' AND kind = 'challenge_check'")).isEqualTo(1);
        // a second check in the same instant is a second event, not a retry
        store.recordChallengeEvent("c1", ChallengeEvent.CHECK, T);
        assertThat(count("SELECT COUNT(*) FROM challenge_event WHERE learner = 'ana'")).isEqualTo(2);

        lossy.lose = 1;
        long sitting = store.startQuizAttempt("iam", 7, List.of("q1", "q2"), T); // committed, reply lost, tried again
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE learner = 'ana'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activity WHERE learner = 'ana' AND kind = 'quiz_start'")).isEqualTo(1);
        assertThat(count("SELECT MAX(id) FROM quiz_attempt WHERE learner = 'ana'")).isEqualTo((int) sitting);
        assertThat(log).anySatisfy(l -> assertThat(l).startsWith("starting a quiz failed, trying once more"));
        // the same seed started again in the same instant is another sitting
        store.startQuizAttempt("iam", 7, List.of("q1", "q2"), T);
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE learner = 'ana'")).isEqualTo(2);
    }

    @Test
    void versionSixDropsTheDoublesThatRetriesStoredBeforeAndKeepsTheRest() throws Exception {
        try (var c = DriverManager.getConnection(fresh.url()); var s = c.createStatement()) {
            Migrations.apply(c, Dialect.of(fresh.url()), 5);
            String t = "'" + T + "'";
            String later = "'" + T.plusSeconds(1) + "'";
            // a check result stored twice by a retry (one instant), and a hint of its own
            for (String[] row : new String[][] {{"CHECK", t}, {"CHECK", t}, {"HINT", later}}) {
                s.execute("INSERT INTO challenge_event (learner, challenge_id, kind, at) VALUES ('ana', 'c1', '" + row[0]
                        + "', " + row[1] + ")");
                s.execute("INSERT INTO activity (learner, kind, ref, at) VALUES ('ana', 'challenge_"
                        + row[0].toLowerCase(java.util.Locale.ROOT) + "', 'c1', " + row[1] + ")");
            }
            // a sitting started three times by retries; the last double got an answer, so it stays
            for (int i = 0; i < 3; i++) {
                s.execute("INSERT INTO quiz_attempt (learner, quiz_id, seed, started_at) VALUES ('ana', 'iam', 7, " + t + ")");
                s.execute("INSERT INTO activity (learner, kind, ref, at) VALUES ('ana', 'quiz_start', 'iam', " + t + ")");
            }
            s.execute("INSERT INTO quiz_answer (attempt_id, question_id, response, correct, at) "
                    + "SELECT MAX(id), 'q1', '1', 1, " + t + " FROM quiz_attempt");
            // two steps seen in one instant are not doubles of a retry: untouched
            s.execute("INSERT INTO activity (learner, kind, ref, at) VALUES ('ana', 'step', 'l1', " + t + ")");
            s.execute("INSERT INTO activity (learner, kind, ref, at) VALUES ('ana', 'step', 'l1', " + t + ")");
        }
        db(); // migrates to the latest version
        assertThat(count("SELECT COUNT(*) FROM challenge_event WHERE kind = 'CHECK'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM challenge_event WHERE kind = 'HINT'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM quiz_answer")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activity WHERE kind = 'quiz_start'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activity WHERE kind = 'challenge_check'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activity WHERE kind = 'step'")).isEqualTo(2);
        assertThat(db().learner("ana").snapshot().attempts("iam")).hasSize(2);
    }

    static <T> List<T> runTogether(List<Callable<T>> work, CountDownLatch go) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(w));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
