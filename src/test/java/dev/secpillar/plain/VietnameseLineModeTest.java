package dev.secpillar.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.cli.CliHarness;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Quiz;
import dev.secpillar.quiz.QuizSession;
import dev.secpillar.quiz.ShownQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Line mode in Vietnamese: its words, đ/s for true and false, the policy decisions' labels; the score as in English. */
class VietnameseLineModeTest extends CliHarness {
    private static final long SEED = 7;

    /** What to type for each question of the sitting: {@code trueFalse} for the true/false one, the right answer elsewhere. */
    private List<String> answers(String trueFalse) throws Exception {
        Quiz quiz = CourseLoader.load(content).quiz("more").orElseThrow();
        List<String> typed = new ArrayList<>();
        for (ShownQuestion q : QuizSession.start(quiz, SEED, x -> Optional.empty()).questions()) {
            List<Integer> right = q.question().answer();
            typed.add(switch (q.kind()) {
                case TRUE_FALSE -> trueFalse;
                case POLICY_DECISION -> "e";
                case SINGLE -> String.valueOf(q.shown(right.get(0)) + 1);
                case MULTI -> String.join(" ", right.stream().map(i -> String.valueOf(q.shown(i) + 1)).toList());
                case ORDER -> String.join(" ", java.util.stream.IntStream.range(0, q.size())
                        .mapToObj(i -> String.valueOf(q.shown(i) + 1)).toList());
            });
        }
        return typed;
    }

    @Test
    void trueAndFalseTakeĐAndSAndPolicyDecisionsReadInVietnamese() throws Exception {
        Run r = feed(String.join("\n", answers("đ")) + "\n\nq\n", "--lang", "vi", "--plain", "quiz", "more", "--seed",
                String.valueOf(SEED));
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("More quiz: 5 câu hỏi, điểm đạt 60%.", "Câu 1/5", "(đúng hay sai)", "Đúng hay sai (t/đ/f/s): ")
                .contains("(AWS quyết định thế nào?)", "1. Cho phép (Allow) (a)", "2. Bị từ chối tường minh (một Deny khớp) (e)",
                        "3. Bị từ chối: không có gì cho phép (i)")
                .contains("Đúng: nhận định này đúng.", "Đúng: Bị từ chối tường minh (một Deny khớp).")
                .contains("Điểm: 5/5 (100%). Điểm đạt 60%: đã đạt.")
                .contains("Tạm biệt.")
                .doesNotContain("Please type", "Question 1 of 5");
        // s (sai) where the statement is true: wrong, and scored as f would be
        Run wrong = feed(String.join("\n", answers("s")) + "\n\nq\n", "--lang", "vi", "--plain", "quiz", "more", "--seed",
                String.valueOf(SEED));
        assertThat(wrong.out()).contains("Chưa đúng: nhận định này đúng.", "Điểm: 4/5 (80%). Điểm đạt 60%: đã đạt.");
        // the same answers in English score the same: đ counted as t
        Run en = feed(String.join("\n", answers("t")) + "\n\nq\n", "--plain", "quiz", "more", "--seed", String.valueOf(SEED));
        assertThat(en.out()).contains("Score: 5 of 5 (100%). Pass mark 60%: passed.", "Right: the statement is true.",
                "Right: Explicit deny.");
    }

    @Test
    void aWrongLetterGetsAVietnameseHint() throws Exception {
        List<String> input = new ArrayList<>();
        for (String a : answers("x")) {
            input.add(a);
            if (a.equals("x")) {
                input.add("đúng");
            }
        }
        input.add("");
        input.add("q");
        Run r = feed(String.join("\n", input) + "\n", "--lang", "vi", "--plain", "quiz", "more", "--seed", String.valueOf(SEED));
        assertThat(r.out()).contains("Hãy gõ t/đ cho đúng hoặc f/s cho sai (hoặc 1 hay 2). (b để rời, q để thoát)")
                .contains("Điểm: 5/5 (100%)");
    }

    @Test
    void theHomeMenuSwitchesLanguageWithLAndRemembersIt() {
        Run r = feed("l\nq\n", "--plain");
        assertThat(r.out()).contains("l. Tiếng Việt (switch the language)", "Ngôn ngữ: Tiếng Việt", "l. English (đổi ngôn ngữ)",
                "Tạm biệt.");
        Run again = feed("q\n", "--plain");
        assertThat(again.out()).contains("Chọn số của học phần", "l. English (đổi ngôn ngữ)");
    }
}
