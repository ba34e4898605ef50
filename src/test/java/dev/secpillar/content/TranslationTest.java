package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.course.Course;
import dev.secpillar.course.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translations beside the English: only text, tied to the English by fingerprints. */
class TranslationTest {
    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void copy() {
        root = Fixture.copyTo(temp.resolve("content"));
    }

    private static String item(String key, String english, String vi) {
        return "  " + key + ":\n    fingerprint: \"" + Fingerprint.of(english) + "\"\n    vi: " + YamlText.value(vi, 4) + "\n";
    }

    private void writeLessonTranslation(String body) {
        Fixture.write(root, "lessons/01-basics/01-first.vi.yaml", "items:\n" + body);
    }

    @Test
    void aTranslatedLessonShowsItsTextAndKeepsEverythingElse() throws Exception {
        writeLessonTranslation(item("title", "First lesson", "Bài học đầu tiên")
                + item("steps/1/prompt", "What is an account?", "Tài khoản là gì?")
                + item("steps/1/choices/0", "A boundary", "Một ranh giới"));
        Course vi = CourseLoader.load(root, List.of(), "vi");
        Course en = CourseLoader.load(root);
        var lesson = vi.lesson("basics-first").orElseThrow();
        assertThat(lesson.title()).isEqualTo("Bài học đầu tiên");
        Step.Check check = (Step.Check) lesson.steps().get(1);
        assertThat(check.prompt()).isEqualTo("Tài khoản là gì?");
        assertThat(check.choices()).containsExactly("Một ranh giới", "A password");
        assertThat(check.answer()).isEqualTo(((Step.Check) en.lesson("basics-first").orElseThrow().steps().get(1)).answer());
        assertThat(check.explain()).isEqualTo("An account isolates resources and permissions.");
        assertThat(en.lesson("basics-first").orElseThrow().title()).isEqualTo("First lesson");
    }

