package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.course.Playbook;
import dev.secpillar.course.Question;
import dev.secpillar.course.Step;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped playbooks in Vietnamese: one text per step, in the lesson's page and in the quiz question. */
class ShippedPlaybooksVietnameseTest {
    static CourseLoader.Result result;
    static Course en;
    static Course vi;

    @BeforeAll
    static void load() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        result = CourseLoader.check(root, List.of(PlaybookCheck::check), "vi");
        assertThat(result.problems()).isEmpty();
        vi = result.course().orElseThrow();
        en = CourseLoader.load(root);
    }

    private static Playbook local(Playbook p) {
        return vi.playbooks().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow();
    }

    @Test
    void theLessonPageAndTheOrderQuestionShowTheSameVietnameseSteps() {
        assertThat(en.playbooks()).extracting(Playbook::id).containsExactly("leaked-access-key", "public-bucket");
        for (Playbook p : en.playbooks()) {
            Playbook v = local(p);
            for (int i = 0; i < p.steps().size(); i++) {
                assertThat(v.steps().get(i).text()).as(p.id() + " step " + i + " is translated").isNotEqualTo(p.steps().get(i).text());
            }
            List<String> pages = vi.lesson(p.lesson()).orElseThrow().steps().stream()
                    .filter(s -> s instanceof Step.Page pg && pg.text().equals(PlaybookReader.page(v)))
                    .map(s -> ((Step.Page) s).text()).toList();
            assertThat(pages).as("the Vietnamese page of " + p.id()).singleElement().satisfies(page -> {
                for (int i = 0; i < v.steps().size(); i++) {
                    assertThat(page).contains("- **" + (i + 1) + ".** " + v.steps().get(i).text() + "\n");
                }
            });
            Question q = vi.quizzes().stream().flatMap(z -> z.questions().stream()).filter(x -> x.id().equals(p.question()))
                    .findFirst().orElseThrow();
            assertThat(q.choices()).as(p.question()).isEqualTo(v.stepTexts());
        }
    }

    @Test
    void theTranslatorsPageIsWhatThePlaybookFileNowBuilds() {
        String page = PlaybookReader.page(local(en.playbooks().get(0)));
        assertThat(page).startsWith("""
                **Kịch bản ứng phó: IAM access key bị lộ.** Đây là thứ tự duy nhất của khóa
                học; bài kiểm tra và thử thách cũng hỏi đúng thứ tự này.

                - **1.** Phân loại ban đầu trong vài phút: xác nhận cảnh báo, chủ sở hữu của khóa, và khóa đang hoạt động
                - **2.** Ngăn chặn: vô hiệu hóa access key (đảo ngược được; giữ lại để điều tra)
                """);
        assertThat(vi.quiz("incident-response").orElseThrow().questions().stream().filter(q -> q.id().equals("ir-q08"))
                .findFirst().orElseThrow().choices().get(2))
                .isEqualTo("Ngăn chặn: thu hồi các phiên đã được cấp, bằng một deny trên aws:TokenIssueTime");
    }

    @Test
    void theChallengesDrillTheStepsWithTheirOwnTranslatedActions() {
        // A pool action is the scenario's concrete action for a step (its own English, so its own
        // Vietnamese); one that repeated the step's English would show the playbook's Vietnamese.
        for (Playbook p : en.playbooks()) {
            List<?> enPool = (List<?>) en.challenge(p.challenge()).orElseThrow().spec().get("pool");
            List<?> viPool = (List<?>) vi.challenge(p.challenge()).orElseThrow().spec().get("pool");
            for (int i = 0; i < enPool.size(); i++) {
                String english = (String) ((Map<?, ?>) enPool.get(i)).get("text");
                String text = (String) ((Map<?, ?>) viPool.get(i)).get("text");
                assertThat(text).as(p.challenge() + " pool " + i).isNotEqualTo(english);
                int step = p.stepTexts().indexOf(english);
                if (step >= 0) {
                    assertThat(text).isEqualTo(local(p).stepTexts().get(step));
                }
            }
        }
    }

    @Test
    void incidentResponseIsWhollyTranslatedWithNoLeftoverStepTranslations() {
        assertThat(result.warnings()).extracting(ContentProblem::toString)
                .noneMatch(w -> w.contains("playbooks.vi.yaml") || w.contains("repeats lessons/playbooks.yaml"));
        TranslationReport.Row ir = result.translations().get("vi").rows().stream()
                .filter(r -> r.module().equals("incident-response")).findFirst().orElseThrow();
        assertThat(ir.texts().stale() + ir.texts().missing()).isZero();
        assertThat(ir.lessons().missing() + ir.lessons().stale() + ir.questions().missing() + ir.questions().stale()
                + ir.challenges().missing() + ir.challenges().stale()).isZero();
    }
}
