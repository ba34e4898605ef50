package dev.secpillar.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema. Each entry moves the database one version up; entries are never edited
 * once released, only appended, so an old record opens with a new program. Every table carries
 * the learner, so one database can hold a whole class (a local course has one learner, "local").
 */
final class Migrations {
    private Migrations() {}

    private static List<List<String>> steps(Dialect d) {
        String id = d.idColumn();
        return List.of(
                List.of( // version 1
                        """
                        CREATE TABLE step_seen (learner TEXT NOT NULL, lesson_id TEXT NOT NULL, step INTEGER NOT NULL,
                          first_at TEXT NOT NULL, PRIMARY KEY (learner, lesson_id, step))""",
                        "CREATE TABLE check_answer (id " + id + """
                        , learner TEXT NOT NULL, lesson_id TEXT NOT NULL,
                          step INTEGER NOT NULL, choice INTEGER NOT NULL, correct INTEGER NOT NULL, at TEXT NOT NULL)""",
                        """
                        CREATE TABLE lesson_done (learner TEXT NOT NULL, lesson_id TEXT NOT NULL, at TEXT NOT NULL,
                          PRIMARY KEY (learner, lesson_id))""",
                        // One row per learner action, in order: the last lesson touched and the days active.
                        "CREATE TABLE activity (id " + id + """
                        , learner TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL,
                          at TEXT NOT NULL)""",
                        "CREATE INDEX activity_learner ON activity (learner, id)",
                        "CREATE TABLE quiz_attempt (id " + id + """
                        , learner TEXT NOT NULL, quiz_id TEXT NOT NULL, seed BIGINT NOT NULL,
                          started_at TEXT NOT NULL, finished_at TEXT, score_percent INTEGER, passed INTEGER NOT NULL DEFAULT 0)""",
                        "CREATE TABLE quiz_answer (id " + id + """
                        , attempt_id BIGINT NOT NULL REFERENCES quiz_attempt (id),
                          question_id TEXT NOT NULL, response TEXT NOT NULL, correct INTEGER NOT NULL, at TEXT NOT NULL)""",
                        """
                        CREATE TABLE review_card (learner TEXT NOT NULL, question_id TEXT NOT NULL, quiz_id TEXT NOT NULL,
                          due TEXT NOT NULL, stability DOUBLE PRECISION NOT NULL, difficulty DOUBLE PRECISION NOT NULL,
                          reps INTEGER NOT NULL, lapses INTEGER NOT NULL, last_review TEXT, retired INTEGER NOT NULL,
                          PRIMARY KEY (learner, question_id))""",
                        "CREATE TABLE challenge_event (id " + id + """
                        , learner TEXT NOT NULL, challenge_id TEXT NOT NULL, kind TEXT NOT NULL,
                          at TEXT NOT NULL)""",
                        // The primary key is what makes an award happen exactly once, whatever races.
                        """
                        CREATE TABLE badge_award (learner TEXT NOT NULL, badge_id TEXT NOT NULL, at TEXT NOT NULL,
                          PRIMARY KEY (learner, badge_id))"""),
                List.of( // version 2: workshop mode
                        // The SSH key that proves who a learner is; the first key to log in under a name
                        // is bound to it (the primary key makes that race have one winner).
                        """
                        CREATE TABLE learner_key (learner TEXT NOT NULL PRIMARY KEY, public_key TEXT NOT NULL,
                          fingerprint TEXT NOT NULL, bound_at TEXT NOT NULL)""",
                        // The class view reads every learner's latest answers; this keeps that a range scan.
                        "CREATE INDEX quiz_attempt_learner ON quiz_attempt (learner, id)",
                        "CREATE INDEX challenge_event_learner ON challenge_event (learner, id)",
                        "CREATE INDEX quiz_answer_attempt ON quiz_answer (attempt_id)"),
                List.of( // version 3: a quiz sitting left half-way is resumed in the order it was asked
                        // Question ids separated by spaces; NULL for sittings recorded before.
                        "ALTER TABLE quiz_attempt ADD COLUMN question_order TEXT"),
                List.of( // version 4: the learner's settings (the language they chose), kept across resets
                        """
                        CREATE TABLE learner_setting (learner TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
                          at TEXT NOT NULL, PRIMARY KEY (learner, name))"""),
                List.of( // version 5: idempotency keys, so that a retried write can never store twice
                        // (a retry after a commit whose reply was lost, two processes, a kill between the
                        // write and its feedback). Doubles stored before this version are dropped first,
                        // keeping the first of each.
                        "DELETE FROM quiz_answer WHERE id NOT IN (SELECT MIN(id) FROM quiz_answer GROUP BY attempt_id, question_id)",
                        "CREATE UNIQUE INDEX quiz_answer_once ON quiz_answer (attempt_id, question_id)",
                        // An inline check counts once per learner: the first answer is the one that tells.
                        "DELETE FROM check_answer WHERE id NOT IN (SELECT MIN(id) FROM check_answer GROUP BY learner, lesson_id, step)",
                        "CREATE UNIQUE INDEX check_answer_once ON check_answer (learner, lesson_id, step)"),
                List.of( // version 6: idempotency keys for quiz starts and challenge events, made by the caller
                        // (a random key per sitting or event: two checks in the same instant are two events,
                        // a retry of one is one). Doubles stored before, which a retry left with the same
                        // learner, content and instant, are dropped first, keeping the first of each; a
                        // doubled sitting goes only while it has no answers.
                        "DELETE FROM challenge_event WHERE id NOT IN (SELECT MIN(id) FROM challenge_event "
                                + "GROUP BY learner, challenge_id, kind, at)",
                        "DELETE FROM quiz_attempt WHERE id NOT IN (SELECT MIN(id) FROM quiz_attempt "
                                + "GROUP BY learner, quiz_id, seed, started_at) "
                                + "AND NOT EXISTS (SELECT 1 FROM quiz_answer a WHERE a.attempt_id = quiz_attempt.id)",
                        "DELETE FROM activity WHERE (kind = 'quiz_start' OR kind LIKE 'challenge%') "
                                + "AND id NOT IN (SELECT MIN(id) FROM activity GROUP BY learner, kind, ref, at)",
                        "ALTER TABLE challenge_event ADD COLUMN event_key TEXT",
                        "CREATE UNIQUE INDEX challenge_event_once ON challenge_event (learner, event_key)",
                        "ALTER TABLE quiz_attempt ADD COLUMN sitting_key TEXT",
                        "CREATE UNIQUE INDEX quiz_attempt_once ON quiz_attempt (learner, sitting_key)"));
    }

    static int latest() {
        return steps(Dialect.SQLITE).size();
    }

    /**
     * Applies every step above the database's version, each version in one transaction. Every
     * transaction first takes the dialect's migration lock and then reads the version, so
     * processes migrating one database at once never apply a step twice.
     */
    static void apply(Connection c, Dialect dialect) throws SQLException {
        apply(c, dialect, latest());
    }

    /** Applies the steps up to {@code target} only (a test builds a database as an older release left it). */
    static void apply(Connection c, Dialect dialect, int target) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        List<List<String>> all = steps(dialect);
        try {
            while (true) {
                try (Statement s = c.createStatement()) {
                    dialect.lockForMigration(c);
                    s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                    int current = currentVersion(c);
                    if (current > latest()) {
                        throw new SQLException("the progress database was written by a newer secpillar (schema "
                                + current + ", this program knows " + latest() + ")");
                    }
                    if (current >= target) {
                        c.commit();
                        return;
                    }
                    int v = current + 1;
                    for (String sql : all.get(v - 1)) {
                        s.execute(sql);
                    }
                    s.execute("DELETE FROM schema_version");
                    s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
