package dev.secpillar.progress;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The learner's record in a database reached through plain JDBC. SQLite is the default; the SQL
 * sticks to what PostgreSQL also accepts so a classroom server can share one database later.
 */
public final class JdbcProgressStore implements ProgressStore {
    /** The one learner of a course on a laptop; a classroom server names each learner. */
    public static final String LOCAL_LEARNER = "local";

    private final Connection connection;
    private final String location;
    private final String learner;
    private AwardRule awardRule = AwardRule.NONE;

    private JdbcProgressStore(Connection connection, String location, String learner) {
        this.connection = connection;
        this.location = location;
        this.learner = learner;
    }

    /**
     * A learner's record in a shared database (PostgreSQL or SQLite) reached through an open
     * connection that this store then owns; the schema is migrated first.
     */
    public static JdbcProgressStore open(Connection connection, String jdbcUrl, String learner) {
        try {
            Migrations.apply(connection, Dialect.of(jdbcUrl));
            return new JdbcProgressStore(connection, jdbcUrl.replaceAll("password=[^&;]*", "password=***"), learner);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ProgressException("the progress database " + jdbcUrl + " cannot be used (" + describe(e) + ")", e);
        }
    }

    /** Opens (creating when absent) {@code progress.db} in the data directory and migrates it. */
    public static JdbcProgressStore openSqlite(Path dataDir) {
        Path file = dataDir.resolve("progress.db");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new ProgressException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new ProgressException("cannot read the progress database " + file + " (permission denied)");
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
                // FULL sync: each committed answer survives a power cut.
                s.execute("PRAGMA synchronous = FULL");
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    if (rs.next() && !"ok".equalsIgnoreCase(rs.getString(1))) {
                        throw new SQLException("integrity check failed: " + rs.getString(1));
                    }
                }
            }
            Migrations.apply(c, Dialect.SQLITE);
            return new JdbcProgressStore(c, file.toString(), LOCAL_LEARNER);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ProgressException("the progress database " + file + " cannot be used ("
                    + describe(e) + "). It was left untouched; move it aside to start afresh.", e);
        }
    }

    private static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return "the file is not a database or is corrupt";
        }
        if (m.contains("SQLITE_CORRUPT")) {
            return "the file is corrupt";
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            return "it is read-only";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return "it cannot be opened";
        }
        if (m.contains("SQLITE_BUSY")) {
            return "another secpillar is holding it";
        }
        return m.replaceAll("\\s+", " ");
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
        return location;
    }

    @Override
    public synchronized void setAwardRule(AwardRule rule) {
        this.awardRule = rule;
    }

    @Override
    public synchronized ProgressSnapshot snapshot() {
        try {
            return read(connection, learner);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static ProgressSnapshot read(Connection c, String learner) throws SQLException {
        Reader s = new Reader(c, learner);
        {
            Map<String, Set<Integer>> steps = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT lesson_id, step FROM step_seen WHERE learner = ?")) {
                while (rs.next()) {
                    steps.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2));
                }
            }
            steps.replaceAll((k, v) -> Set.copyOf(v));
            Map<String, Instant> done = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT lesson_id, at FROM lesson_done WHERE learner = ?")) {
                while (rs.next()) {
                    done.put(rs.getString(1), Instant.parse(rs.getString(2)));
                }
            }
            Optional<String> last = Optional.empty();
            try (ResultSet rs = s.executeQuery(
                    "SELECT ref FROM activity WHERE learner = ? AND kind IN ('step', 'lesson_done') ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    last = Optional.of(rs.getString(1));
                }
            }
            TreeSet<LocalDate> days = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT substr(at, 1, 10) FROM activity WHERE learner = ?")) {
                while (rs.next()) {
                    days.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return new ProgressSnapshot(steps, done, last, quizAttempts(s), challenges(s), reviewCards(s), badges(s), days);
        }
    }

    /** Runs a query with the learner bound to its one parameter. */
    private record Reader(Connection c, String learner) {
        ResultSet executeQuery(String sql) throws SQLException {
            PreparedStatement p = c.prepareStatement(sql);
            p.setString(1, learner);
            p.closeOnCompletion();
            return p.executeQuery();
        }
    }

    private static List<QuizAttempt> quizAttempts(Reader s) throws SQLException {
        Map<Long, List<QuizAttempt.QuizAnswer>> answers = new HashMap<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT a.attempt_id, a.question_id, a.response, a.correct, a.at FROM quiz_answer a "
                + "JOIN quiz_attempt q ON q.id = a.attempt_id WHERE q.learner = ? ORDER BY a.id")) {
            while (rs.next()) {
                answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new QuizAttempt.QuizAnswer(
                        rs.getString(2), rs.getString(3), rs.getInt(4) == 1, Instant.parse(rs.getString(5))));
            }
        }
        List<QuizAttempt> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT id, quiz_id, seed, started_at, finished_at, score_percent, passed FROM quiz_attempt "
                + "WHERE learner = ? ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String finished = rs.getString(5);
                int score = rs.getInt(6);
                Optional<Integer> scoreOpt = rs.wasNull() ? Optional.empty() : Optional.of(score);
                out.add(new QuizAttempt(id, rs.getString(2), rs.getLong(3), Instant.parse(rs.getString(4)),
                        answers.getOrDefault(id, List.of()), Optional.ofNullable(finished).map(Instant::parse), scoreOpt,
                        rs.getInt(7) == 1));
            }
        }
        return out;
    }

    private static Map<String, ChallengeRecord> challenges(Reader s) throws SQLException {
        Map<String, int[]> counts = new LinkedHashMap<>(); // checks, hints, gaveUp, cleanSoFar
        Map<String, Instant> passed = new HashMap<>();
        Map<String, Boolean> clean = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT challenge_id, kind, at FROM challenge_event WHERE learner = ? ORDER BY id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                int[] c = counts.computeIfAbsent(id, k -> new int[3]);
                switch (ChallengeEvent.valueOf(rs.getString(2))) {
                    case CHECK -> c[0]++;
                    case HINT -> c[1]++;
                    case GIVE_UP -> c[2] = 1;
                    case PASS -> {
                        if (!passed.containsKey(id)) {
                            passed.put(id, Instant.parse(rs.getString(3)));
                            clean.put(id, c[1] == 0 && c[2] == 0);
                        }
                    }
                }
            }
        }
        Map<String, ChallengeRecord> out = new HashMap<>();
        counts.forEach((id, c) -> out.put(id, new ChallengeRecord(id, c[0], c[1], c[2] == 1,
                Optional.ofNullable(passed.get(id)), clean.getOrDefault(id, false))));
        return out;
    }

    private static Map<String, ReviewCard> reviewCards(Reader s) throws SQLException {
        Map<String, ReviewCard> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT question_id, quiz_id, due, stability, difficulty, reps, lapses, "
                + "last_review, retired FROM review_card WHERE learner = ?")) {
            while (rs.next()) {
                out.put(rs.getString(1), new ReviewCard(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                        rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getInt(7),
                        Optional.ofNullable(rs.getString(8)).map(Instant::parse), rs.getInt(9) == 1));
            }
        }
        return out;
    }

    private static Map<String, Instant> badges(Reader s) throws SQLException {
        Map<String, Instant> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT badge_id, at FROM badge_award WHERE learner = ?")) {
            while (rs.next()) {
                out.put(rs.getString(1), Instant.parse(rs.getString(2)));
            }
        }
        return out;
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
            update(c, "INSERT INTO check_answer (learner, lesson_id, step, choice, correct, at) VALUES (?, ?, ?, ?, ?, ?)",
                    learner, lessonId, step, choice, right ? 1 : 0, at.toString());
            activity(c, "check", lessonId, at);
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
    public synchronized long startQuizAttempt(String quizId, long seed, Instant at) {
        long[] id = new long[1];
        inTransaction(at, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO quiz_attempt (learner, quiz_id, seed, started_at) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                p.setString(1, learner);
                p.setString(2, quizId);
                p.setLong(3, seed);
                p.setString(4, at.toString());
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
            update(c, "INSERT INTO quiz_answer (attempt_id, question_id, response, correct, at) VALUES (?, ?, ?, ?, ?)",
                    attemptId, questionId, response, correct ? 1 : 0, at.toString());
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
    public synchronized List<String> recordChallengeEvent(String challengeId, ChallengeEvent event, Instant at) {
        return inTransaction(at, c -> {
            update(c, "INSERT INTO challenge_event (learner, challenge_id, kind, at) VALUES (?, ?, ?, ?)", learner, challengeId, event.name(),
                    at.toString());
            activity(c, "challenge_" + event.name().toLowerCase(java.util.Locale.ROOT), challengeId, at);
        });
    }

    @Override
    public synchronized List<String> awardEarned(Instant at) {
        return inTransaction(at, c -> { });
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

    /** Runs the work, then awards what the new record earns, all in one transaction. */
    private List<String> inTransaction(Instant at, Work work, boolean award) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                List<String> awarded = award ? award(at) : List.of();
                connection.commit();
                return awarded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("save to", e);
        }
    }

    private List<String> award(Instant at) throws SQLException {
        if (awardRule == AwardRule.NONE) {
            return List.of();
        }
        ProgressSnapshot now = read(connection, learner);
        List<String> awarded = new ArrayList<>();
        for (String id : new TreeSet<>(awardRule.earned(now))) {
            if (update(connection, "INSERT INTO badge_award (learner, badge_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    learner, id, at.toString()) == 1) {
                awarded.add(id);
            }
        }
        return List.copyOf(awarded);
    }

    private ProgressException failure(String verb, SQLException e) {
        return new ProgressException("could not " + verb + " the progress database " + location + " ("
                + describe(e) + ")", e);
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }
}
