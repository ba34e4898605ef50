package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.course.Course;
import dev.secpillar.progress.JdbcProgressStore;
import dev.secpillar.record.ReviewCard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missed questions come back on Home when due, and the review screen asks and reschedules them. */
class ReviewScreenTest extends TuiTestBase {
    @TempDir
    Path contentDir;

    @Test
    void missedQuestionsAreDueTheNextDayAndReviewedFromHome() throws Exception {
        Course course = CourseLoader.load(Fixture.copyTo(contentDir));
        Pilot quiz = pilot(app(course), 80, 24, COLOUR.withQuiz("more"));
        for (int i = 0; i < 5; i++) {
            boolean right = !quiz.shows("Which credential should a build job use?")
                    && !quiz.shows("Accounts are a strong isolation boundary.");
            QuizScreenTest.answer(quiz, right);
            quiz.press('\n');
        }
        quiz.press(KeyType.Escape);
        assertThat(quiz.text()).as("nothing is due on the day of the quiz").doesNotContain("Review:");
        quiz.close();

        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir)) {
            CourseApp later = new CourseApp(course, store, Clock.offset(CLOCK, Duration.ofDays(2)));
            Pilot p = Pilot.start(later, 80, 24, COLOUR);
            try {
                assertThat(p.text()).contains("↻ Review: 2 due");
                p.press('r');
                assertThat(p.line(0)).contains("Review of missed questions").endsWith("Card 1 of 2");
                QuizScreenTest.answer(p, true);
                assertThat(p.text()).contains("✓ Right", "This card comes back in");
                assertThat(p.line(0)).endsWith("Card 1 of 2");
                p.press('\n');
                assertThat(p.line(0)).endsWith("Card 2 of 2");
                QuizScreenTest.answer(p, false);
                assertThat(p.text()).contains("✗ Not quite", "This card comes back in 1 day.");
                p.press('\n');
                assertThat(p.text()).contains("✓ Review done", "1 of 2 right.", "The next card is due in 1 day.");
                p.press('\n');
                assertThat(p.text()).doesNotContain("Review:");
            } finally {
                p.close();
            }
            assertThat(later.snapshot().reviewCards().values()).allSatisfy(c -> assertThat(c.reps() + c.lapses()).isGreaterThan(1))
                    .extracting(ReviewCard::lastReview).allSatisfy(at -> assertThat(at).contains(CLOCK.instant()
                            .plus(Duration.ofDays(2))));
        }
    }
}
