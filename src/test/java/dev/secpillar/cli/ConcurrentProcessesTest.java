package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Course;
import dev.secpillar.course.Quiz;
import dev.secpillar.quiz.QuizSession;
import dev.secpillar.quiz.ShownQuestion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four learners' shells on one data directory: four real processes run {@code quiz ID --plain}
 * on one SQLite file at once, each with the same seed and scripted answers. Each sitting ends
 * with every question answered exactly once, and no process sees a locked database or a
 * "cannot commit" (busy timeout and BEGIN IMMEDIATE make them queue for the file).
 */
class ConcurrentProcessesTest {
    static final int PROCESSES = 4;
    static final long SEED = 7;
    static final String QUIZ = "iam";

    @TempDir
    Path home;

    @Test
    void fourProcessesOnOneDataDirectoryStoreEveryAnswerOnce() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Course course = CourseLoader.load(root);
        Quiz quiz = course.quiz(QUIZ).orElseThrow();
        List<ShownQuestion> asked = QuizSession.start(quiz, SEED, q -> Optional.empty()).questions();
        // the answers typed, then Enter (back to the menu) and q (quit)
        String script = asked.stream().map(ConcurrentProcessesTest::typed).collect(Collectors.joining("\n"))
                + "\n\nq\n";

        List<ChildJvm> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            children.add(ChildJvm.start(List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                    Map.of("SECPILLAR_HOME", home.toString(), "SECPILLAR_LANG", "en"), root,
                    in -> in.write(script.getBytes(StandardCharsets.UTF_8)),
                    "quiz", QUIZ, "--plain", "--seed", Long.toString(SEED), "--content", root.toString()));
        }
        List<ChildJvm.Result> results = new ArrayList<>();
        for (ChildJvm c : children) {
            results.add(c.await(300));
        }
        for (ChildJvm.Result r : results) {
            String all = r.out() + r.err();
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(all).doesNotContain("cannot commit").doesNotContain("SQLITE_BUSY").doesNotContain("locked")
                    .doesNotContain("Progress not saved").doesNotContain("cannot start");
            assertThat(r.out()).contains("Goodbye.");
        }

        Path db = home.resolve("progress.db");
        assertThat(db).exists();
        List<Long> attempts = new ArrayList<>();
        int rows = 0;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT id FROM quiz_attempt WHERE quiz_id = '" + QUIZ
                    + "' AND finished_at IS NOT NULL AND seed = " + SEED)) {
                while (rs.next()) {
                    attempts.add(rs.getLong(1));
                }
            }
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM quiz_attempt")) {
                rs.next();
                assertThat(rs.getInt(1)).as("sittings").isEqualTo(PROCESSES);
            }
            for (long a : attempts) {
                List<String> answered = new ArrayList<>();
                try (var rs = s.executeQuery("SELECT question_id FROM quiz_answer WHERE attempt_id = " + a)) {
                    while (rs.next()) {
                        answered.add(rs.getString(1));
                    }
                }
                rows += answered.size();
                assertThat(answered).as("sitting " + a).containsExactlyInAnyOrderElementsOf(
                        asked.stream().map(q -> q.question().id()).toList());
            }
        }
        assertThat(attempts).hasSize(PROCESSES);
        System.out.printf("4 processes on one SQLite data dir: %d answers typed, %d rows, exits %s, %d-%d ms each%n",
                PROCESSES * asked.size(), rows, results.stream().map(r -> Integer.toString(r.exit())).toList(),
                results.stream().mapToLong(ChildJvm.Result::millis).min().orElse(0),
                results.stream().mapToLong(ChildJvm.Result::millis).max().orElse(0));
    }

    /** A valid answer to the question as shown, as a learner would type it. */
    static String typed(ShownQuestion q) {
        return switch (q.kind()) {
            case SINGLE, MULTI -> "1";
            case TRUE_FALSE -> "t";
            case POLICY_DECISION -> "a";
            case ORDER -> IntStream.rangeClosed(1, q.size()).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        };
    }
}
