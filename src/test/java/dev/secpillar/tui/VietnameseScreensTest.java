package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.LanguageSwitch;
import dev.secpillar.app.QuizService;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.Step;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.progress.JdbcProgressStore;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The full screen in Vietnamese over the shipped course: a lesson, a quiz and a challenge with
 * Vietnamese interface words and Vietnamese content on screen, their outcomes recorded; and the
 * home screen's L, which switches both at once.
 */
class VietnameseScreensTest extends TuiTestBase {
    private static final Map<Language, Course> COURSES = new EnumMap<>(Language.class);

    static synchronized Course course(Language lang) {
        return COURSES.computeIfAbsent(lang, l -> {
            try {
                return CourseLoader.load(Path.of("").toAbsolutePath(), List.of(), l.code());
            } catch (dev.secpillar.content.ContentException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private CourseApp vietnamese(JdbcProgressStore store) {
        return new CourseApp(course(Language.VI), store, CLOCK, Messages.of(Language.VI));
    }

    @Test
    void aLessonInVietnameseFromFirstStepToDone() {
        CourseApp app = vietnamese(store());
        Lesson lesson = course(Language.VI).lesson("detection-why").or(() -> course(Language.VI).module("detection")
                .map(m -> m.lessons().get(0))).orElseThrow();
        Pilot p = pilot(app, 80, 24, COLOUR.withLesson(lesson.id()));
        assertThat(p.line(0)).contains("Bước 1/" + lesson.steps().size());
        assertThat(p.line(23)).contains("→ tiếp", "? trợ giúp");
        Step first = lesson.steps().get(0);
        if (first instanceof Step.Page page) {
            String firstWords = page.text().strip().split("\\s+")[0];
            assertThat(p.text()).contains(firstWords);
        }
        for (int i = 0; i < 40 && !p.shows("Đã hoàn thành bài học"); i++) {
            p.press('1').press(KeyType.ArrowRight);
        }
        assertThat(p.text()).contains("✓ Đã hoàn thành bài học", "Bạn đã hoàn thành 1/");
        assertThat(app.isDone(lesson)).isTrue();
        p.press('?');
        assertThat(p.text()).contains("Phím: Xong bài học", "Nhấn phím bất kỳ để đóng trợ giúp.");
    }

    @Test
    void aKnowledgeCheckAnswersInVietnamese() {
        CourseApp app = vietnamese(store());
        Lesson lesson = course(Language.VI).allLessons().stream()
                .filter(l -> l.moduleId().equals("detection") && l.steps().stream().anyMatch(s -> s instanceof Step.Check))
                .findFirst().orElseThrow();
        int check = 0;
        while (!(lesson.steps().get(check) instanceof Step.Check)) {
            check++;
        }
        Pilot p = pilot(app, 80, 24, COLOUR.withLesson(lesson.id()));
        for (int i = 0; i < check; i++) {
            p.press(KeyType.ArrowRight);
        }
        assertThat(p.text()).contains("Câu hỏi kiểm tra");
        assertThat(p.line(23)).contains("trả lời");
        p.press('1');
        assertThat(p.text()).containsAnyOf("✓ Đúng.", "✗ Chưa đúng. Đáp án là");
        assertThat(p.text()).contains("Nhấn → hoặc Enter để đi tiếp.");
        p.press(KeyType.ArrowRight); // answered, so the lesson goes on
        assertThat(p.line(0)).contains("Bước " + (check + 2) + "/");
        assertThat(app.progress(lesson).stepsSeen()).contains(check + 1);
    }

    @Test
    void aQuizInVietnameseIsAnsweredAndRecorded() {
        CourseApp app = vietnamese(store());
        Quiz quiz = course(Language.VI).quiz("detection").orElseThrow();
        Pilot p = pilot(app, 80, 24, COLOUR.withQuiz("detection", Optional.of(7L)));
        assertThat(p.line(0)).contains(quiz.title()).contains("Câu 1/" + quiz.questions().size());
        assertThat(p.text()).containsAnyOf("Nhấn 1-", "Chọn mọi đáp án đúng", "Nhấn t (đúng) hoặc f (sai)");
        p.press('1');
        if (p.text().contains("Chọn mọi đáp án đúng")) {
            p.press('\n'); // a select-all question: 1 ticked the first choice, Enter answers
        }
        assertThat(p.text()).containsAnyOf("✓ Đúng", "✗ Chưa đúng");
        assertThat(p.line(23)).contains("Enter câu tiếp");
        assertThat(new QuizService(app).unfinished(quiz)).hasValueSatisfying(
                run -> assertThat(run.session().answered()).hasSize(1));
    }

    @Test
    void aChallengeWorkspaceInVietnameseRecordsAGiveUp() {
        CourseApp app = vietnamese(store());
        String id = "det-console-without-mfa";
        var challenge = course(Language.VI).challenge(id).orElseThrow();
        Pilot p = pilot(app, 100, 30, COLOUR.withChallenge(id));
        assertThat(p.line(0)).contains("Thử thách › ");
        assertThat(p.text()).contains(challenge.story().strip().split("\\s+")[0], "Gõ câu trả lời trong trình soạn thảo;");
        p.press(KeyType.Escape); // closes the story
        assertThat(p.text()).contains("Câu trả lời (", "Trường hợp và lệnh");
        p.press(KeyType.Escape); // to the commands
        assertThat(p.line(29)).contains("g bỏ cuộc");
        p.press('g');
        assertThat(p.text()).contains("Bỏ cuộc?", "y để bỏ cuộc");
        p.press('y');
        assertThat(p.text()).contains("Lời giải của tác giả");
        assertThat(app.snapshot().challenge(id)).hasValueSatisfying(r -> assertThat(r.gaveUp()).isTrue());
    }

    @Test
    void lOnHomeSwitchesTheScreensAndTheCourseAndTheChoiceIsKept() {
        JdbcProgressStore store = store();
        CourseApp english = new CourseApp(course(Language.EN), store, CLOCK, Messages.of(Language.EN));
        LanguageSwitch languages = lang -> {
            store.saveSetting("language", lang.code(), CLOCK.instant());
            return new CourseApp(course(lang), store, CLOCK, Messages.of(lang));
        };
        Pilot p = pilot(english, 80, 24, COLOUR.withLanguages(languages));
        String enTitle = course(Language.EN).module("detection").orElseThrow().title();
        String viTitle = course(Language.VI).module("detection").orElseThrow().title();
        assertThat(viTitle).isNotEqualTo(enTitle);
        assertThat(p.text()).contains(enTitle.substring(0, Math.min(20, enTitle.length())));
        assertThat(p.line(23)).contains("L Tiếng Việt");
        p.press('L');
        assertThat(p.text()).contains(viTitle.substring(0, Math.min(20, viTitle.length())), "bài học");
        assertThat(p.line(23)).contains("L English", "q thoát");
        assertThat(store.setting("language")).contains("vi");
        // the next start reads the saved choice (the launcher resolves it as LanguageChoice does)
        assertThat(dev.secpillar.i18n.LanguageChoice.resolve(Optional.empty(), Map.of(),
                store.setting("language").flatMap(Language::parse))).isEqualTo(Language.VI);
        p.press('l');
        assertThat(p.text()).contains(enTitle.substring(0, Math.min(20, enTitle.length())));
        assertThat(store.setting("language")).contains("en");
    }

    @Test
    void withoutASwitchLSaysSoAndNothingChanges() {
        CourseApp app = vietnamese(store());
        Pilot p = pilot(app, 80, 24, COLOUR);
        p.press('L');
        assertThat(p.text()).contains("Không thể đổi ngôn ngữ ở đây.");
    }
}
