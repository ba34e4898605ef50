package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import dev.secpillar.progress.JdbcProgressStore;
import dev.secpillar.record.ProgressException;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.quiz.QuizSession;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ReviewScheduler;
import dev.secpillar.quiz.ReviewSession;
import dev.secpillar.quiz.ShownQuestion;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizServiceTest {
    /** A clock the test moves forward by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @TempDir
    Path temp;

    Course course;
    JdbcProgressStore store;
    final TestClock clock = new TestClock();
    CourseApp app;
    QuizService quizzes;

    @BeforeEach
    void open() throws Exception {
        course = CourseLoader.load(Fixture.copyTo(temp.resolve("content")));
        store = JdbcProgressStore.openSqlite(temp.resolve("data"));
        app = new CourseApp(course, store, clock);
        quizzes = new QuizService(app, () -> 11L);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Quiz more() {
        return course.quiz("more").orElseThrow();
    }

    static Response right(ShownQuestion q) {
        Question x = q.question();
        return switch (x.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Response.Pick(x.answer().get(0));
            case MULTI -> new Response.Picks(x.answer());
            case ORDER -> new Response.Sequence(x.answer());
        };
    }

    static Response wrong(ShownQuestion q) {
        Question x = q.question();
        return switch (x.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Response.Pick((x.answer().get(0) + 1) % q.size());
            case MULTI -> new Response.Picks(List.of());
            case ORDER -> new Response.Sequence(IntStream.range(0, q.size()).map(i -> q.size() - 1 - i).boxed().toList());
        };
    }

    /** Answers every question, wrongly for the listed ids. */
    private QuizRun take(List<String> missed) {
        QuizRun run = quizzes.start(more());
        while (!run.session().finished()) {
            ShownQuestion q = run.session().current();
            clock.advance(Duration.ofSeconds(20));
            run = quizzes.answer(run, missed.contains(q.question().id()) ? wrong(q) : right(q));
        }
        return run;
    }

    @Test
    void everyAnswerIsCommittedAtOnceWithTimeResponseAndCorrectness() {
        QuizRun run = quizzes.start(more());
        assertThat(run.session().seed()).isEqualTo(11L);
        ShownQuestion first = run.session().current();
        clock.advance(Duration.ofSeconds(30));
        QuizRun answered = quizzes.answer(run, wrong(first));
        // Another connection sees it: the answer is committed, not held until the quiz ends.
        try (JdbcProgressStore other = JdbcProgressStore.openSqlite(temp.resolve("data"))) {
            QuizAttempt a = other.snapshot().attempts("more").get(0);
            assertThat(a.seed()).isEqualTo(11L);
            assertThat(a.finishedAt()).isEmpty();
            assertThat(a.answers()).singleElement().satisfies(ans -> {
                assertThat(ans.questionId()).isEqualTo(first.question().id());
                assertThat(ans.correct()).isFalse();
                assertThat(ans.at()).isEqualTo(clock.now);
                assertThat(ans.response()).isEqualTo(answered.session().last().orElseThrow().marking().recorded());
            });
            assertThat(other.snapshot().reviewCards()).containsOnlyKeys(first.question().id());
        }
    }

    @Test
    void theLastAnswerRecordsTheScoreAndTheMissedQuestionsGetCards() {
        QuizRun run = take(List.of("more-q01", "more-q04"));
        assertThat(quizzes.result(run).scorePercent()).isEqualTo(60);
        QuizAttempt a = app.snapshot().attempts("more").get(0);
        assertThat(a.scorePercent()).contains(60);
        assertThat(a.passed()).isTrue();
        assertThat(a.answers()).hasSize(5);
        assertThat(app.snapshot().reviewCards()).containsOnlyKeys("more-q01", "more-q04");
        ReviewCard card = app.snapshot().reviewCards().get("more-q01");
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.due()).isAfter(clock.now);
        assertThat(quizzes.standing(more())).extracting(QuizStanding::attempts, QuizStanding::bestScore, QuizStanding::passed)
                .containsExactly(1, Optional.of(60), true);
    }

    @Test
    void missingAgainLapsesTheCardAndARightAnswerInAQuizLeavesIt() {
        take(List.of("more-q01", "more-q03"));
        ReviewCard q01 = app.snapshot().reviewCards().get("more-q01");
        ReviewCard q03 = app.snapshot().reviewCards().get("more-q03");
        clock.advance(Duration.ofDays(3));
        take(List.of("more-q01"));
        assertThat(app.snapshot().reviewCards().get("more-q01").lapses()).isEqualTo(2);
        assertThat(app.snapshot().reviewCards().get("more-q01").lastReview()).contains(app.snapshot().attempts("more")
                .get(1).answers().stream().filter(a -> a.questionId().equals("more-q01")).findFirst().orElseThrow().at());
        assertThat(app.snapshot().reviewCards().get("more-q03")).isEqualTo(q03);
        assertThat(q01.lapses()).isEqualTo(1);
    }

    @Test
    void aReviewAsksTheDueCardsReschedulesThemAndRetiresThemAfterThreeRightInARow() {
        take(List.of("more-q03"));
        assertThat(quizzes.dueCount()).isZero();
        assertThat(quizzes.untilNextReview()).hasValueSatisfying(d -> assertThat(d)
                .isBetween(Duration.ofHours(23), Duration.ofDays(1)));
        for (int i = 1; i <= ReviewScheduler.RETIRE_AFTER; i++) {
            clock.now = app.snapshot().reviewCards().get("more-q03").due();
            assertThat(quizzes.dueCount()).isEqualTo(1);
            ReviewSession s = quizzes.startReview();
            assertThat(s.progress()).isEqualTo("Card 1 of 1");
            s = quizzes.answer(s, right(s.current()));
            ReviewCard card = app.snapshot().reviewCards().get("more-q03");
            assertThat(card).isEqualTo(s.last().orElseThrow().card());
            assertThat(card.reps()).isEqualTo(i);
            assertThat(card.retired()).isEqualTo(i == ReviewScheduler.RETIRE_AFTER);
        }
        clock.advance(Duration.ofDays(3650));
        assertThat(quizzes.dueCount()).isZero();
        assertThat(quizzes.untilNextReview()).isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheSittingAsItWasSoTheLearnerCanTryAgain() {
        ProgressStore failing = (ProgressStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProgressStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("recordQuizAnswer")) {
                        throw new ProgressException("disk full");
                    }
                    return method.invoke(store, args);
                });
        QuizService broken = new QuizService(new CourseApp(course, failing, clock), () -> 11L);
        QuizRun run = broken.start(more());
        ShownQuestion q = run.session().current();
        assertThatThrownBy(() -> broken.answer(run, right(q))).isInstanceOf(ProgressException.class).hasMessageContaining("disk full");
        assertThat(run.session().current()).isEqualTo(q);
        assertThat(store.snapshot().attempts("more").get(0).answers()).isEmpty();
        assertThat(store.snapshot().reviewCards()).isEmpty();
    }

    @Test
    void theRecordedSeedReplaysTheSitting() {
        QuizRun run = take(List.of());
        long seed = app.snapshot().attempts("more").get(0).seed();
        QuizSession replay = QuizSession.start(more(), seed, quizzes::exhibit);
        assertThat(replay.questions()).isEqualTo(run.session().questions());
    }

    @Test
    void aPolicyQuestionShowsTheSimulatorsJsonAndReason() {
        Question q = more().questions().stream().filter(x -> x.id().equals("more-q05")).findFirst().orElseThrow();
        assertThat(quizzes.exhibit(q)).hasValueSatisfying(e -> {
            assertThat(e.json()).contains("\"Sid\": \"NoDeletes\"");
            assertThat(e.why()).isEqualTo("Explicit deny: identityPolicies[0] statement NoDeletes");
        });
        assertThat(quizzes.exhibit(more().questions().get(0))).isEmpty();
    }

    @Test
    void waitsAreSaidInWords() {
        assertThat(QuizService.inWords(Duration.ofMinutes(5))).isEqualTo("in 1 hour");
        assertThat(QuizService.inWords(Duration.ofHours(5))).isEqualTo("in 5 hours");
        assertThat(QuizService.inWords(Duration.ofDays(1))).isEqualTo("in 1 day");
        assertThat(QuizService.inWords(Duration.ofHours(25))).isEqualTo("in 2 days");
    }
}
