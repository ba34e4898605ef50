package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.progress.JdbcProgressStore;
import org.junit.jupiter.api.Test;

class ProgressOnScreenTest extends TuiTestBase {

    @Test
    void progressSurvivesARestartOnTheSameDatabase() {
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir);
             Pilot first = Pilot.start(new CourseApp(TestCourses.course(), store, CLOCK), 80, 24)) {
            first.press(KeyType.Enter).press('n', 'n', '2', 'n', 'n');
            assertThat(first.shows("✓ Lesson complete")).isTrue();
            first.press(KeyType.Escape, KeyType.Escape).press('q');
            assertThat(first.finished()).isTrue();
        }

        Pilot second = pilot();
        assertThat(second.line(0)).endsWith("1/10 lessons");
        assertThat(second.line(second.rowOf("Security foundations"))).contains("1/2 lessons");
        assertThat(second.shows("▶ Continue: Design principles")).isTrue();
        second.press(KeyType.ArrowDown, KeyType.Enter);
        assertThat(second.shows("✓ 1. Shared responsibility")).isTrue();
    }

    @Test
    void aBrokenDatabaseIsAMessageOnScreenNotACrash() {
        JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir);
        CourseApp app = new CourseApp(TestCourses.course(), store, CLOCK);
        store.close(); // every write from now on fails as a full disk or a yanked drive would

        Pilot p = pilot(app, 80, 24, COLOUR).press(KeyType.Enter);
        assertThat(p.text()).contains("could not save to the progress database", "progress.db");
        assertThat(p.line(0)).as("the lesson is still open").endsWith("Step 1 of 4");
        assertThat(p.cellAt("⚠ could not save").getBackgroundColor())
                .isEqualTo(com.googlecode.lanterna.TextColor.ANSI.RED);

        p.press(KeyType.ArrowDown);
        assertThat(p.text()).as("the next key dismisses the message").doesNotContain("could not save");

        p.press('n', 'n');
        assertThat(p.line(0)).endsWith("Step 3 of 4");
        p.press('1');
        assertThat(p.shows("✗ Not quite. The answer is 2: The customer.")).as("the verdict still shows").isTrue();
        assertThat(p.text()).contains("could not save");

        p.press('n', 'n');
        assertThat(p.line(0)).as("a lesson that cannot be recorded as done stays open").endsWith("Step 4 of 4");
        assertThat(p.text()).contains("could not save");
        assertThat(p.finished()).isFalse();
    }
}
