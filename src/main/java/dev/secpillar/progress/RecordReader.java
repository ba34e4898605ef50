package dev.secpillar.progress;

import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.LearnerRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads learners' records: one learner's (the store after every write) or the whole class's
 * (the leaderboard and the instructor's view) with the same few queries, so both always agree.
 * A query per table, whatever the number of learners.
 */
final class RecordReader {
    private final Connection c;
    /** Empty: every learner. */
    private final Optional<String> learner;
    private final Map<String, Builder> records = new TreeMap<>();

    private RecordReader(Connection c, Optional<String> learner) {
        this.c = c;
        this.learner = learner;
    }

    static ProgressSnapshot one(Connection c, String learner) throws SQLException {
        Map<String, Builder> all = new RecordReader(c, Optional.of(learner)).read();
        Builder b = all.get(learner);
        return b == null ? ProgressSnapshot.EMPTY : b.snapshot();
    }

    static List<LearnerRecord> everyone(Connection c) throws SQLException {
        RecordReader reader = new RecordReader(c, Optional.empty());
        Map<String, Builder> all = reader.read();
        try (ResultSet rs = reader.query("SELECT learner FROM learner_key")) {
            while (rs.next()) {
                reader.of(rs.getString(1));
            }
        }
        List<LearnerRecord> out = new ArrayList<>();
        all.forEach((name, b) -> out.add(new LearnerRecord(name, b.snapshot(), Optional.ofNullable(b.lastActivity))));
        return List.copyOf(out);
    }

    private Builder of(String name) {
        return records.computeIfAbsent(name, k -> new Builder());
    }

    /**
     * Runs a query whose {@code {learner}} stands for the condition on the learner column
     * (optionally qualified, {@code q.{learner}}): "learner = ?" for one learner, always true for all.
     */
    private ResultSet query(String sql) throws SQLException {
        String bound = learner.isPresent()
                ? sql.replace("{learner}", "learner = ?")
                : sql.replace("q.{learner}", "1 = 1").replace("{learner}", "1 = 1");
        PreparedStatement p = c.prepareStatement(bound);
        if (learner.isPresent() && bound.contains("?")) {
            p.setString(1, learner.get());
        }
        p.closeOnCompletion();
        return p.executeQuery();
    }

    private Map<String, Builder> read() throws SQLException {
        try (ResultSet rs = query("SELECT learner, lesson_id, step FROM step_seen WHERE {learner}")) {
            while (rs.next()) {
                of(rs.getString(1)).steps.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getInt(3));
            }
        }
        try (ResultSet rs = query("SELECT learner, lesson_id, at FROM lesson_done WHERE {learner}")) {
            while (rs.next()) {
                of(rs.getString(1)).done.put(rs.getString(2), Instant.parse(rs.getString(3)));
            }
        }
        // The newest activity of each learner, and the newest lesson touched (where "continue" goes).
        try (ResultSet rs = query("SELECT a.learner, a.kind, a.ref, a.at FROM activity a JOIN "
                + "(SELECT learner AS l, MAX(id) AS m FROM activity WHERE {learner} GROUP BY learner) n ON a.id = n.m")) {
            while (rs.next()) {
                of(rs.getString(1)).lastActivity = new LearnerRecord.Activity(rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)));
            }
        }
        try (ResultSet rs = query("SELECT a.learner, a.ref FROM activity a JOIN (SELECT learner AS l, MAX(id) AS m "
                + "FROM activity WHERE {learner} AND kind IN ('step', 'lesson_done') GROUP BY learner) n ON a.id = n.m")) {
            while (rs.next()) {
                of(rs.getString(1)).lastLesson = rs.getString(2);
            }
        }
        try (ResultSet rs = query("SELECT DISTINCT learner, substr(at, 1, 10) FROM activity WHERE {learner}")) {
            while (rs.next()) {
                of(rs.getString(1)).days.add(LocalDate.parse(rs.getString(2)));
            }
        }
        quizAttempts();
        challenges();
        try (ResultSet rs = query("SELECT learner, question_id, quiz_id, due, stability, difficulty, reps, lapses, "
                + "last_review, retired FROM review_card WHERE {learner}")) {
            while (rs.next()) {
                of(rs.getString(1)).cards.put(rs.getString(2), new ReviewCard(rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), rs.getDouble(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8),
                        Optional.ofNullable(rs.getString(9)).map(Instant::parse), rs.getInt(10) == 1));
            }
        }
        try (ResultSet rs = query("SELECT learner, badge_id, at FROM badge_award WHERE {learner}")) {
            while (rs.next()) {
                of(rs.getString(1)).badges.put(rs.getString(2), Instant.parse(rs.getString(3)));
            }
        }
        return records;
    }

    private void quizAttempts() throws SQLException {
        Map<Long, List<QuizAttempt.QuizAnswer>> answers = new HashMap<>();
        try (ResultSet rs = query("SELECT a.attempt_id, a.question_id, a.response, a.correct, a.at FROM quiz_answer a "
                + "JOIN quiz_attempt q ON q.id = a.attempt_id WHERE q.{learner} ORDER BY a.id")) {
            while (rs.next()) {
                answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new QuizAttempt.QuizAnswer(
                        rs.getString(2), rs.getString(3), rs.getInt(4) == 1, Instant.parse(rs.getString(5))));
            }
        }
        try (ResultSet rs = query("SELECT learner, id, quiz_id, seed, started_at, finished_at, score_percent, passed, "
                + "question_order FROM quiz_attempt WHERE {learner} ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(2);
                String finished = rs.getString(6);
                int score = rs.getInt(7);
                Optional<Integer> scoreOpt = rs.wasNull() ? Optional.empty() : Optional.of(score);
                of(rs.getString(1)).attempts.add(new QuizAttempt(id, rs.getString(3), rs.getLong(4),
                        Instant.parse(rs.getString(5)), answers.getOrDefault(id, List.of()),
                        Optional.ofNullable(finished).map(Instant::parse), scoreOpt, rs.getInt(8) == 1,
                        order(rs.getString(9))));
            }
        }
    }

    private static List<String> order(String ids) {
        return ids == null || ids.isBlank() ? List.of() : List.of(ids.trim().split(" +"));
    }

    private void challenges() throws SQLException {
        try (ResultSet rs = query("SELECT learner, challenge_id, kind, at FROM challenge_event WHERE {learner} ORDER BY id")) {
            while (rs.next()) {
                of(rs.getString(1)).challenge(rs.getString(2), ChallengeEvent.valueOf(rs.getString(3)),
                        Instant.parse(rs.getString(4)));
            }
        }
    }

    /** One learner's rows as they are read. */
    private static final class Builder {
        final Map<String, Set<Integer>> steps = new HashMap<>();
        final Map<String, Instant> done = new HashMap<>();
        String lastLesson;
        LearnerRecord.Activity lastActivity;
        final TreeSet<LocalDate> days = new TreeSet<>();
        final List<QuizAttempt> attempts = new ArrayList<>();
        final Map<String, int[]> counts = new LinkedHashMap<>(); // checks, hints, gave up
        final Map<String, Instant> passed = new HashMap<>();
        final Map<String, Boolean> clean = new HashMap<>();
        final Map<String, ReviewCard> cards = new HashMap<>();
        final Map<String, Instant> badges = new HashMap<>();

        void challenge(String id, ChallengeEvent event, Instant at) {
            int[] c = counts.computeIfAbsent(id, k -> new int[3]);
            switch (event) {
                case CHECK -> c[0]++;
                case HINT -> c[1]++;
                case GIVE_UP -> c[2] = 1;
                case PASS -> {
                    if (!passed.containsKey(id)) {
                        passed.put(id, at);
                        clean.put(id, c[1] == 0 && c[2] == 0);
                    }
                }
            }
        }

        ProgressSnapshot snapshot() {
            Map<String, Set<Integer>> seen = new HashMap<>();
            steps.forEach((k, v) -> seen.put(k, Set.copyOf(v)));
            Map<String, ChallengeRecord> challenges = new HashMap<>();
            counts.forEach((id, c) -> challenges.put(id, new ChallengeRecord(id, c[0], c[1], c[2] == 1,
                    Optional.ofNullable(passed.get(id)), clean.getOrDefault(id, false))));
            return new ProgressSnapshot(seen, done, Optional.ofNullable(lastLesson), attempts, challenges, cards, badges, days);
        }
    }
}
