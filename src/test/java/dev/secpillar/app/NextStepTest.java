package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Positions;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The next recommended step: the lesson in hand, due reviews, then each module's lessons, quiz and challenges. */
class NextStepTest {
    private static final Instant NOW = Instant.parse("2025-03-05T12:00:00Z");
    private final Course course = new Course("Test", List.of(
            new Module("m1", "One", "", List.of(), List.of(lesson("a", "m1"), lesson("b", "m1")),
                    List.of(new Challenge("c1", "m1", ChallengeKind.POLICY, "Fix it", "", List.of(), List.of(), Map.of(),
                            Positions.NONE))),
            new Module("m2", "Two", "", List.of(), List.of(lesson("c", "m2")), List.of())),
            List.of(new Quiz("q1", "m1", "Quiz one", 80, List.of(), SourceRef.NONE)), List.of());

    private static Lesson lesson(String id, String module) {
        return new Lesson(id, module, "Lesson " + id, List.of(), 3, List.of(new Step.Page("x")));
    }

    private static ProgressSnapshot record(Map<String, Instant> done, Optional<String> last, List<QuizAttempt> quizzes,
                                           Map<String, ChallengeRecord> challenges, Map<String, ReviewCard> cards) {
        return new ProgressSnapshot(Map.of(), done, last, quizzes, challenges, cards, Map.of(), new TreeSet<>());
    }

    private NextStep next(ProgressSnapshot s) {
        return NextStep.of(course, s, NOW);
    }

    @Test
    void aModulesLessonsThenItsQuizThenItsChallengesThenTheNextModule() {
        assertThat(next(record(Map.of(), Optional.empty(), List.of(), Map.of(), Map.of())).sentence())
                .isEqualTo("Lesson a (secpillar lesson a)");
        Map<String, Instant> m1Done = Map.of("a", NOW, "b", NOW);
        assertThat(next(record(m1Done, Optional.of("b"), List.of(), Map.of(), Map.of())).sentence())
                .isEqualTo("Quiz: Quiz one (secpillar quiz q1)");
        List<QuizAttempt> passed = List.of(new QuizAttempt(1, "q1", 1, NOW, List.of(), Optional.of(NOW), Optional.of(90), true));
        assertThat(next(record(m1Done, Optional.of("b"), passed, Map.of(), Map.of())).sentence())
                .isEqualTo("Challenge: Fix it (secpillar challenge c1)");
        Map<String, ChallengeRecord> solved = Map.of("c1", new ChallengeRecord("c1", 1, 0, false, Optional.of(NOW), true));
        assertThat(next(record(m1Done, Optional.of("b"), passed, solved, Map.of())).id()).isEqualTo("c");
    }

    @Test
    void theLessonInHandComesFirstThenDueReviews() {
        ReviewCard due = new ReviewCard("q-1", "q1", NOW.minusSeconds(60), 1, 5, 1, 0, Optional.empty(), false);
        ReviewCard later = new ReviewCard("q-2", "q1", NOW.plusSeconds(86_400), 1, 5, 1, 0, Optional.empty(), false);
        Map<String, ReviewCard> cards = Map.of("q-1", due, "q-2", later);
        assertThat(next(record(Map.of(), Optional.of("b"), List.of(), Map.of(), cards)).id()).isEqualTo("b");
        assertThat(next(record(Map.of("b", NOW), Optional.of("b"), List.of(), Map.of(), cards)).sentence())
                .isEqualTo("Review 1 missed question that is due (secpillar review)");
    }

    @Test
    void everythingDone() {
        Map<String, Instant> all = Map.of("a", NOW, "b", NOW, "c", NOW);
        List<QuizAttempt> passed = List.of(new QuizAttempt(1, "q1", 1, NOW, List.of(), Optional.of(NOW), Optional.of(90), true));
        Map<String, ChallengeRecord> solved = Map.of("c1", new ChallengeRecord("c1", 1, 0, false, Optional.of(NOW), true));
        NextStep done = next(record(all, Optional.of("c"), passed, solved, Map.of()));
        assertThat(done.kind()).isEqualTo(NextStep.Kind.DONE);
        assertThat(done.sentence()).isEqualTo("Every lesson, quiz and challenge is done");
    }
}
