package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The moving keys, the same on every reading screen and every list: where each one goes. */
class ReadingKeysTest extends TuiTestBase {
    /** What a screen was asked to do: the scroll or entry it got, or -1 when the key was left to it. */
    private int target;

    private Transition scroll(Command c, int scroll, int total) {
        Env env = new Env(app(), 80, 24);
        return ReadingKeys.scroll(new Msg.Key(c), env, scroll, total, s -> got(s), () -> got(-1));
    }

    private Transition got(int to) {
        target = to;
        return new Transition.Stay(null);
    }

    @ParameterizedTest(name = "{0} from row 10 of 100 goes to {1} (10+ a page down, end the last page)")
    @CsvSource({"UP, 9", "DOWN, 11", "PAGE_UP, 0", "PAGE_DOWN, 10+", "SPACE, 10+", "TOP, 0", "BOTTOM, end"})
    void aReadingKeyScrollsTheBodyAndStaysWithinIt(Command c, String expected) {
        int page = Chrome.bodyRows(24);
        scroll(c, 10, 100);
        int want = switch (expected) {
            case "10+" -> 10 + page;
            case "end" -> 100 - page;
            default -> Integer.parseInt(expected);
        };
        assertThat(target).isEqualTo(want);
    }

    @Test
    void theEndsHoldAndOtherKeysAreTheScreens() {
        int page = Chrome.bodyRows(24);
        scroll(Command.UP, 0, 100);
        assertThat(target).as("↑ at the top").isZero();
        scroll(Command.DOWN, 100 - page, 100);
        assertThat(target).as("↓ at the bottom").isEqualTo(100 - page);
        scroll(Command.PAGE_DOWN, 0, 5);
        assertThat(target).as("a body shorter than the screen does not scroll").isZero();
        scroll(Command.ENTER, 10, 100);
        assertThat(target).as("Enter is the screen's").isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} from entry 2 of 5 selects {1}")
    @CsvSource({"UP, 1", "DOWN, 3", "PAGE_UP, 0", "TOP, 0", "PAGE_DOWN, 4", "BOTTOM, 4", "ENTER, -1", "SPACE, -1"})
    void aListKeyMovesTheSelection(Command c, int expected) {
        ReadingKeys.select(new Msg.Key(c), 2, 5, s -> got(s), () -> got(-1));
        assertThat(target).isEqualTo(expected);
    }
}
