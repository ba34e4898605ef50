package dev.secpillar.badge;

import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A learner's record written in a test's own words, without a database. */
final class Records {
    static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    private final Map<String, Instant> lessons = new HashMap<>();
    private final List<QuizAttempt> attempts = new ArrayList<>();
    private final Map<String, ChallengeRecord> challenges = new HashMap<>();
    private final Map<String, ReviewCard> cards = new HashMap<>();
    private final Map<String, Instant> badges = new HashMap<>();
    private final TreeSet<LocalDate> days = new TreeSet<>();

    static Records empty() {
        return new Records();
    }

    Records done(String... lessonIds) {
        for (String id : lessonIds) {
            lessons.put(id, T);
        }
        days.add(T.atOffset(ZoneOffset.UTC).toLocalDate());
        return this;
    }

    Records quiz(String quizId, int score, boolean passed) {
        attempts.add(new QuizAttempt(attempts.size() + 1, quizId, 1, T, List.of(), Optional.of(T), Optional.of(score), passed));
        return this;
    }

    Records quizStarted(String quizId) {
        attempts.add(new QuizAttempt(attempts.size() + 1, quizId, 1, T, List.of(), Optional.empty(), Optional.empty(), false));
        return this;
    }

    /** A challenge passed with this many hints before the first pass (and a give-up if said). */
    Records passed(String challengeId, int hints, boolean gaveUp) {
        challenges.put(challengeId, new ChallengeRecord(challengeId, 1 + hints, hints, gaveUp, Optional.of(T),
                hints == 0 && !gaveUp));
        return this;
    }

    Records tried(String challengeId, int hints) {
        challenges.put(challengeId, new ChallengeRecord(challengeId, 2, hints, false, Optional.empty(), false));
        return this;
    }

    Records card(String questionId, boolean retired) {
        cards.put(questionId, new ReviewCard(questionId, "iam-quiz", T, 1, 5, 2, 0, Optional.of(T), retired));
        return this;
    }

    Records badge(String id) {
        badges.put(id, T);
        return this;
    }

    Records activeOn(String... isoDays) {
        for (String d : isoDays) {
            days.add(LocalDate.parse(d));
        }
        return this;
    }

    ProgressSnapshot snapshot() {
        return new ProgressSnapshot(Map.of(), lessons, Optional.empty(), attempts, challenges, cards, badges, days);
    }
}
