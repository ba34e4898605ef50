package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.Fingerprint;
import dev.secpillar.content.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In Vietnamese, the lesson's playbook page, the quiz's order question and the challenge's pool
 * show one Vietnamese text per playbook step, from lessons/playbooks.vi.yaml; when the step's
 * English changes, all three show the new English and validate names the stale item.
 */
class PlaybookVietnameseTest extends CliHarness {
    private static final String[] VI = {"Ngăn chặn thiệt hại", "Loại bỏ nguyên nhân", "Khôi phục"};

    private static String item(String key, String english, String vi) {
        return "  " + key + ":\n    fingerprint: \"" + Fingerprint.of(english) + "\"\n    vi: \"" + vi + "\"\n";
    }

    @BeforeEach
    void playbook() throws Exception {
        Fixture.addBasicsPlaybook(content);
        Fixture.write(content, "quizzes/playbook.yaml", """
                id: basics-playbook
                module: basics
                questions:
                """ + Fixture.BASICS_ORDER_QUESTION);
        Fixture.write(content, "lessons/playbooks.vi.yaml", "items:\n"
                + item("page_heading", "**Playbook: {title}.** One order.", "**Kịch bản: {title}.** Một thứ tự.")
                + item("playbooks/basics/title", "the basics", "những điều cơ bản")
                + item("playbooks/basics/steps/contain", "Contain the damage", VI[0])
                + item("playbooks/basics/steps/eradicate", "Remove the cause", VI[1])
                + item("playbooks/basics/steps/recover", "Recover", VI[2]));
    }

    private String lesson() {
        return feed("\n1\n\n\n\nb\nq\n", "--plain", "--lang", "vi", "lesson", "basics-first").out();
    }

    private String quiz() {
        return feed("1 2 3\nq\n", "--plain", "--lang", "vi", "quiz", "basics-playbook").out();
    }

    private String pool() throws Exception {
        Path start = temp.resolve("start.yaml");
        assertThat(run("--lang", "vi", "challenge", "basics-challenge", "--start=" + start).exit()).isZero();
        return Files.readString(start);
    }

    @Test
    void theLessonTheQuizAndTheChallengeShowTheSameVietnameseStep() throws Exception {
        assertThat(lesson()).contains("Kịch bản: những điều cơ bản. Một thứ tự.", "1. " + VI[0], "2. " + VI[1], "3. " + VI[2]);
        assertThat(quiz()).contains(VI).doesNotContain("Remove the cause");
        assertThat(pool()).contains("contain: " + VI[0], "eradicate: " + VI[1], "recover: " + VI[2], "panic: Panic");
        Run v = run("validate", content.toString());
        assertThat(v.exit()).isZero();
        assertThat(v.out()).doesNotContain("warning").contains("0 stale");
    }

    @Test
    void aStepWhoseEnglishChangedShowsTheEnglishEverywhereAndIsReportedOnce() throws Exception {
        for (String file : new String[] {"lessons/playbooks.yaml", "lessons/01-basics/challenges/basics-challenge.yaml"}) {
            Path p = content.resolve(file);
            Files.writeString(p, Files.readString(p).replace("Remove the cause", "Remove the root cause"));
        }
        assertThat(lesson()).contains("1. " + VI[0], "2. Remove the root cause", "3. " + VI[2]).doesNotContain(VI[1]);
        assertThat(quiz()).contains(VI[0], "Remove the root cause", VI[2]).doesNotContain(VI[1]);
        assertThat(pool()).contains("contain: " + VI[0], "eradicate: Remove the root cause").doesNotContain(VI[1]);
        Run v = run("validate", content.toString());
        assertThat(v.exit()).isZero();
        assertThat(v.out().lines().filter(l -> l.contains(": warning:"))).containsExactly(content.resolve("lessons/playbooks.vi.yaml")
                + ":11:3: warning: stale translation of 'playbooks/basics/steps/eradicate': the English changed since it was"
                + " translated; update it and run secpillar --lang vi translate accept "
                + content.resolve("lessons/playbooks.vi.yaml") + " --key playbooks/basics/steps/eradicate");
        assertThat(v.out()).contains("1 stale");
    }
}
