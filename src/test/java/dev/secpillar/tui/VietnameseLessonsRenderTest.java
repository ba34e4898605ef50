package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Step;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.progress.JdbcProgressStore;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lesson that has a Vietnamese translation, drawn at 80x24 and paged through step by
 * step (a check answered, its explanation read too): each word of the text must appear whole
 * on some line of the screen, so no word is cut at the edge or split by its diacritics. The
 * test follows the translations: a lesson joins it as soon as its .vi.yaml lands.
 */
class VietnameseLessonsRenderTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*");
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;

    @TempDir
    Path dataDir;

    @Test
    void everyVietnameseLessonFitsEightyColumnsWithoutACutWord() throws Exception {
        Course vi = VietnameseScreensTest.course(Language.VI);
        Course en = VietnameseScreensTest.course(Language.EN);
        List<Lesson> translated = vi.allLessons().stream()
                .filter(l -> !l.equals(en.lesson(l.id()).orElse(null)))
                .toList();
        assertThat(translated).as("the shipped course has Vietnamese lessons").isNotEmpty();
        List<String> cut = new ArrayList<>();
        int screens = 0;
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir)) {
            CourseApp app = new CourseApp(vi, store, TuiTestBase.CLOCK, Messages.of(Language.VI));
            for (Lesson lesson : translated) {
                try (Pilot p = Pilot.start(app, COLUMNS, ROWS, TuiTestBase.COLOUR.withLesson(lesson.id()))) {
                    for (int i = 0; i < lesson.steps().size(); i++) {
                        assertThat(p.line(0)).as(lesson.id()).contains("Bước " + (i + 1) + "/");
                        Step step = lesson.steps().get(i);
                        Set<String> lines = new LinkedHashSet<>();
                        screens += pageThrough(p, lines);
                        List<String> words = new ArrayList<>(words(text(step, vi)));
                        if (step instanceof Step.Check check) {
                            p.press('1'); // the verdict and the explanation are read too
                            p.press(KeyType.Home);
                            screens += pageThrough(p, lines);
                            words.addAll(words(check.explain()));
                        }
                        for (String w : words) {
                            if (lines.stream().noneMatch(l -> l.contains(w))) {
                                cut.add(lesson.id() + " step " + (i + 1) + ": \"" + w + "\"");
                            }
                        }
                        p.press(KeyType.ArrowRight);
                    }
                }
            }
        }
        assertThat(screens).isGreaterThan(translated.size());
        assertThat(cut).as("words not shown whole at 80x24 in " + translated.size() + " Vietnamese lessons").isEmpty();
    }

    /** The body lines of every page of the step, PgDn after PgDn until the screen stops changing. */
    private static int pageThrough(Pilot p, Set<String> lines) {
        String before = null;
        int screens = 0;
        for (int n = 0; n < 100; n++) {
            List<String> body = new ArrayList<>();
            for (int row = Chrome.BODY_TOP; row < ROWS - 2; row++) {
                body.add(Normalizer.normalize(p.line(row), Normalizer.Form.NFC));
            }
            String now = String.join("\n", body);
            if (now.equals(before)) {
                break;
            }
            lines.addAll(body);
            screens++;
            before = now;
            p.press(KeyType.PageDown);
        }
        return screens;
    }

    private static String text(Step step, Course course) {
        if (step instanceof Step.Page page) {
            return page.text();
        }
        if (step instanceof Step.Check check) {
            return check.prompt() + "\n" + String.join("\n", check.choices());
        }
        Step.ChallengeStep c = (Step.ChallengeStep) step;
        Optional<Challenge> challenge = course.challenge(c.challengeId());
        return challenge.map(ch -> ch.title() + "\n" + ch.story()).orElse("");
    }

    /** The words a reader sees: code blocks (drawn as they are, cut at the edge by design) and link targets left out. */
    static List<String> words(String markup) {
        String prose = Normalizer.normalize(markup, Normalizer.Form.NFC)
                .replaceAll("(?s)```.*?```", " ")
                .replaceAll("\\]\\([^)]*\\)", "] ");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(prose);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
