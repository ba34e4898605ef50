package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.progress.JdbcProgressStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResizeAndColourTest extends TuiTestBase {

    @Test
    void afterAResizeTo60x20TheTextStillReads() {
        Pilot p = pilot().press(KeyType.Enter).press('n').resize(60, 20);
        assertThat(p.lines()).hasSize(20);
        assertThat(p.line(0)).contains("Security foundations › Shared").endsWith("Step 2 of 4");
        assertThat(p.line(19)).contains("→ next", "? help");
        assertThat(p.line(18)).contains("↓");

        Set<String> words = Arrays.stream(TestCourses.longPage().split("\\s+")).collect(Collectors.toSet());
        for (int row = Chrome.BODY_TOP; row < 18; row++) {
            String line = p.line(row).strip();
            for (String word : line.isEmpty() ? new String[0] : line.split(" ")) {
                assertThat(words).as("row %d: %s", row, line).contains(word);
            }
            assertThat(p.line(row).length()).isLessThanOrEqualTo(60);
        }

        p.press(KeyType.End);
        assertThat(p.shows(TestCourses.LONG_PAGE_LAST)).isTrue();
    }

    @Test
    void homeAt60x20ShowsWholeTitles() {
        Pilot p = pilot(app(), 60, 20, COLOUR);
        for (String title : List.of("Security foundations", "Identity and access management", "Application security")) {
            assertThat(p.shows(title)).as(title).isTrue();
        }
        assertThat(p.line(p.rowOf("Identity and access management"))).contains("0/2 lessons");
        assertThat(p.line(19)).contains("? help");
    }

    @Test
    void followsResizesBothWaysAndSurvivesATinyTerminal() {
        Pilot p = pilot().press(KeyType.Enter);
        p.resize(10, 4);
        assertThat(p.shows("Terminal")).isTrue();
        p.resize(30, 10);
        assertThat(p.line(0)).contains("Security");
        assertThat(p.line(9)).contains("→ next");
        p.resize(120, 40);
        assertThat(p.line(0)).contains("Security foundations › Shared responsibility").endsWith("Step 1 of 4");
        assertThat(p.line(39)).contains("? help");
    }

    @Test
    void noColourLeavesEveryCellInTheDefaultColours() {
        JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir);
        var app = new dev.secpillar.app.CourseApp(TestCourses.course(), store, CLOCK);
        Pilot p = pilot(app, 80, 24, NO_COLOUR);
        assertNoColour(p);
        assertThat(p.cellAt("▶ Continue").getModifiers()).contains(SGR.REVERSE);
        assertThat(p.cell(0, 0).getModifiers()).contains(SGR.REVERSE);
        p.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter);
        assertNoColour(p);
        p.press(KeyType.Enter);
        assertNoColour(p);
        p.press('n', '2');
        assertNoColour(p);
        p.press('?');
        assertNoColour(p);
        store.close();
        p.press('?', 'n');
        assertThat(p.text()).contains("could not save");
        assertNoColour(p);
    }

    @Test
    void colourModeUsesColour() {
        Pilot p = pilot();
        assertThat(p.cell(0, 0).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
        assertThat(p.cellAt("░").getForegroundColor()).isNotEqualTo(TextColor.ANSI.DEFAULT);
    }

    @Test
    void noColorFromTheEnvironmentFollowsNoColorOrg() {
        assertThat(TuiOptions.fromEnvironment(Map.of("NO_COLOR", "1"), Optional.empty()).colour()).isFalse();
        assertThat(TuiOptions.fromEnvironment(Map.of("NO_COLOR", ""), Optional.empty()).colour()).isTrue();
        assertThat(TuiOptions.fromEnvironment(Map.of(), Optional.of("x")).colour()).isTrue();
        assertThat(TuiOptions.fromEnvironment(Map.of(), Optional.of("x")).lessonId()).contains("x");
    }

    private static void assertNoColour(Pilot p) {
        for (int y = 0; y < p.size().getRows(); y++) {
            for (int x = 0; x < p.size().getColumns(); x++) {
                TextCharacter c = p.cell(x, y);
                assertThat(c.getForegroundColor()).as("foreground at %d,%d", x, y).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(c.getBackgroundColor()).as("background at %d,%d", x, y).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(c.getModifiers()).as("modifiers at %d,%d", x, y).isSubsetOf(SGR.BOLD, SGR.REVERSE);
            }
        }
    }
}
