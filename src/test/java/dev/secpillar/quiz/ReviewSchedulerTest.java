package dev.secpillar.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.secpillar.record.ReviewCard;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of FSRS-5 with its default parameters. The expected numbers were computed
 * by hand from the published formulas (see {@link ReviewScheduler}), independently of the code.
 */
class ReviewSchedulerTest {
    private static final Instant DAY0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant day(int n) {
        return DAY0.plus(Duration.ofDays(n));
    }

    @Test
    void aMissedQuestionStartsWithTheAgainStabilityAndComesBackNextDay() {
        ReviewCard c = ReviewScheduler.missed(Optional.empty(), "iam-q03", "iam", DAY0);
        assertThat(c.stability()).isEqualTo(0.40255);          // S0(Again) = w0
        assertThat(c.difficulty()).isCloseTo(7.1949, within(1e-9)); // D0(1) = w4 - e^0 + 1 = w4
        assertThat(c.due()).isEqualTo(day(1));                  // I = S = 0.40 rounds to 0, at least 1 day
        assertThat(c.reps()).isZero();
        assertThat(c.lapses()).isEqualTo(1);
        assertThat(c.lastReview()).contains(DAY0);
        assertThat(c.retired()).isFalse();
    }

    @Test
    void rightAnswersOnTimeGrowTheIntervalAndTheThirdInARowRetiresTheCard() {
        ReviewCard c = ReviewScheduler.missed(Optional.empty(), "q", "quiz", DAY0);

        // Day 1, t = 1: R = (1 + 19/81 · 1/0.40255)^-0.5 = 0.794877
        assertThat(ReviewScheduler.retrievability(1, c.stability())).isCloseTo(0.794877, within(1e-6));
        c = ReviewScheduler.reviewed(c, true, day(1));
        assertThat(c.stability()).isCloseTo(2.265009, within(1e-6));
        assertThat(c.difficulty()).isCloseTo(7.176636, within(1e-6)); // only mean reversion toward D0(4) = 3.2244
        assertThat(c.due()).isEqualTo(day(3));
        assertThat(c.reps()).isEqualTo(1);
        assertThat(c.retired()).isFalse();

        // Day 3, t = 2: R = 0.910174
        c = ReviewScheduler.reviewed(c, true, day(3));
        assertThat(c.stability()).isCloseTo(5.798627, within(1e-6));
        assertThat(c.due()).isEqualTo(day(9));
        assertThat(c.reps()).isEqualTo(2);

        // Day 9, t = 6: R = 0.897045
        c = ReviewScheduler.reviewed(c, true, day(9));
        assertThat(c.stability()).isCloseTo(15.175666, within(1e-6));
        assertThat(c.difficulty()).isCloseTo(7.140360, within(1e-6));
        assertThat(c.due()).isEqualTo(day(24));
        assertThat(c.reps()).isEqualTo(ReviewScheduler.RETIRE_AFTER);
        assertThat(c.retired()).isTrue();
        assertThat(ReviewScheduler.isDue(c, day(400))).isFalse();
    }

    @Test
    void aWrongReviewLapsesTheCardWithThePostLapseStability() {
        ReviewCard c = ReviewScheduler.reviewed(ReviewScheduler.missed(Optional.empty(), "q", "quiz", DAY0), true, day(1));
        // Day 3, t = 2: R = 0.910174; S'f = w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)) = 0.803190,
        // below the cap S·e^(w17·(w18-2)) = 1.134834, so it stands.
        c = ReviewScheduler.reviewed(c, false, day(3));
        assertThat(c.stability()).isCloseTo(0.803190, within(1e-6));
        assertThat(c.difficulty()).isCloseTo(8.070517, within(1e-6)); // ΔD = +2·w6, damped, reverted
        assertThat(c.due()).isEqualTo(day(4));
        assertThat(c.reps()).isZero();
        assertThat(c.lapses()).isEqualTo(2);
    }

    @Test
    void aSameDayAnswerUsesTheShortTermFormula() {
        ReviewCard c = ReviewScheduler.missed(Optional.empty(), "q", "quiz", DAY0);
        ReviewCard good = ReviewScheduler.reviewed(c, true, DAY0.plus(Duration.ofHours(3)));
        ReviewCard again = ReviewScheduler.reviewed(c, false, DAY0.plus(Duration.ofHours(3)));
        assertThat(good.stability()).isCloseTo(0.40255 * Math.exp(0.51655 * 0.6621), within(1e-12));
        assertThat(again.stability()).isCloseTo(0.40255 * Math.exp(0.51655 * (0.6621 - 2)), within(1e-12));
    }

    @Test
    void aRetiredCardMissedAgainInAQuizComesBack() {
        ReviewCard c = ReviewScheduler.missed(Optional.empty(), "q", "quiz", DAY0);
        c = ReviewScheduler.reviewed(c, true, day(1));
        c = ReviewScheduler.reviewed(c, true, day(3));
        c = ReviewScheduler.reviewed(c, true, day(9));
        assertThat(c.retired()).isTrue();
        ReviewCard back = ReviewScheduler.missed(Optional.of(c), "q", "quiz", day(60));
        assertThat(back.retired()).isFalse();
        assertThat(back.reps()).isZero();
        assertThat(back.lapses()).isEqualTo(2);
        assertThat(ReviewScheduler.isDue(back, back.due())).isTrue();
        assertThat(ReviewScheduler.isDue(back, back.due().minusSeconds(1))).isFalse();
    }

    @Test
    void theIntervalIsTheStabilityAtNinetyPercentRetentionWithinBounds() {
        assertThat(ReviewScheduler.retrievability(10, 10)).isCloseTo(0.9, within(1e-12));
        assertThat(ReviewScheduler.intervalDays(15.4)).isEqualTo(15);
        assertThat(ReviewScheduler.intervalDays(0.2)).isEqualTo(1);
        assertThat(ReviewScheduler.intervalDays(1e9)).isEqualTo(36_500);
    }
}
