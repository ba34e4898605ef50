package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bottom line and the help (?) come from the open screen's one key table, so they agree. */
class KeyTableTest extends TuiTestBase {

    /** Every footer hint of the screen on show is in its help, and the help names its screen. */
    private static void footerAndHelpAgree(Pilot p, String title) {
        KeyTable table = p.app().screen().keys().in(p.app().messages());
        assertThat(table.title()).isEqualTo(title);
        String footer = p.line(p.size().getRows() - 1);
        List<Chrome.Hint> hints = table.footer();
        assertThat(footer).startsWith(" " + hints.get(0).keys() + " " + hints.get(0).action());
        p.press('?');
        assertThat(p.shows("Keys: " + title)).as(p.text()).isTrue();
        for (KeyTable.Entry e : table.entries()) {
            if (p.size().getRows() >= table.entries().size() + 6) {
                assertThat(p.shows(e.action())).as("help lists " + e + "\n" + p.text()).isTrue();
            }
        }
        p.press(com.googlecode.lanterna.input.KeyType.Escape);
        assertThat(p.shows("Keys: ")).isFalse();
    }

    @Test
    void eachScreenDrawsItsFooterAndItsHelpFromOneTable() {
        Pilot p = pilot(app(), 100, 30, COLOUR);
        footerAndHelpAgree(p, "Home");
        p.press('b');
        footerAndHelpAgree(p, "Badges");
        p.press(com.googlecode.lanterna.input.KeyType.Escape).press('p');
        footerAndHelpAgree(p, "Progress");
        p.press(com.googlecode.lanterna.input.KeyType.Escape, com.googlecode.lanterna.input.KeyType.ArrowDown,
                com.googlecode.lanterna.input.KeyType.Enter);
        footerAndHelpAgree(p, "Module");
        p.press(com.googlecode.lanterna.input.KeyType.Enter);
        footerAndHelpAgree(p, "Lesson");
    }

    @Test
    void homeSaysWhatBDoesThere() {
        Pilot p = pilot();
        assertThat(p.line(23)).contains("b badges").doesNotContain("previous");
    }
}
