package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import dev.secpillar.progress.JdbcProgressStore;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.quiz.QuizSession;
import dev.secpillar.quiz.ShownQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Line mode quizzes and reviews through a pipe, and what the other commands then report. */
class QuizCommandTest extends CliHarness {
    private static final long SEED = 7;

    private Quiz quiz(String id) throws Exception {
        return CourseLoader.load(content).quiz(id).orElseThrow();
    }

    /** What to type for each question of a sitting with this seed, right or (for listed ids) wrong. */
    private List<String> answers(String quizId, List<String> wrong) throws Exception {
        List<String> lines = new ArrayList<>();
        for (ShownQuestion q : QuizSession.start(quiz(quizId), SEED, x -> Optional.empty()).questions()) {
            lines.add(typed(q, !wrong.contains(q.question().id())));
        }
        return lines;
    }

    static String typed(ShownQuestion q, boolean right) {
        Question question = q.question();
        int a = question.answer().get(0);
        return switch (question.kind()) {
            case SINGLE -> Integer.toString(q.shown(right ? a : (a + 1) % q.size()) + 1);
            case TRUE_FALSE -> (a == 0) == right ? "t" : "f";
            case POLICY_DECISION -> String.valueOf("aei".charAt(right ? a : (a + 1) % 3));
            case MULTI -> (right ? question.answer() : List.of((a + 1) % q.size())).stream()
                    .map(i -> Integer.toString(q.shown(i) + 1)).collect(Collectors.joining(" "));
            case ORDER -> IntStream.range(0, q.size()).map(i -> right ? i : q.size() - 1 - i)
                    .mapToObj(i -> Integer.toString(q.shown(i) + 1)).collect(Collectors.joining(" "));
        };
    }

    @Test
    void aWholeQuizThroughAPipeWithHintsForBadInput() throws Exception {
        List<String> input = new ArrayList<>(List.of("banana", "0", "9 9"));
        input.addAll(answers("more", List.of()));
        input.add("");  // back to the menu
        input.add("q");
        Run r = feed(String.join("\n", input) + "\n", "quiz", "more", "--seed", "7");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("More quiz: 5 questions, pass mark 60%.", "Question 1 of 5", "Question 5 of 5")
                .contains("Please type")
                .contains("Score: 5 of 5 (100%). Pass mark 60%: passed.", "Every answer was right.")
                .contains("Goodbye. Your progress is saved.")
                .doesNotContain("Not quite", "Exception");
    }

    @Test
    void eachKindTakesItsOwnInputAndRefusesTheRestWithAHint() throws Exception {
        List<String> input = new ArrayList<>();
        for (ShownQuestion q : QuizSession.start(quiz("more"), SEED, x -> Optional.empty()).questions()) {
            switch (q.kind()) {
                case MULTI -> input.addAll(List.of("", "1 x", "7"));
                case ORDER -> input.addAll(List.of("1 2 3", "1 1 2 3", "1 2 3 9"));
                case TRUE_FALSE -> input.addAll(List.of("yes", "3"));
                case POLICY_DECISION -> input.addAll(List.of("deny", "4"));
                default -> input.add("x");
            }
            input.add(typed(q, true));
        }
        input.add("q");
        Run r = feed(String.join("\n", input) + "\n", "--plain", "quiz", "more", "--seed", "7");
        assertThat(r.out())
                .contains("Please type the numbers of every choice that applies, from 1 to 4")
                .contains("There is no choice 7.")
                .contains("Item 4 is missing.", "Item 1 is there twice.", "There is no item 9.")
                .contains("Please type t for true or f for false (or 1 or 2).")
                .contains("Please type 1, 2 or 3, or a for Allow, e for Explicit deny, i for Implicit deny.")
                .contains("Please type one number from 1 to 3.")
                .contains("Score: 5 of 5 (100%)");
    }

