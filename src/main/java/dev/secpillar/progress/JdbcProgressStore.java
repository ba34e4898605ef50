package dev.secpillar.progress;

import dev.secpillar.i18n.Text;

import dev.secpillar.record.AwardRule;
import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.record.ProgressException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The learner's record in a database reached through plain JDBC: SQLite on a laptop, or a class
 * database (PostgreSQL or SQLite) that a workshop server shares among learners. The SQL sticks
 * to what both accept. Connections come from a {@link ConnectionSource}, one per write or read,
 * so a store holds no connection between keystrokes.
 */
public final class JdbcProgressStore implements ProgressStore {
    /** The one learner of a course on a laptop; a classroom server names each learner. */
    public static final String LOCAL_LEARNER = "local";

    private final ConnectionSource source;
    private final boolean ownsSource;
    private final String learner;
    private AwardRule awardRule = AwardRule.NONE;
    /** The record as the last write's transaction left it, until the next read takes it. */
    private ProgressSnapshot afterWrite;

    private JdbcProgressStore(ConnectionSource source, boolean ownsSource, String learner) {
        this.source = source;
        this.ownsSource = ownsSource;
        this.learner = learner;
    }

    /**
     * A learner's record in a shared database (PostgreSQL or SQLite) reached through an open
     * connection that this store then owns; the schema is migrated first.
     */
    public static JdbcProgressStore open(Connection connection, String jdbcUrl, String learner) {
        ConnectionSource source = ConnectionSource.single(connection, Dialect.of(jdbcUrl), ConnectionSource.redact(jdbcUrl));
        try {
            migrate(source);
            return new JdbcProgressStore(source, true, learner);
        } catch (SQLException e) {
            source.close();
            throw StoreFailure.of(Text.of("app.store.cannot_use", source.location(), describe(e)), e);
        }
    }

    /**
     * A learner's record in a class database whose schema the caller has migrated; the source
     * stays open when the store closes (it serves the other learners).
     */
    public static JdbcProgressStore forLearner(ConnectionSource source, String learner) {
        return new JdbcProgressStore(source, false, learner);
    }

    /** Brings the database's schema up to date; safe when several processes start at once. */
    static void migrate(ConnectionSource source) throws SQLException {
        source.withConnection(c -> {
            Migrations.apply(c, source.dialect());
            return null;
        });
    }

    /** Opens (creating when absent) {@code progress.db} in the data directory and migrates it. */
    public static JdbcProgressStore openSqlite(Path dataDir) {
        ConnectionSource source = sqlite(dataDir.resolve("progress.db"));
        try {
            migrate(source);
            return new JdbcProgressStore(source, true, LOCAL_LEARNER);
        } catch (SQLException e) {
            source.close();
            throw unusable(dataDir.resolve("progress.db"), e);
        }
    }

    /**
     * One connection to an SQLite file (created when absent) with the settings every secpillar
     * connection uses; the file's integrity is checked first, and it is never overwritten.
     */
    static ConnectionSource sqlite(Path file) {
        return sqlite(file, false);
    }

