package dev.secpillar.quiz;

import dev.secpillar.record.ReviewCard;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Schedules the review of missed questions with FSRS-5, the Free Spaced Repetition Scheduler
 * (the one Anki uses), from its published formulas with the FSRS-5 default parameters and a
 * desired retention of 90%. A card's memory is its stability S (days until recall drops to
 * 90%) and difficulty D (1 to 10). A quiz answer is right or wrong, so only two FSRS grades
 * occur: Again (1) for a wrong answer and Good (3) for a right one.
 *
 * <pre>
 *   R(t, S)  = (1 + F·t/S)^C                           C = -0.5, F = 19/81, so R(S, S) = 0.9
 *   I(S)     = S/F · (0.9^(1/C) - 1) = S               next interval in days (rounded, at least 1)
 *   S0(G)    = w[G-1]                                  first review
 *   D0(G)    = w4 - e^(w5·(G-1)) + 1                    clamped to [1, 10]
 *   D'       = w7·D0(4) + (1-w7)·(D + ΔD·(10-D)/9)      ΔD = -w6·(G-3); clamped to [1, 10]
 *   recalled: S' = S·(1 + e^w8·(11-D)·S^-w9·(e^(w10·(1-R)) - 1))
 *   forgot:   S' = min(w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)),  S·e^(w17·(w18-2)))
 *   same day (t &lt; 1): S' = S·e^(w17·(G-3+w18))
 * </pre>
 *
 * t is whole days since the last review, as FSRS counts them. S' is computed from the old D.
 * In a {@link ReviewCard}, {@code reps} counts right answers in a row since the last miss and
 * {@code lapses} counts misses; a card retires after {@value #RETIRE_AFTER} right reviews in
 * a row, and a retired question that is missed again in a quiz comes back.
 */
public final class ReviewScheduler {
    /** FSRS-5 default parameters w0..w18. */
    static final double[] W = {0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
        1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621};
    static final double DECAY = -0.5;
    static final double FACTOR = 19.0 / 81.0;
    static final double RETENTION = 0.9;
    static final int MAX_INTERVAL_DAYS = 36_500;
    public static final int RETIRE_AFTER = 3;

    private static final int AGAIN = 1;
    private static final int GOOD = 3;

    private ReviewScheduler() {}

    /**
     * The card after a question was missed in a quiz: a new card (the miss is its first
     * review), or the learner's existing card lapsing (and coming back if it had retired).
     */
    public static ReviewCard missed(Optional<ReviewCard> existing, String questionId, String quizId, Instant now) {
        if (existing.isEmpty()) {
            double s = W[0];
            return new ReviewCard(questionId, quizId, due(now, s), s, initialDifficulty(AGAIN), 0, 1,
                    Optional.of(now), false);
        }
        return next(existing.get(), AGAIN, now);
    }

    /** The card after it was answered in a review session. */
    public static ReviewCard reviewed(ReviewCard card, boolean right, Instant now) {
        return next(card, right ? GOOD : AGAIN, now);
    }

    /** Due for review: not retired, and its due time has come. */
    public static boolean isDue(ReviewCard card, Instant now) {
        return !card.retired() && !card.due().isAfter(now);
    }

    private static ReviewCard next(ReviewCard card, int grade, Instant now) {
        double s = card.stability();
        double d = card.difficulty();
        long t = card.lastReview().map(last -> Math.max(0, Duration.between(last, now).toDays())).orElse(0L);
        double r = retrievability(t, s);
        double newS;
        if (t < 1) {
            newS = s * Math.exp(W[17] * (grade - 3 + W[18]));
        } else if (grade == AGAIN) {
            newS = Math.min(forgetStability(s, d, r), s * Math.exp(W[17] * (W[18] - 2)));
        } else {
            newS = recallStability(s, d, r);
        }
        newS = Math.max(newS, 0.01);
        double newD = nextDifficulty(d, grade);
        boolean right = grade != AGAIN;
        int reps = right ? card.reps() + 1 : 0;
        int lapses = right ? card.lapses() : card.lapses() + 1;
        return new ReviewCard(card.questionId(), card.quizId(), due(now, newS), newS, newD, reps, lapses,
                Optional.of(now), reps >= RETIRE_AFTER);
    }

    /** Probability of recall t days after a review, for a memory of stability s. */
    static double retrievability(double t, double s) {
        return Math.pow(1 + FACTOR * t / s, DECAY);
    }

    /** Days until recall falls to the desired retention, rounded; at least one day. */
    static long intervalDays(double s) {
        double days = s / FACTOR * (Math.pow(RETENTION, 1 / DECAY) - 1);
        return Math.max(1, Math.min(MAX_INTERVAL_DAYS, Math.round(days)));
    }

    static double initialDifficulty(int grade) {
        return clamp(W[4] - Math.exp(W[5] * (grade - 1)) + 1);
    }

    static double nextDifficulty(double d, int grade) {
        double delta = -W[6] * (grade - 3);
        double damped = d + delta * (10 - d) / 9;
        return clamp(W[7] * initialDifficulty(4) + (1 - W[7]) * damped);
    }

    static double recallStability(double s, double d, double r) {
        return s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp(W[10] * (1 - r)) - 1));
    }

    static double forgetStability(double s, double d, double r) {
        return W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp(W[14] * (1 - r));
    }

    private static Instant due(Instant now, double s) {
        return now.plus(Duration.ofDays(intervalDays(s)));
    }

    private static double clamp(double d) {
        return Math.max(1, Math.min(10, d));
    }
}
