package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.LessonSource;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.progress.JdbcProgressStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finishing a shipped lesson shows the sources it rests on at 80x24: every address whole on a row
 * of its own (one wider than the screen whole after &gt;), and a {@code see:} as the other
 * lesson's title in the learner's language.
 */
class LessonSourcesTest {
    /** Three pages, one of them 115 characters long, and a see: to another lesson. */
    private static final String LESSON = "foundations-accounts";
    private static final String LONG_URL =
            "https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/organizing-your-aws-environment.html";

    @TempDir
    Path dataDir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private Pilot finish(Language language) {
        JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir);
        open.add(store);
        Course course = VietnameseScreensTest.course(language);
        CourseApp app = new CourseApp(course, store, TuiTestBase.CLOCK, Messages.of(language));
        Pilot p = Pilot.start(app, 80, 24, TuiTestBase.COLOUR.withLesson(LESSON));
        open.add(0, p);
        String done = Messages.of(language).get("tui.done.complete");
        for (int i = 0; i < 40 && !p.shows(done); i++) {
            p.press('1').press(KeyType.ArrowRight);
        }
        assertThat(p.text()).contains("✓ " + done);
        return p;
    }

    private static List<String> rows(Pilot p) {
        return p.lines().stream().map(String::strip).toList();
    }

    private void showsEverySourceWhole(Pilot p, Language language) {
        Course course = VietnameseScreensTest.course(language);
        Lesson lesson = course.lesson(LESSON).orElseThrow();
        assertThat(lesson.sources()).anyMatch(LessonSource::isReference)
                .anyMatch(s -> s.url().length() > 78);
        Messages m = Messages.of(language);
        assertThat(p.text()).contains(m.get("tui.sources.title"), m.get("tui.sources.sideways"));
        for (LessonSource s : lesson.sources()) {
            if (s.isReference()) {
                String title = course.lesson(s.see()).orElseThrow().title();
                assertThat(p.text().replaceAll("\\s+", " ")).contains(m.get("tui.sources.see", title));
            } else if (s.url().length() <= 78) {
                assertThat(rows(p)).as("a row holding only the address").contains(s.url());
                assertThat(p.text().replaceAll("\\s+", " ")).contains(s.title());
            }
        }
        // the wide one: its start on a row of its own, then, after >, the rest, never broken onto a next row
        assertThat(rows(p)).contains(LONG_URL.substring(0, 78) + SourcesView.MORE);
        assertThat(p.text()).doesNotContain(LONG_URL.substring(78));
        p.press('>');
        assertThat(rows(p)).contains(LONG_URL.substring(LONG_URL.length() - 78));
        p.press('<');
        assertThat(rows(p)).contains(LONG_URL.substring(0, 78) + SourcesView.MORE);
    }

    @Test
    void inEnglish() {
        Pilot p = finish(Language.EN);
        assertThat(p.text()).contains("Sources", "In this course: ");
        showsEverySourceWhole(p, Language.EN);
        assertThat(p.line(23)).contains("Enter", "Esc", "? help");
    }

    @Test
    void inVietnameseWithTheReferenceInVietnamese() {
        Pilot p = finish(Language.VI);
        String vi = VietnameseScreensTest.course(Language.VI).lesson("foundations-landing-zone-current").orElseThrow().title();
        String en = VietnameseScreensTest.course(Language.EN).lesson("foundations-landing-zone-current").orElseThrow().title();
        assertThat(vi).isNotEqualTo(en);
        assertThat(p.text()).contains("Nguồn tham khảo").doesNotContain(en);
        showsEverySourceWhole(p, Language.VI);
    }

    @Test
    void sOnALessonStepOpensTheSourcesAndEscComesBackToTheSameStep() {
        JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir);
        open.add(store);
        CourseApp app = new CourseApp(VietnameseScreensTest.course(Language.VI), store, TuiTestBase.CLOCK,
                Messages.of(Language.VI));
        Pilot p = Pilot.start(app, 80, 24, TuiTestBase.COLOUR.withLesson(LESSON));
        open.add(0, p);
        p.press('?');
        assertThat(p.text()).contains("nguồn tham khảo của bài học");
        p.press(KeyType.Escape);
        String stepLine = p.line(0);
        p.press('s');
        assertThat(p.line(0)).contains("Nguồn tham khảo");
        assertThat(rows(p)).contains(LONG_URL.substring(0, 78) + SourcesView.MORE, "Nguồn tham khảo");
        assertThat(p.line(23)).contains("Esc", "↑↓");
        assertThat(p.line(22)).contains("< > xem phần còn lại của một địa chỉ dài");
        p.press('>');
        assertThat(rows(p)).contains(LONG_URL.substring(LONG_URL.length() - 78));
        p.press(KeyType.Escape);
        assertThat(p.line(0)).isEqualTo(stepLine);
    }

    @Test
    void theHelpListsTheSidewaysKeys() {
        Pilot p = finish(Language.EN);
        p.press('?');
        assertThat(p.text()).contains("< >", "a long address");
    }
}