    @Test
    void whenTheEnglishChangesTheLearnerSeesTheEnglishAndValidateWarns() throws Exception {
        writeLessonTranslation(item("title", "First lesson", "Bài học đầu tiên")
                + item("steps/1/prompt", "What is an account?", "Tài khoản là gì?"));
        Path english = root.resolve("lessons/01-basics/01-first.yaml");
        Files.writeString(english, Files.readString(english).replace("What is an account?", "What is an AWS account?"));

        CourseLoader.Result r = CourseLoader.check(root, List.of(), "vi");
        assertThat(r.problems()).isEmpty();
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where().file()).endsWith("01-first.vi.yaml");
            assertThat(w.where().line()).isEqualTo(5);
            assertThat(w.message()).contains("stale translation of 'steps/1/prompt'");
        });
        Step.Check check = (Step.Check) r.course().orElseThrow().lesson("basics-first").orElseThrow().steps().get(1);
        assertThat(check.prompt()).isEqualTo("What is an AWS account?");
        assertThat(r.course().orElseThrow().lesson("basics-first").orElseThrow().title()).isEqualTo("Bài học đầu tiên");
        TranslationReport.Row basics = r.translations().get("vi").rows().stream()
                .filter(row -> row.module().equals("basics")).findFirst().orElseThrow();
        assertThat(basics.texts().translated()).isEqualTo(1);
        assertThat(basics.texts().stale()).isEqualTo(1);
        assertThat(basics.lessons()).isEqualTo(new TranslationReport.Counts(0, 1, 1));
    }

    @Test
    void aTranslationThatRestatesAnAnswerOrAnIdIsAnError() {
        writeLessonTranslation(item("title", "First lesson", "Bài học đầu tiên")
                + "  steps/1/answer:\n    fingerprint: \"00000000\"\n    vi: \"1\"\n"
                + "  steps/1/explain:\n    fingerprint: \"00000000\"\n    vi: x\n    answer: 1\n");
        CourseLoader.Result r = CourseLoader.check(root, List.of());
        assertThat(r.course()).isEmpty();
        assertThat(r.problems()).extracting(ContentProblem::toString).anySatisfy(p -> assertThat(p)
                .contains("01-first.vi.yaml:5:3: 'steps/1/answer' is not text of a lesson"))
                .anySatisfy(p -> assertThat(p).contains("01-first.vi.yaml:11:5: unknown key 'answer' in a translation item"));
    }

    @Test
    void challengeCasesAndQuizChoicesAreTranslatedByPath() throws Exception {
        Fixture.write(root, "lessons/01-basics/challenges/basics-challenge.vi.yaml", "items:\n"
                + item("story", "Put the steps in order.", "Sắp xếp các bước cho đúng.")
                + item("cases/0/name", "contain first", "cô lập trước tiên")
                + item("hints/0", "Start with containment.", "Bắt đầu bằng việc cô lập."));
        Fixture.write(root, "quizzes/basics.vi.yaml", "items:\n"
                + item("questions/basics-q01/choices/1", "Tags", "Thẻ (tag)"));
        Course vi = CourseLoader.load(root, List.of(), "vi");
        var c = vi.challenge("basics-challenge").orElseThrow();
        assertThat(c.story()).isEqualTo("Sắp xếp các bước cho đúng.");
        assertThat(c.hints()).containsExactly("Bắt đầu bằng việc cô lập.");
        assertThat(((java.util.Map<?, ?>) ((List<?>) c.spec().get("cases")).get(0)).get("name")).isEqualTo("cô lập trước tiên");
        assertThat(((java.util.Map<?, ?>) ((List<?>) c.spec().get("cases")).get(0)).get("first")).isEqualTo("contain");
        assertThat(vi.quiz("basics").orElseThrow().questions().get(0).choices()).containsExactly("Accounts", "Thẻ (tag)");
        assertThat(vi.quiz("basics").orElseThrow().questions().get(0).answer()).containsExactly(0);
    }

    @Test
    void textIsNormalisedToNfcOnLoad() throws Exception {
        String decomposed = Normalizer.normalize("Bài học đầu tiên", Normalizer.Form.NFD);
        writeLessonTranslation(item("title", "First lesson", decomposed));
        assertThat(CourseLoader.load(root, List.of(), "vi").lesson("basics-first").orElseThrow().title())
                .isEqualTo(Normalizer.normalize("Bài học đầu tiên", Normalizer.Form.NFC));
    }

    @Test
    void aTranslationWithoutItsEnglishFileIsAnError() {
        Fixture.write(root, "lessons/01-basics/09-gone.vi.yaml", "items: {}\n");
        assertThat(CourseLoader.check(root, List.of()).problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("09-gone.vi.yaml:1:1: no English file 09-gone.yaml"));
    }

    @Test
    void theGlossaryFlagsATermRenderedAnotherWay() {
        Fixture.write(root, "docs/glossary-vi.md", "| English | Tiếng Việt | Flag |\n|---|---|---|\n"
                + "| least privilege | đặc quyền tối thiểu | quyền hạn tối thiểu; quyền ít nhất |\n");
        writeLessonTranslation(item("title", "First lesson", "Áp dụng quyền hạn tối thiểu"));
        CourseLoader.Result r = CourseLoader.check(root, List.of());
        assertThat(r.problems()).extracting(ContentProblem::message).singleElement().asString()
                .contains("'quyền hạn tối thiểu' renders 'least privilege' another way", "'đặc quyền tối thiểu'");
        writeLessonTranslation(item("title", "First lesson", "Áp dụng đặc quyền tối thiểu"));
        assertThat(CourseLoader.check(root, List.of()).problems()).isEmpty();
    }

    @Test
    void aVariantWrappedAcrossTwoLinesIsStillFlagged() {
        Fixture.write(root, "docs/glossary-vi.md", "| English | Tiếng Việt | Flag |\n|---|---|---|\n"
                + "| least privilege | đặc quyền tối thiểu | quyền hạn tối thiểu |\n");
        writeLessonTranslation(item("title", "First lesson", "Áp dụng quyền hạn\n  tối thiểu"));
        assertThat(CourseLoader.check(root, List.of()).problems()).extracting(ContentProblem::message)
                .singleElement().asString().contains("'quyền hạn tối thiểu' renders 'least privilege' another way");
    }

    /** The interface's words follow the same glossary as the content: a learner meets one term one way. */
    @Test
    void theInterfaceBundleUsesTheGlossarysRenderings() throws Exception {
        Problems problems = new Problems();
        Glossary g = Glossary.parse("docs/glossary-vi.md", Files.readString(Path.of("docs/glossary-vi.md")), problems);
        java.util.Properties vi = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/dev/secpillar/i18n/messages_vi.properties"))) {
            vi.load(in);
        }
        for (String key : new java.util.TreeSet<>(vi.stringPropertyNames())) {
            g.check(vi.getProperty(key), new dev.secpillar.course.SourceRef("messages_vi.properties " + key, 0, 0), problems);
        }
        assertThat(problems.sorted()).extracting(ContentProblem::toString).isEmpty();
    }

    @Test
    void codeSpansThatATranslationDropsAreAWarning() {
        String page = "Accounts are **boundaries**. Use `AWS Organizations`.\n\n- one account per workload\n- one per environment\n";
        writeLessonTranslation(item("steps/0/page", page, "Tài khoản là **ranh giới**. Dùng Organizations.\n"));
        assertThat(CourseLoader.check(root, List.of()).warnings()).extracting(ContentProblem::message)
                .anySatisfy(m -> assertThat(m).contains("drops code the English has: `AWS Organizations`"));
    }

    @Test
    void theStubListsEveryTextAndKeepsTranslationsAcrossEnglishEdits() throws Exception {
        TranslationStub stub = new TranslationStub(root, "vi");
        Path lesson = root.resolve("lessons/01-basics/01-first.yaml");
        List<TranslationStub.FileReport> first = stub.stub(List.of(lesson));
        assertThat(first).singleElement().satisfies(f -> {
            assertThat(f.missing()).isEqualTo(7);
            assertThat(f.translated()).isZero();
        });
        Path vi = root.resolve("lessons/01-basics/01-first.vi.yaml");
        String text = Files.readString(vi);
        assertThat(text).contains("  title:\n    en: \"First lesson\"\n    fingerprint: \"" + Fingerprint.of("First lesson")
                + "\"\n    vi: \"\"\n", "  steps/0/page:\n    en: |\n      Accounts are **boundaries**.");
        assertThat(CourseLoader.load(root, List.of(), "vi")).isEqualTo(CourseLoader.load(root));

        // The translator fills two items.
        Files.writeString(vi, text.replaceFirst("vi: \"\"", "vi: \"Bài học đầu tiên\"")
                .replace("    en: \"The end of the first lesson.\"\n    fingerprint: \"" + Fingerprint.of("The end of the first lesson.")
                        + "\"\n    vi: \"\"", "    en: \"The end of the first lesson.\"\n    fingerprint: \""
                        + Fingerprint.of("The end of the first lesson.") + "\"\n    vi: \"Hết bài học thứ nhất.\""));
        // The author inserts a page before the end and retitles the lesson.
        Files.writeString(lesson, Files.readString(lesson).replace("title: First lesson", "title: The first lesson")
                .replace("  - page: The end of the first lesson.", "  - page: One more page.\n  - page: The end of the first lesson."));

        List<TranslationStub.FileReport> second = stub.stub(List.of(vi));
        assertThat(second).singleElement().satisfies(f -> {
            assertThat(f.stale()).isEqualTo(1);
            assertThat(f.moved()).isEqualTo(1);
        });
        String after = Files.readString(vi);
        assertThat(after).contains("  # STALE", "  title:\n    en: \"The first lesson\"\n    en_was: \"First lesson\"\n"
                + "    fingerprint: \"" + Fingerprint.of("First lesson") + "\"\n    vi: \"Bài học đầu tiên\"\n");
        Course course = CourseLoader.load(root, List.of(), "vi");
        var steps = course.lesson("basics-first").orElseThrow().steps();
        assertThat(((Step.Page) steps.get(3)).text()).isEqualTo("Hết bài học thứ nhất.");
        assertThat(course.lesson("basics-first").orElseThrow().title()).isEqualTo("The first lesson");

        assertThat(stub.accept(List.of(lesson), Set.of("title"))).singleElement()
                .satisfies(f -> assertThat(f.accepted()).isEqualTo(1));
        assertThat(CourseLoader.load(root, List.of(), "vi").lesson("basics-first").orElseThrow().title())
                .isEqualTo("Bài học đầu tiên");
        assertThat(Files.readString(vi)).doesNotContain("    en_was:", "# STALE");
        assertThat(stub.stub(List.of(lesson))).singleElement().satisfies(f -> assertThat(f.changed()).isFalse());
    }

    @Test
    void theStubRefusesABrokenEnglishCourse() {
        Fixture.write(root, "lessons/02-more/01-third.yaml", "id: more-third\ntitle: [oops\n");
        assertThatThrownBy(() -> new TranslationStub(root, "vi").stub(List.of(root)))
                .isInstanceOf(ContentException.class).hasMessageContaining("01-third.yaml");
    }

    @Test
    void yamlValuesReadBackExactly() {
        for (String s : List.of("plain", "with \"quotes\" and \\ backslash", "two\nlines\n", "no newline\nat end",
                "  indented first\nline\n", "trailing\n\n\n", "tab\there\n", "Tiếng Việt có dấu\n\n- một\n- hai\n",
                "# not a comment\n", "key: value\n", "")) {
            String doc = "  k: " + YamlText.value(s, 2) + "\n";
            var node = YamlFile.compose(doc, "t", new Problems()).orElseThrow();
            String back = ((org.snakeyaml.engine.v2.nodes.ScalarNode) ((org.snakeyaml.engine.v2.nodes.MappingNode) node)
                    .getValue().get(0).getValueNode()).getValue();
            assertThat(back).as(doc).isEqualTo(s);
        }
    }

    @Test
    void theProjectGlossaryParsesWithoutAVariantInsideARendering() throws Exception {
        Problems problems = new Problems();
        Glossary g = Glossary.parse("docs/glossary-vi.md", Files.readString(Path.of("docs/glossary-vi.md")), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(g.terms()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(g.terms()).extracting(Glossary.Term::english).contains("least privilege", "permissions boundary",
                "incident response", "detective control", "guardrail");
    }
}