    /**
     * @param classroom a class database shared by a server's sessions: write-ahead logging, so a
     *                  commit costs one fsync instead of three and the class view reads while
     *                  learners write
     */
    static ConnectionSource sqlite(Path file, boolean classroom) {
        Path dataDir = file.toAbsolutePath().getParent();
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw StoreFailure.of(Text.of("app.store.permission_denied", file));
        }
        try {
            OwnerOnly.prepareDatabaseFile(file);
        } catch (IOException e) {
            throw StoreFailure.of(Text.of("app.store.cannot_create_dir", dataDir, String.valueOf(e.getMessage())), e);
        }
        Connection c = null;
        try {
            Properties props = new Properties();
            // IMMEDIATE: a writer takes the lock when its transaction begins, so two processes on one
            // file queue up instead of failing halfway through (busy_timeout makes them wait).
            props.setProperty("transaction_mode", "IMMEDIATE");
            props.setProperty("busy_timeout", "5000");
            c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
            try (Statement s = c.createStatement()) {
                if (classroom) {
                    switchToWal(s);
                }
                // FULL sync: each committed answer survives a power cut.
                s.execute("PRAGMA synchronous = FULL");
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    if (rs.next() && !"ok".equalsIgnoreCase(rs.getString(1))) {
                        throw new SQLException("integrity check failed: " + rs.getString(1));
                    }
                }
            }
            return ConnectionSource.single(c, Dialect.SQLITE, file.toString());
        } catch (SQLException e) {
            closeQuietly(c);
            throw unusable(file, e);
        }
    }

    /**
     * Changing the journal mode needs the file to itself, and SQLite does not wait for that with
     * its busy timeout: servers starting together would see SQLITE_BUSY. Retry for a moment.
     */
    private static void switchToWal(Statement s) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                if (attempt >= 100 || !String.valueOf(e.getMessage()).contains("SQLITE_BUSY")) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static ProgressException unusable(Path file, SQLException e) {
        return StoreFailure.of(Text.of("app.store.unusable", file, describe(e)), e);
    }

    /** Why, in words (English in text, e.g. "the file is corrupt"); the driver's own words otherwise. */
    static Text describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return Text.of("app.store.why.not_a_database");
        }
        if (m.contains("SQLITE_CORRUPT")) {
            return Text.of("app.store.why.corrupt");
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            return Text.of("app.store.why.read_only");
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return Text.of("app.store.why.cannot_open");
        }
        if (m.contains("SQLITE_BUSY")) {
            return Text.of("app.store.why.busy");
        }
        return Text.plain(ConnectionSource.redact(m.replaceAll("\\s+", " ")));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one worth reporting
            }
        }
    }

    @Override
    public String location() {
        return source.location();
    }

    /** Whose record this is. */
    public String learner() {
        return learner;
    }

    @Override
    public synchronized void setAwardRule(AwardRule rule) {
        this.awardRule = rule;
    }

    /**
     * Everything recorded so far. Straight after a write that awarded badges, this is the record
     * the write read inside its own transaction (its badges added), so the course's usual "write,
     * then read the record back" costs one read of the record, not two.
     */
    @Override
    public synchronized ProgressSnapshot snapshot() {
        if (afterWrite != null) {
            ProgressSnapshot s = afterWrite;
            afterWrite = null;
            return s;
        }
        try {
            return source.withConnection(c -> RecordReader.one(c, learner));
        } catch (SQLException e) {
            throw failure("app.store.could_not_read", e);
        }
    }

    @Override
    public synchronized List<String> recordStep(String lessonId, int step, Instant at) {
        return inTransaction(at, c -> {
            update(c, "INSERT INTO step_seen (learner, lesson_id, step, first_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    learner, lessonId, step, at.toString());
            activity(c, "step", lessonId, at);
        });
    }

    @Override
    public synchronized List<String> recordCheckAnswer(String lessonId, int step, int choice, boolean right, Instant at) {
        return inTransaction(at, c -> {
            // Idempotent: the check's first answer is kept; asked again (after a kill), nothing more is stored.
            if (update(c, "INSERT INTO check_answer (learner, lesson_id, step, choice, correct, at) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", learner, lessonId, step, choice, right ? 1 : 0, at.toString()) == 1) {
                activity(c, "check", lessonId, at);
            }
        });
    }

    @Override
    public synchronized List<String> recordLessonDone(String lessonId, Instant at) {
        return inTransaction(at, c -> {
            update(c, "INSERT INTO lesson_done (learner, lesson_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    learner, lessonId, at.toString());
            activity(c, "lesson_done", lessonId, at);
        });
    }

    @Override
    public synchronized long startQuizAttempt(String sittingKey, String quizId, long seed, List<String> questionOrder,
                                              Instant at) {
        long[] id = new long[1];
        inTransaction(at, c -> {
            // Idempotent on the sitting's key: a start retried after its commit reached the database
            // (the reply lost) finds its sitting and stores nothing more.
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM quiz_attempt WHERE learner = ? AND sitting_key = ?")) {
                p.setString(1, learner);
                p.setString(2, sittingKey);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        id[0] = rs.getLong(1);
                        return;
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO quiz_attempt (learner, quiz_id, seed, started_at, "
                    + "question_order, sitting_key) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                p.setString(1, learner);
                p.setString(2, quizId);
                p.setLong(3, seed);
                p.setString(4, at.toString());
                p.setString(5, questionOrder.isEmpty() ? null : String.join(" ", questionOrder));
                p.setString(6, sittingKey);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
            activity(c, "quiz_start", quizId, at);
        });
        return id[0];
    }

    @Override
    public synchronized List<String> recordQuizAnswer(long attemptId, String questionId, String response, boolean correct,
                                                      Instant at, Optional<ReviewCard> card) {
        return inTransaction(at, c -> {
            // Idempotent on (attempt, question): a retry, or the same answer sent twice, stores one row.
            if (update(c, "INSERT INTO quiz_answer (attempt_id, question_id, response, correct, at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", attemptId, questionId, response, correct ? 1 : 0, at.toString()) == 0) {
                return;
            }
            if (card.isPresent()) {
                saveCard(c, card.get());
            }
            activity(c, "quiz_answer", questionId, at);
        });
    }

    @Override
    public synchronized List<String> finishQuizAttempt(long attemptId, int scorePercent, boolean passed, Instant at) {
        return inTransaction(at, c -> {
            update(c, "UPDATE quiz_attempt SET finished_at = ?, score_percent = ?, passed = ? WHERE id = ? AND learner = ?",
                    at.toString(), scorePercent, passed ? 1 : 0, attemptId, learner);
            activity(c, "quiz_finish", Long.toString(attemptId), at);
        });
    }

    @Override
    public synchronized List<String> recordReview(ReviewCard card, boolean correct, Instant at) {
        return inTransaction(at, c -> {
            saveCard(c, card);
            activity(c, correct ? "review_right" : "review_wrong", card.questionId(), at);
        });
    }

    private void saveCard(Connection c, ReviewCard card) throws SQLException {
        update(c, "DELETE FROM review_card WHERE learner = ? AND question_id = ?", learner, card.questionId());
        update(c, "INSERT INTO review_card (learner, question_id, quiz_id, due, stability, difficulty, reps, lapses, "
                        + "last_review, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                learner, card.questionId(), card.quizId(), card.due().toString(), card.stability(), card.difficulty(), card.reps(),
                card.lapses(), card.lastReview().map(Instant::toString).orElse(null), card.retired() ? 1 : 0);
    }

    @Override
    public synchronized List<String> recordChallengeEvent(String eventKey, String challengeId, ChallengeEvent event,
                                                          Instant at) {
        return inTransaction(at, c -> {
            // Idempotent on the event's key: a retry stores nothing more (and no second activity).
            if (update(c, "INSERT INTO challenge_event (learner, challenge_id, kind, at, event_key) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", learner, challengeId, event.name(), at.toString(), eventKey) == 1) {
                activity(c, "challenge_" + event.name().toLowerCase(java.util.Locale.ROOT), challengeId, at);
            }
        });
    }

    @Override
    public synchronized List<String> awardEarned(Instant at) {
        return inTransaction(at, c -> { });
    }

    @Override
    public synchronized Optional<String> setting(String name) {
        try {
            return source.withConnection(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT value FROM learner_setting WHERE learner = ? AND name = ?")) {
                    p.setString(1, learner);
                    p.setString(2, name);
                    try (ResultSet rs = p.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("app.store.could_not_read", e);
        }
    }

    @Override
    public synchronized void saveSetting(String name, String value, Instant at) {
        inTransaction(at, c -> update(c, "INSERT INTO learner_setting (learner, name, value, at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (learner, name) DO UPDATE SET value = excluded.value, at = excluded.at",
                learner, name, value, at.toString()), false);
    }

    @Override
    public synchronized void reset() {
        inTransaction(Instant.EPOCH, c -> {
            update(c, "DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE learner = ?)",
                    learner);
            for (String table : new String[] {"step_seen", "check_answer", "lesson_done", "activity", "quiz_attempt",
                    "review_card", "challenge_event", "badge_award"}) {
                update(c, "DELETE FROM " + table + " WHERE learner = ?", learner);
            }
        }, false);
    }

    private void activity(Connection c, String kind, String ref, Instant at) throws SQLException {
        update(c, "INSERT INTO activity (learner, kind, ref, at) VALUES (?, ?, ?, ?)", learner, kind, ref, at.toString());
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            return p.executeUpdate();
        }
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private List<String> inTransaction(Instant at, Work work) {
        return inTransaction(at, work, true);
    }

    /** Runs the work, then awards what the new record earns, all in one transaction on one lent connection. */
    private List<String> inTransaction(Instant at, Work work, boolean award) {
        afterWrite = null;
        try {
            return source.withConnection(c -> {
                c.setAutoCommit(false);
                List<String> awarded;
                try {
                    work.run(c);
                    awarded = award ? award(c, at) : List.of();
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    afterWrite = null;
                    rollbackQuietly(c);
                    // Quietly: on a connection that died (a killed backend) this throws too, and its
                    // "Connection is closed" would hide the first error, which says a retry may help.
                    autoCommitQuietly(c);
                    throw e;
                }
                // Committed: a connection that breaks only now still saved the write.
                autoCommitQuietly(c);
                return awarded;
            });
        } catch (SQLException e) {
            throw failure("app.store.could_not_save", e);
        }
    }

    private static void autoCommitQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it and the first error is reported
        }
    }

    private List<String> award(Connection c, Instant at) throws SQLException {
        if (awardRule == AwardRule.NONE) {
            return List.of();
        }
        ProgressSnapshot now = RecordReader.one(c, learner);
        List<String> awarded = new ArrayList<>();
        Map<String, Instant> badges = new HashMap<>(now.badges());
        for (String id : new TreeSet<>(awardRule.earned(now))) {
            if (update(c, "INSERT INTO badge_award (learner, badge_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    learner, id, at.toString()) == 1) {
                awarded.add(id);
                badges.put(id, at);
            }
        }
        afterWrite = new ProgressSnapshot(now.stepsSeen(), now.lessonsDone(), now.lastLessonId(), now.quizAttempts(),
                now.challenges(), now.reviewCards(), badges, now.activeDays());
        return List.copyOf(awarded);
    }

    private ProgressException failure(String key, SQLException e) {
        return StoreFailure.of(Text.of(key, source.location(), describe(e)), e);
    }

    @Override
    public synchronized void close() {
        if (ownsSource) {
            source.close();
        }
    }
}
