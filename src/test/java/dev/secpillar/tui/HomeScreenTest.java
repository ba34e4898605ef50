package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeScreenTest extends TuiTestBase {

    @Test
    void listsTheSevenModulesInOrderWithProgressAndContinue() {
        Pilot p = pilot();
        List<String> titles = List.of("Security foundations", "Identity and access management", "Detection",
                "Infrastructure protection", "Data protection", "Incident response", "Application security");
        int previous = -1;
        for (int i = 0; i < titles.size(); i++) {
            int row = p.rowOf((i + 1) + "  " + titles.get(i));
            assertThat(row).isGreaterThan(previous);
            previous = row;
        }
        assertThat(p.line(p.rowOf("Security foundations"))).contains("░░░░", "0/2 lessons");
        assertThat(p.line(p.rowOf("Application security"))).contains("0/1 lessons");
        assertThat(p.line(0)).contains("AWS Security Pillar").endsWith("0/10 lessons");
        assertThat(p.rowOf("▶ Continue: Shared responsibility")).isLessThan(p.rowOf("Security foundations"));
        assertThat(p.line(23)).contains("Enter open", "? help", "q quit");
    }

    @Test
    void enterOnAModuleListsItsLessonsAndEscGoesBack() {
        Pilot p = pilot().press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter);
        assertThat(p.line(0)).contains("Module 2 · Identity and access management");
        assertThat(p.shows("Who can do what.")).isTrue();
        assertThat(p.rowOf("1. Least privilege, in practice")).isLessThan(p.rowOf("2. Temporary credentials"));
        p.press(KeyType.Escape);
        assertThat(p.shows("▶ Continue")).isTrue();
        p.press('\n');
        assertThat(p.line(0)).as("the selection is kept").contains("Module 2");
        p.press('q');
        assertThat(p.finished()).isFalse();
        assertThat(p.shows("▶ Continue")).isTrue();
    }

    @Test
    void qOnHomeQuits() {
        assertThat(pilot().press('q').finished()).isTrue();
    }

    @Test
    void ctrlCQuitsFromAnyScreen() {
        Pilot p = pilot().press(KeyType.Enter);
        assertThat(p.shows("Step 1 of 4")).isTrue();
        assertThat(p.ctrl('c').finished()).isTrue();
    }

    @Test
    void invalidKeysAreIgnored() {
        Pilot p = pilot().press(KeyType.ArrowDown);
        String before = p.text();
        p.press('x', 'Z', '0', '#').press(KeyType.F5, KeyType.Tab, KeyType.Insert, KeyType.Backspace).ctrl('x');
        assertThat(p.text()).isEqualTo(before);
        assertThat(p.finished()).isFalse();
    }

    @Test
    void helpShowsTheKeysOfTheScreenThatIsOpenAndAnyKeyClosesIt() {
        Pilot p = pilot().press('?');
        assertThat(p.shows("Keys: Home")).isTrue();
        assertThat(p.shows("badges")).isTrue();
        assertThat(p.shows("Ctrl-C")).isTrue();
        assertThat(p.shows("Any key closes this help.")).as("the closing line whole, even in a short table").isTrue();
        assertThat(p.text()).as("home has no step to go back to").doesNotContain("previous step");
        assertThat(p.shows("Continue: Shared responsibility")).isTrue(); // home still under the box
        p.press('q');
        assertThat(p.finished()).as("the key closing help does nothing else").isFalse();
        assertThat(p.shows("Any key closes this help.")).isFalse();

        p.press(KeyType.Enter).press('?');
        assertThat(p.shows("Keys: Lesson")).isTrue();
        assertThat(p.shows("next, previous step")).isTrue();
        assertThat(p.shows("badges")).isFalse();
        assertThat(p.line(0)).contains("Shared responsibility");
        p.press(KeyType.Escape);
        assertThat(p.shows("Keys")).isFalse();
        assertThat(p.shows("Step 1 of 4")).isTrue();
    }

    @Test
    void selectionMovesAndStaysOnTheList() {
        Pilot p = pilot().press(KeyType.ArrowUp, KeyType.ArrowUp);
        assertThat(p.cellAt("▶ Continue").isReversed() || !p.cellAt("▶ Continue").getBackgroundColor()
                .equals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT)).isTrue();
        p.press(KeyType.End).press(KeyType.Enter);
        assertThat(p.line(0)).contains("Module 7 · Application security");
    }
}