    @Test
    void answersPersistAcrossRestartAndShowInListAndProgress() throws Exception {
        List<String> input = new ArrayList<>(answers("more", List.of("more-q01", "more-q04")));
        input.add("q");
        Run quiz = feed(String.join("\n", input) + "\n", "quiz", "more", "--seed", "7");
        assertThat(quiz.out()).contains("Score: 3 of 5 (60%). Pass mark 60%: passed.", "Missed questions:",
                "Why: Roles give short-lived credentials.", "Taught in: Third lesson",
                "Lessons to revisit:", "  - Third lesson (secpillar lesson more-third)",
                "2 missed questions come back for review in 1 day (secpillar review).",
                "Not quite. The answer is", "The right order is:");

        JsonNode list = new ObjectMapper().readTree(run("list", "--json").out());
        JsonNode more = list.at("/quizzes/1");
        assertThat(more.get("id").asText()).isEqualTo("more");
        assertThat(more.get("bestScore").asInt()).isEqualTo(60);
        assertThat(more.get("attempts").asInt()).isEqualTo(1);
        assertThat(more.get("passed").asBoolean()).isTrue();
        assertThat(list.at("/quizzes/0/bestScore").isNull()).isTrue();

        assertThat(run("progress").out()).contains("quiz 60% passed", "quiz not taken");
        JsonNode progress = new ObjectMapper().readTree(run("progress", "--json").out());
        assertThat(progress.at("/modules/1/quizzes/0/bestScore").asInt()).isEqualTo(60);
        assertThat(progress.at("/modules/1/quizzes/0/sittings/0/seed").asLong()).isEqualTo(SEED);
        assertThat(progress.at("/modules/1/quizzes/0/sittings/0/answered").asInt()).isEqualTo(5);
        assertThat(progress.get("reviewsDue").asInt()).isZero();

        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(data)) {
            QuizAttempt a = store.snapshot().attempts("more").get(0);
            assertThat(a.seed()).isEqualTo(SEED);
            assertThat(a.answers()).hasSize(5).allSatisfy(ans -> assertThat(ans.at()).isAfter(Instant.EPOCH));
            assertThat(a.answers()).filteredOn(ans -> !ans.correct()).extracting(QuizAttempt.QuizAnswer::questionId)
                    .containsExactlyInAnyOrder("more-q01", "more-q04");
            assertThat(a.answers()).filteredOn(ans -> ans.questionId().equals("more-q05"))
                    .extracting(QuizAttempt.QuizAnswer::response).containsExactly("ExplicitDeny");
            assertThat(store.snapshot().reviewCards()).containsOnlyKeys("more-q01", "more-q04");
        }
    }

    @Test
    void theSameSeedReplaysTheSameSitting() {
        String first = feed("q\n", "quiz", "more", "--seed", "42").out();
        String again = feed("q\n", "quiz", "more", "--seed", "42").out();
        assertThat(first).contains("Question 1 of 5");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aReviewThroughAPipeReschedulesTheDueCards() throws Exception {
        Instant now = Instant.now();
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(data)) {
            long attempt = store.startQuizAttempt("more", 1, now.minus(Duration.ofDays(3)));
            store.recordQuizAnswer(attempt, "more-q03", "1", false, now.minus(Duration.ofDays(3)), Optional.of(
                    new ReviewCard("more-q03", "more", now.minus(Duration.ofHours(1)), 0.40255, 7.1949, 0, 1,
                            Optional.of(now.minus(Duration.ofDays(3))), false)));
        }
        assertThat(feed("q\n", "--plain").out()).contains("r. Review: 1 due", "r to review");
        Run r = feed("maybe\nt\nq\n", "review");
        assertThat(r.out()).contains("Review: 1 card due.", "Card 1 of 1 (true or false)",
                "Accounts are a strong isolation boundary.", "Please type t for true or f for false",
                "Right: the statement is true.", "This card comes back in", "Review done: 1 of 1 right.");
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(data)) {
            ReviewCard card = store.snapshot().reviewCards().get("more-q03");
            assertThat(card.reps()).isEqualTo(1);
            assertThat(card.due()).isAfter(now.plus(Duration.ofDays(1)));
        }
        assertThat(feed("q\n", "review").out()).contains("Nothing to review now. The next card is due in");
    }

    @Test
    void aModuleMenuOffersItsQuiz() {
        Run r = feed("2\nt\nb\nq\n", "--plain");
        assertThat(r.out()).contains("t. Take the quiz: More quiz (5 questions, pass mark 60%; quiz not taken)",
                "More quiz: 5 questions, pass mark 60%.", "Question 1 of 5");
    }

    @Test
    void anUnknownQuizIsAUsageError() {
        Run r = run("quiz", "nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("secpillar: no quiz 'nope'; 'secpillar list' shows the quiz ids");
    }

    @Test
    void aSittingLeftHalfWayIsResumedInLineMode() {
        Run left = feed("1\nb\n", "quiz", "basics");
        assertThat(left.out()).contains("Question 1 of 2");
        Run again = feed("1\n1\n\n", "quiz", "basics");
        assertThat(again.out()).contains("You left this quiz half-way: 1 of 2 questions answered",
                        "1. Resume (question 2 of 2)", "2. Start over", "Question 2 of 2", "Score:")
                .doesNotContain("Question 1 of 2");
        Run fresh = feed("b\n", "quiz", "basics");
        assertThat(fresh.out()).as("a finished sitting is not offered again").doesNotContain("Resume");
    }
}
