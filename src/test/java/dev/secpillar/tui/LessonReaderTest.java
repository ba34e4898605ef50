package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LessonReaderTest extends TuiTestBase {

    /** Home → Enter on "Continue" opens the first lesson. */
    private Pilot inFirstLesson() {
        return pilot().press(KeyType.Enter);
    }

    @Test
    void opensTheLessonWithAHeaderAndTheFirstPageLaidOut() {
        Pilot p = inFirstLesson();
        assertThat(p.line(0)).contains("Security foundations › Shared responsibility").endsWith("Step 1 of 4");
        assertThat(p.shows("Security in the cloud is a shared responsibility. AWS secures the")).isTrue();
        assertThat(p.shows("• AWS: data centres, hardware, the hypervisor")).isTrue();
        assertThat(p.cellAt("shared responsibility.").isBold()).isTrue();
        assertThat(p.line(23)).contains("→ next", "← back", "? help");
    }

    @Test
    void pagesForwardAndBackWithEveryNextAndPreviousKey() {
        Pilot p = inFirstLesson();
        p.press('n');
        assertThat(p.line(0)).endsWith("Step 2 of 4");
        p.press('b');
        assertThat(p.line(0)).endsWith("Step 1 of 4");
        p.press(KeyType.ArrowRight);
        assertThat(p.line(0)).endsWith("Step 2 of 4");
        p.press(KeyType.ArrowLeft).press(KeyType.Enter);
        assertThat(p.line(0)).endsWith("Step 2 of 4");
        p.press('b', 'b');
        assertThat(p.line(0)).endsWith("Step 1 of 4");
        assertThat(p.shows("This is the first step.")).isTrue();
    }

    @Test
    void scrollsALongPage() {
        Pilot p = inFirstLesson().press('n');
        assertThat(p.shows("Paragraph one says")).isTrue();
        assertThat(p.shows(TestCourses.LONG_PAGE_LAST)).isFalse();
        assertThat(p.line(22)).endsWith("%").contains("↓");

        p.press(KeyType.PageDown);
        assertThat(p.shows("Paragraph one says")).isFalse();
        assertThat(p.line(22)).contains("↑");
        p.press(KeyType.PageUp);
        assertThat(p.shows("Paragraph one says")).isTrue();

        int row = p.rowOf("Paragraph two says");
        p.press('j');
        assertThat(p.rowOf("Paragraph two says")).isEqualTo(row - 1);
        p.press(KeyType.ArrowDown, KeyType.ArrowUp, KeyType.ArrowUp);
        assertThat(p.rowOf("Paragraph two says")).isEqualTo(row);

        p.press(KeyType.End);
        assertThat(p.shows(TestCourses.LONG_PAGE_LAST)).isTrue();
        assertThat(p.line(22)).endsWith("100%");
        p.press(KeyType.Home);
        assertThat(p.shows("Paragraph one says")).isTrue();

        p.press(' ');
        assertThat(p.line(0)).as("Space scrolls while there is more").endsWith("Step 2 of 4");
        assertThat(p.shows("Paragraph one says")).isFalse();
        p.press(' ', ' ', ' ', ' ');
        assertThat(p.line(0)).as("Space at the bottom goes on").endsWith("Step 3 of 4");
    }

    @Test
    void aCheckMustBeAnsweredBeforeGoingOn() {
        Pilot p = inFirstLesson().press('n', 'n');
        assertThat(p.line(0)).endsWith("Step 3 of 4");
        assertThat(p.shows("Who patches the guest operating system of an EC2 instance?")).isTrue();
        assertThat(p.shows("› 1. AWS")).isTrue();
        p.press('n').press(KeyType.ArrowRight).press(' ');
        assertThat(p.line(0)).endsWith("Step 3 of 4");
        assertThat(p.shows("Answer the check to go on: press 1-3.")).isTrue();
        p.press('7');
        assertThat(p.shows("Not quite")).as("a number with no choice is ignored").isFalse();

        p.press(KeyType.ArrowDown).press(KeyType.Enter);
        assertThat(p.shows("✓ 2. The customer")).isTrue();
        assertThat(p.shows("✓ Right.")).isTrue();
        assertThat(p.shows("The customer manages the guest OS")).isTrue();
        p.press('n');
        assertThat(p.line(0)).endsWith("Step 4 of 4");
    }

    @Test
    void aWrongAnswerShowsTheRightOneAndTheExplanation() {
        Pilot p = inFirstLesson().press('n', 'n').press('1');
        assertThat(p.shows("✗ 1. AWS")).isTrue();
        assertThat(p.shows("✓ 2. The customer")).isTrue();
        assertThat(p.shows("✗ Not quite. The answer is 2: The customer.")).isTrue();
        assertThat(p.shows("The customer manages the guest OS of an instance, including updates and")).isTrue();
        assertThat(p.shows("Press → or Enter to go on.")).isTrue();

        p.press('n', 'b');
        assertThat(p.shows("✗ Not quite. The answer is 2: The customer.")).as("the answer stays while in the lesson").isTrue();
    }

    @Test
    void finishingTheLastStepMarksTheLessonDoneAndOffersTheNext() {
        Pilot p = inFirstLesson().press('n', 'n', '2', 'n');
        assertThat(p.line(0)).endsWith("Step 4 of 4");
        assertThat(p.line(23)).contains("→ finish");
        p.press('n');
        assertThat(p.shows("✓ Lesson complete")).isTrue();
        assertThat(p.shows("You have finished 1 of 10 lessons.")).isTrue();
        assertThat(p.shows("Next: Design principles (Security foundations)")).isTrue();

        p.press(KeyType.Enter);
        assertThat(p.line(0)).contains("Design principles").endsWith("Step 1 of 2");
        p.press(KeyType.Escape);
        assertThat(p.line(0)).endsWith("1/10 lessons");
        assertThat(p.line(p.rowOf("Security foundations"))).contains("1/2 lessons");
        assertThat(p.shows("▶ Continue: Design principles")).isTrue();

        p.press(KeyType.Enter);
        assertThat(p.line(0)).as("resumes at the step not yet seen").endsWith("Step 2 of 2");
        p.press('n');
        assertThat(p.shows("Next: Least privilege, in practice (Identity and access management)")).isTrue();
        p.press(KeyType.Escape);
        assertThat(p.line(p.rowOf("Security foundations"))).contains("██", "2/2 lessons");
        assertThat(p.shows("▶ Continue: Least privilege, in practice")).isTrue();
    }

    @Test
    void doneLessonsAreTickedInTheModuleList() {
        Pilot p = inFirstLesson().press('n', 'n', '2', 'n', 'n').press(KeyType.Escape);
        p.press(KeyType.ArrowDown, KeyType.Enter);
        assertThat(p.shows("✓ 1. Shared responsibility")).isTrue();
        assertThat(p.shows("✓ 2. Design principles")).isFalse();
    }

    @Test
    void continueOpensTheLessonAtItsResumeStep() {
        Pilot p = inFirstLesson().press('n').press(KeyType.Escape);
        assertThat(p.shows("▶ Continue: Shared responsibility")).isTrue();
        p.press(KeyType.Enter);
        assertThat(p.line(0)).endsWith("Step 3 of 4");
    }

    @Test
    void aChallengeStepOpensItsWorkspaceOrSaysWhyItCannot() {
        Pilot p = pilot().press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter, KeyType.Enter);
        assertThat(p.line(0)).contains("Least privilege, in practice");
        assertThat(p.shows("┌─ json ")).isTrue();
        assertThat(p.shows("arn:aws:s3:::r… │")).as("a long code line is cut, not wrapped").isTrue();
        p.press('n', '1', 'n');
        assertThat(p.shows("Fix the S3 reader")).isTrue();
        assertThat(p.shows("Not tried yet.")).isTrue();
        assertThat(p.shows("Press Enter to open the workspace, → to go on.")).isTrue();
        p.press(KeyType.Enter);
        assertThat(p.shows("challenge 'iam-fix-s3-reader' cannot be used")).as("this test challenge has no cases").isTrue();
        p.press('n');
        assertThat(p.line(0)).endsWith("Step 4 of 4");
    }

    @Test
    void aLessonCanBeOpenedDirectly() {
        Pilot p = pilot(app(), 80, 24, new TuiOptions(true, Optional.of("iam-least-privilege")));
        assertThat(p.line(0)).contains("Identity and access management › Least privilege").endsWith("Step 1 of 4");
        p.press(KeyType.Escape);
        assertThat(p.shows("▶ Continue: Least privilege, in practice")).isTrue();
    }

    @Test
    void anUnknownLessonIdIsAMessageOnHome() {
        Pilot p = pilot(app(), 80, 24, new TuiOptions(true, Optional.of("no-such-lesson")));
        assertThat(p.text()).contains("There is no lesson \"no-such-lesson\"");
        assertThat(p.shows("1  Security foundations")).isTrue();
        p.press('j');
        assertThat(p.text()).doesNotContain("There is no lesson");
    }
}
