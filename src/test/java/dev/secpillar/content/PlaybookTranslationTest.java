package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.course.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playbook is translated once, in lessons/playbooks.vi.yaml: the lesson's playbook page, the
 * order question's items and the pool actions that repeat a step all read it, go stale together
 * when the step's English changes, and cannot carry a Vietnamese of their own.
 */
class PlaybookTranslationTest {
    @TempDir
    Path temp;
    Path root;

    private static final List<CourseCheck> CHECKS = List.of(PlaybookCheck::check);
    private static final String PLAYBOOKS_VI = "lessons/playbooks.vi.yaml";
    private static final String HEADING = "**Playbook: {title}.** One order.";
    private static final String HEADING_VI = "**Kịch bản: {title}.** Một thứ tự.";

    @BeforeEach
    void write() throws Exception {
        root = Fixture.copyTo(temp.resolve("content"));
        Fixture.addBasicsPlaybook(root);
        append("quizzes/basics.yaml", Fixture.BASICS_ORDER_QUESTION);
        Fixture.write(root, PLAYBOOKS_VI, "items:\n"
                + item("page_heading", HEADING, HEADING_VI)
                + item("playbooks/basics/title", "the basics", "những điều cơ bản")
                + item("playbooks/basics/steps/contain", "Contain the damage", "Ngăn chặn thiệt hại")
                + item("playbooks/basics/steps/eradicate", "Remove the cause", "Loại bỏ nguyên nhân")
                + item("playbooks/basics/steps/recover", "Recover", "Khôi phục"));
    }

    private void append(String file, String text) throws Exception {
        Path p = root.resolve(file);
        Files.writeString(p, Files.readString(p) + text);
    }

    private static String item(String key, String english, String vi) {
        return "  " + key + ":\n    fingerprint: \"" + Fingerprint.of(english) + "\"\n    vi: " + YamlText.value(vi, 4) + "\n";
    }

    private static String page(Course c) {
        return ((Step.Page) c.lesson("basics-first").orElseThrow().steps().get(3)).text();
    }

    private static Question question(Course c) {
        return c.quiz("basics").orElseThrow().questions().stream().filter(q -> q.id().equals("basics-q03"))
                .findFirst().orElseThrow();
    }

    private static List<Object> pool(Course c) {
        Challenge ch = c.challenge("basics-challenge").orElseThrow();
        return ((List<?>) ch.spec().get("pool")).stream().map(m -> ((Map<?, ?>) m).get("text")).map(Object.class::cast).toList();
    }

    private static TranslationReport.Row basics(CourseLoader.Result r) {
        return r.translations().get("vi").rows().stream().filter(row -> row.module().equals("basics")).findFirst().orElseThrow();
    }

    @Test
    void theLessonTheQuestionAndThePoolShowTheOneVietnameseOfEachStep() throws Exception {
        Fixture.write(root, "quizzes/basics.vi.yaml", "items:\n"
                + item("questions/basics-q03/prompt", "In which order?", "Theo thứ tự nào?")
                + item("questions/basics-q03/explain", "Contain, then clean, then recover.",
                        "Ngăn chặn, rồi dọn dẹp, rồi khôi phục."));
        Course vi = CourseLoader.load(root, CHECKS, "vi");
        assertThat(page(vi)).isEqualTo("""
                **Kịch bản: những điều cơ bản.** Một thứ tự.

                - **1.** Ngăn chặn thiệt hại
                - **2.** Loại bỏ nguyên nhân
                - **3.** Khôi phục
                """);
        assertThat(question(vi).choices()).containsExactly("Ngăn chặn thiệt hại", "Loại bỏ nguyên nhân", "Khôi phục");
        assertThat(question(vi).answer()).containsExactly(0, 1, 2);
        assertThat(pool(vi)).containsExactly("Ngăn chặn thiệt hại", "Loại bỏ nguyên nhân", "Khôi phục", "Panic");
        assertThat(vi.playbooks().get(0).stepTexts()).containsExactly("Ngăn chặn thiệt hại", "Loại bỏ nguyên nhân", "Khôi phục");

        Course en = CourseLoader.load(root, CHECKS);
        assertThat(page(en)).startsWith("**Playbook: the basics.** One order.\n\n- **1.** Contain the damage\n");
        assertThat(question(en).choices()).containsExactly("Contain the damage", "Remove the cause", "Recover");

        CourseLoader.Result r = CourseLoader.check(root, CHECKS, "vi");
        assertThat(r.warnings()).isEmpty();
        // The five playbook texts count once, as texts of playbooks.yaml (the heading in "course"); the
        // question is whole with its own prompt and explanation, its items being the playbook's.
        assertThat(basics(r).texts().translated()).isEqualTo(4 + 2);
        assertThat(basics(r).questions()).isEqualTo(new TranslationReport.Counts(1, 0, 2));
        assertThat(r.translations().get("vi").rows().get(0).texts().translated()).isEqualTo(1);
        assertThat(basics(r).lessons().translated()).isZero();
        assertThat(basics(r).challenges()).isEqualTo(new TranslationReport.Counts(0, 0, 2));
    }

