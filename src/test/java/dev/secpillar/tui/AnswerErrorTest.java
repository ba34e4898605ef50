package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/**
 * An answer's error is read whole under the editor: its last words often say what was expected
 * ("expected a comma …"), so it wraps over up to three rows, taken from the panes above, rather
 * than being cut at the edge of the screen.
 */
class AnswerErrorTest extends TuiTestBase {
    @Test
    void aLongErrorWrapsAboveTheKeysAndTheEditorMakesRoomForIt() {
        Pilot p = workspace(60, 24);
        p.press(KeyType.Escape);
        p.type("\"an extra value before the policy\" ");
        String screen = p.text();
        int status = 22; // the row above the keys
        String joined = (p.line(status - 1) + " " + p.line(status)).replaceAll(" +", " ").strip();
        assertThat(joined).as("the error, whole, on the two rows above the keys:\n%s", screen)
                .startsWith("✗ line 1, col").contains("JSON syntax error").doesNotContain("…");
        assertThat(p.line(status - 2)).as("the row above the error is the panes'").doesNotStartWith(" ✗ line");
    }

    @Test
    void aShortErrorKeepsToOneRow() {
        Pilot p = workspace(100, 30);
        p.press(KeyType.Escape);
        p.type("\"x\" ");
        assertThat(p.line(28)).contains("✗ line 1, col");
        assertThat(p.line(27)).doesNotContain("JSON syntax error");
    }
}
