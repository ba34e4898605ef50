package dev.secpillar.progress;

import dev.secpillar.record.AwardRule;
import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.record.ReviewCard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A store that does nothing; tests override the calls they care about. */
class ForwardingStore implements ProgressStore {
    @Override
    public ProgressSnapshot snapshot() {
        return ProgressSnapshot.EMPTY;
    }

    @Override
    public void setAwardRule(AwardRule rule) {}

    @Override
    public List<String> recordStep(String lessonId, int step, Instant at) {
        return List.of();
    }

    @Override
    public List<String> recordCheckAnswer(String lessonId, int step, int choice, boolean right, Instant at) {
        return List.of();
    }

    @Override
    public java.util.Optional<String> setting(String name) {
        return java.util.Optional.empty();
    }

    @Override
    public void saveSetting(String name, String value, Instant at) {
    }

    @Override
    public List<String> recordLessonDone(String lessonId, Instant at) {
        return List.of();
    }

    @Override
    public long startQuizAttempt(String sittingKey, String quizId, long seed, List<String> questionOrder, Instant at) {
        return 0;
    }

    @Override
    public List<String> recordQuizAnswer(long attemptId, String questionId, String response, boolean correct, Instant at,
                                         Optional<ReviewCard> card) {
        return List.of();
    }

    @Override
    public List<String> finishQuizAttempt(long attemptId, int scorePercent, boolean passed, Instant at) {
        return List.of();
    }

    @Override
    public List<String> recordReview(ReviewCard card, boolean correct, Instant at) {
        return List.of();
    }

    @Override
    public List<String> recordChallengeEvent(String eventKey, String challengeId, ChallengeEvent event, Instant at) {
        return List.of();
    }

    @Override
    public List<String> awardEarned(Instant at) {
        return List.of();
    }

    @Override
    public void reset() {}

    @Override
    public String location() {
        return "nowhere";
    }

    @Override
    public void close() {}
}