    @Test
    void whenAStepsEnglishChangesEveryPlaceThatShowsItShowsTheEnglishAndValidateWarnsOnce() throws Exception {
        for (String file : List.of("lessons/playbooks.yaml", "lessons/01-basics/challenges/basics-challenge.yaml")) {
            Path p = root.resolve(file);
            Files.writeString(p, Files.readString(p).replace("Remove the cause", "Remove the root cause"));
        }
        CourseLoader.Result r = CourseLoader.check(root, CHECKS, "vi");
        assertThat(r.problems()).isEmpty();
        assertThat(r.warnings()).extracting(ContentProblem::toString).singleElement().satisfies(w -> assertThat(w)
                .contains(PLAYBOOKS_VI + ":11:3: warning: stale translation of 'playbooks/basics/steps/eradicate': the"
                        + " English changed since it was translated")
                .endsWith(PLAYBOOKS_VI + " --key playbooks/basics/steps/eradicate"));
        Course vi = r.course().orElseThrow();
        assertThat(page(vi)).contains("- **1.** Ngăn chặn thiệt hại\n- **2.** Remove the root cause\n- **3.** Khôi phục\n");
        assertThat(question(vi).choices()).containsExactly("Ngăn chặn thiệt hại", "Remove the root cause", "Khôi phục");
        assertThat(pool(vi)).containsExactly("Ngăn chặn thiệt hại", "Remove the root cause", "Khôi phục", "Panic");
        assertThat(basics(r).texts().stale()).isEqualTo(1);
        assertThat(basics(r).questions().stale()).isEqualTo(1);
        assertThat(basics(r).challenges().stale()).isEqualTo(1);
    }

    @Test
    void theStubWritesThePlaybooksFileAndLeavesTheirTextsOutOfTheOthers() throws Exception {
        Files.delete(root.resolve(PLAYBOOKS_VI));
        var reports = new TranslationStub(root, "vi").stub(List.of(root.resolve("lessons/playbooks.yaml"),
                root.resolve("lessons/01-basics/01-first.yaml"), root.resolve("quizzes/basics.yaml"),
                root.resolve("lessons/01-basics/challenges/basics-challenge.yaml")));
        assertThat(reports.get(0).file()).endsWith(PLAYBOOKS_VI);
        assertThat(reports.get(0).missing()).isEqualTo(5);
        String playbooks = Files.readString(root.resolve(PLAYBOOKS_VI));
        assertThat(playbooks).contains("# vi translation of lessons/playbooks.yaml\n", "  page_heading:\n",
                "  playbooks/basics/title:\n", "  playbooks/basics/steps/contain:\n    en: \"Contain the damage\"\n");
        assertThat(Files.readString(root.resolve("lessons/01-basics/01-first.vi.yaml"))).contains("steps/2/page")
                .doesNotContain("steps/3/page");
        assertThat(Files.readString(root.resolve("quizzes/basics.vi.yaml"))).contains("questions/basics-q03/prompt")
                .doesNotContain("questions/basics-q03/choices");
        assertThat(Files.readString(root.resolve("lessons/01-basics/challenges/basics-challenge.vi.yaml")))
                .contains("pool/3/text").doesNotContain("pool/0/text", "pool/1/text", "pool/2/text");
    }

    @Test
    void aStepTranslatedAgainInTheQuizIsNeverShownAndIsReported() throws Exception {
        Fixture.write(root, "quizzes/basics.vi.yaml", "items:\n"
                + item("questions/basics-q03/choices/1", "Remove the cause", "Xóa nguyên nhân gốc"));
        CourseLoader.Result r = CourseLoader.check(root, CHECKS, "vi");
        assertThat(question(r.course().orElseThrow()).choices()).containsExactly("Ngăn chặn thiệt hại",
                "Loại bỏ nguyên nhân", "Khôi phục");
        assertThat(r.warnings()).extracting(ContentProblem::toString).singleElement().satisfies(w -> assertThat(w)
                .endsWith("quizzes/basics.vi.yaml:2:3: warning: 'questions/basics-q03/choices/1' repeats"
                        + " lessons/playbooks.yaml, so its translation is read from lessons/playbooks.vi.yaml and not"
                        + " from here; remove it"));
    }

    @Test
    void aHeadingWithoutItsTitleAndAStepTranslatedTwoWaysAreErrors() throws Exception {
        append("lessons/playbooks.yaml", """
                  - id: again
                    title: again
                    lesson: basics-first
                    question: basics-q03
                    challenge: basics-challenge
                    steps:
                      - {id: contain, text: Contain the damage}
                      - {id: wait, text: Wait}
                      - {id: recover, text: Recover}
                """);
        append(PLAYBOOKS_VI, item("playbooks/again/steps/contain", "Contain the damage", "Khoanh vùng thiệt hại"));
        Path vi = root.resolve(PLAYBOOKS_VI);
        Files.writeString(vi, Files.readString(vi).replace("**Kịch bản: {title}.**", "**Kịch bản.**"));
        CourseLoader.Result r = CourseLoader.check(root, List.of(), "vi");
        assertThat(r.course()).isEmpty();
        String prefix = root.toAbsolutePath() + "/";
        assertThat(r.problems()).extracting(p -> p.toString().replace(prefix, "")).containsExactly(
                PLAYBOOKS_VI + ":4:9: 'page_heading' must keep {title} where the playbook's title goes",
                PLAYBOOKS_VI + ":19:9: 'playbooks/again/steps/contain' has the same English as"
                        + " 'playbooks/basics/steps/contain' but another translation; a step reads the same wherever it"
                        + " appears");
    }

    @Test
    void aPlaybooksFileWithoutItsPageHeadingTitleIsAnError() {
        Fixture.write(root, "lessons/playbooks.yaml", """
                page_heading: "**Playbook.**"
                playbooks: []
                """);
        String prefix = root.toAbsolutePath() + "/";
        assertThat(CourseLoader.check(root).problems()).extracting(p -> p.toString().replace(prefix, ""))
                .contains("lessons/playbooks.yaml:1:15: 'page_heading' must say where the playbook's title goes with {title}");
    }
}
