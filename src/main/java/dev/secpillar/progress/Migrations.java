package dev.secpillar.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema. Each entry moves the database one version up; entries are never edited
 * once released, only appended, so an old record opens with a new program.
 */
final class Migrations {
    private Migrations() {}

    static final List<List<String>> STEPS = List.of(
            List.of( // version 1: lessons
                    """
                    CREATE TABLE step_seen (lesson_id TEXT NOT NULL, step INTEGER NOT NULL,
                      first_at TEXT NOT NULL, PRIMARY KEY (lesson_id, step))""",
                    """
                    CREATE TABLE check_answer (id INTEGER PRIMARY KEY AUTOINCREMENT, lesson_id TEXT NOT NULL,
                      step INTEGER NOT NULL, choice INTEGER NOT NULL, correct INTEGER NOT NULL, at TEXT NOT NULL)""",
                    "CREATE TABLE lesson_done (lesson_id TEXT PRIMARY KEY, at TEXT NOT NULL)",
                    // One row per learner action, in order: the last lesson touched and the days active.
                    """
                    CREATE TABLE activity (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
                      ref TEXT NOT NULL, at TEXT NOT NULL)"""),
            List.of( // version 2: quizzes, reviews, challenges, badges
                    """
                    CREATE TABLE quiz_attempt (id INTEGER PRIMARY KEY AUTOINCREMENT, quiz_id TEXT NOT NULL,
                      seed INTEGER NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, score_percent INTEGER,
                      passed INTEGER NOT NULL DEFAULT 0)""",
                    """
                    CREATE TABLE quiz_answer (id INTEGER PRIMARY KEY AUTOINCREMENT,
                      attempt_id INTEGER NOT NULL REFERENCES quiz_attempt (id), question_id TEXT NOT NULL,
                      response TEXT NOT NULL, correct INTEGER NOT NULL, at TEXT NOT NULL)""",
                    """
                    CREATE TABLE review_card (question_id TEXT PRIMARY KEY, quiz_id TEXT NOT NULL, due TEXT NOT NULL,
                      stability DOUBLE PRECISION NOT NULL, difficulty DOUBLE PRECISION NOT NULL, reps INTEGER NOT NULL,
                      lapses INTEGER NOT NULL, last_review TEXT, retired INTEGER NOT NULL)""",
                    """
                    CREATE TABLE challenge_event (id INTEGER PRIMARY KEY AUTOINCREMENT, challenge_id TEXT NOT NULL,
                      kind TEXT NOT NULL, at TEXT NOT NULL)""",
                    // The primary key is what makes an award happen exactly once, whatever races.
                    "CREATE TABLE badge_award (badge_id TEXT PRIMARY KEY, at TEXT NOT NULL)"));

    static int latest() {
        return STEPS.size();
    }

    /** Applies every step above the database's version, each version in one transaction. */
    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        if (current > latest()) {
            throw new SQLException("the progress database was written by a newer secpillar (schema "
                    + current + ", this program knows " + latest() + ")");
        }
        for (int v = current + 1; v <= latest(); v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v - 1)) {
                    s.execute(sql);
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
