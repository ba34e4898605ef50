package dev.secpillar.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.cli.CliHarness;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line mode prints a lesson's sources after its last step: each address whole on its own line. */
class LineModeSourcesTest extends CliHarness {
    private static final String LESSON = "foundations-accounts";

    /** One line per step, and one more for each check (its answer, then Enter), then q at home. */
    private String walkThrough(Course course) {
        Lesson l = course.lesson(LESSON).orElseThrow();
        long lines = l.steps().size() + l.steps().stream().filter(s -> s instanceof Step.Check).count();
        return "1\n".repeat((int) lines) + "q\n";
    }

    private Course shipped(String lang) throws Exception {
        content = Path.of("").toAbsolutePath();
        return CourseLoader.load(content, List.of(), lang);
    }

    @Test
    void inEnglish() throws Exception {
        Course course = shipped("en");
        Run r = feed(walkThrough(course), "--plain", "lesson", LESSON);
        assertThat(r.err()).isEmpty();
        String out = r.out();
        List<String> lines = out.lines().toList();
        int from = lines.indexOf("Sources:");
        assertThat(from).isGreaterThan(lines.indexOf(lines.stream().filter(x -> x.contains("Lesson complete")
                || x.contains("complete")).findFirst().orElseThrow()));
        for (var s : course.lesson(LESSON).orElseThrow().sources()) {
            if (s.isReference()) {
                assertThat(lines).contains("- In this course: " + course.lesson(s.see()).orElseThrow().title());
            } else {
                assertThat(lines).contains("- " + s.title(), "  " + s.url());
            }
        }
    }

    @Test
    void inVietnamese() throws Exception {
        Course course = shipped("vi");
        Run r = feed(walkThrough(course), "--lang", "vi", "--plain", "lesson", LESSON);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).contains("Nguồn tham khảo:",
                "- Trong khóa học này: " + course.lesson("foundations-landing-zone-current").orElseThrow().title(),
                "  https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/organizing-your-aws-environment.html");
    }
}
