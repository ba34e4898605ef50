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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The learner's record in a database reached through plain JDBC. SQLite is the default; the SQL
 * sticks to what PostgreSQL also accepts so a classroom server can share one database later.
 */
public final class JdbcProgressStore implements ProgressStore {
    private final Connection connection;
    private final String location;

    private JdbcProgressStore(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
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
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                // Not WAL: a single file is easier for learners to copy, and FULL sync makes each
                // committed answer survive a power cut.
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    if (rs.next() && !"ok".equalsIgnoreCase(rs.getString(1))) {
                        throw new SQLException("integrity check failed: " + rs.getString(1));
                    }
                }
            }
            Migrations.apply(c);
            return new JdbcProgressStore(c, file.toString());
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
    public synchronized ProgressSnapshot snapshot() {
        try (Statement s = connection.createStatement()) {
            Map<String, Set<Integer>> steps = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT lesson_id, step FROM step_seen")) {
                while (rs.next()) {
                    steps.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2));
                }
            }
            steps.replaceAll((k, v) -> Set.copyOf(v));
            Map<String, Instant> done = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT lesson_id, at FROM lesson_done")) {
                while (rs.next()) {
                    done.put(rs.getString(1), Instant.parse(rs.getString(2)));
                }
            }
            Optional<String> last = Optional.empty();
            try (ResultSet rs = s.executeQuery(
                    "SELECT ref FROM activity WHERE kind IN ('step', 'lesson_done') ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    last = Optional.of(rs.getString(1));
                }
            }
            return new ProgressSnapshot(steps, done, last);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public synchronized void recordStep(String lessonId, int step, Instant at) {
        inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO step_seen (lesson_id, step, first_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, lessonId);
                p.setInt(2, step);
                p.setString(3, at.toString());
                p.executeUpdate();
            }
            activity(c, "step", lessonId, at);
        });
    }

    @Override
    public synchronized void recordCheckAnswer(String lessonId, int step, int choice, boolean right, Instant at) {
        inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO check_answer (lesson_id, step, choice, correct, at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, lessonId);
                p.setInt(2, step);
                p.setInt(3, choice);
                p.setInt(4, right ? 1 : 0);
                p.setString(5, at.toString());
                p.executeUpdate();
            }
            activity(c, "check", lessonId, at);
        });
    }

    @Override
    public synchronized void recordLessonDone(String lessonId, Instant at) {
        inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO lesson_done (lesson_id, at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, lessonId);
                p.setString(2, at.toString());
                p.executeUpdate();
            }
            activity(c, "lesson_done", lessonId, at);
        });
    }

    @Override
    public synchronized void reset() {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String table : new String[] {"step_seen", "check_answer", "lesson_done", "activity"}) {
                    s.execute("DELETE FROM " + table);
                }
            }
        });
    }

    private static void activity(Connection c, String kind, String ref, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO activity (kind, ref, at) VALUES (?, ?, ?)")) {
            p.setString(1, kind);
            p.setString(2, ref);
            p.setString(3, at.toString());
            p.executeUpdate();
        }
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
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

    private ProgressException failure(String verb, SQLException e) {
        return new ProgressException("could not " + verb + " the progress database " + location + " ("
                + describe(e) + ")", e);
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }
}
