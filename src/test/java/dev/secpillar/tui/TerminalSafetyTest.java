package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Step;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Course content is data from anywhere: nothing in it may drive the terminal. */
class TerminalSafetyTest extends TuiTestBase {

    private static final TuiOptions OPEN_EVIL = new TuiOptions(true, Optional.of("evil"));

    @Test
    void controlCharactersInContentAreShownVisibly() {
        Pilot p = pilot(app(TestCourses.hostile()), 100, 24, OPEN_EVIL);
        String text = p.text();
        assertThat(text).contains("Bell^G clear^[[2J red^[[31m title^[]0;pwned^G csi\uFFFD31m");
        assertThat(text).contains("bidi\uFFFDevil\uFFFD del^? end");
        assertThat(text).contains("code^[[1mbold");
        assertThat(p.line(0)).contains("Found^Gations › Evil^[[5m title");
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 100; x++) {
                String s = p.cell(x, y).getCharacterString();
                assertThat(s.chars().allMatch(TerminalSafetyTest::safe)).as("cell %d,%d: %s", x, y, s).isTrue();
            }
        }
        p.press(com.googlecode.lanterna.input.KeyType.Escape);
        assertThat(p.line(0)).contains("Hostile^[[41m");
    }

    @Test
    void theBytesSentToTheTerminalCarryNoRawControlCharacters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(100, 24);
            }
        };
        TuiLoop loop = new TuiLoop(new TuiApp(app(TestCourses.hostile()), OPEN_EVIL, 100, 24),
                new TerminalScreen(terminal), Theme.colour());
        loop.start();
        loop.drain();
        loop.stop();

        String sent = out.toString(StandardCharsets.UTF_8);
        assertThat(sent).contains("clear^[[2J");
        // Take away the sequences Lanterna itself writes (CSI ... final byte); nothing else may remain.
        String rest = sent.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertThat(rest.chars().filter(c -> !safe(c) && c != '\n' && c != '\r').boxed().toList()).isEmpty();
    }

    @Test
    void wideAndCombiningCharactersKeepTheFrameStraight() {
        String page = "日本語のテキスト and q\u0301 text\n\n```\n日本語 code\nascii code line\n```";
        Lesson lesson = new Lesson("wide", "m", "Wide", List.of(), 1, List.of(new Step.Page(page)));
        Course course = new Course("T", List.of(new Module("m", "M", "", List.of(), List.of(lesson), List.of())),
                List.of(), List.of());
        Pilot p = pilot(app(course), 40, 12, new TuiOptions(true, Optional.of("wide")));
        assertThat(p.shows("日本語のテキスト and q")).isTrue();
        int top = p.rowOf("┌");
        int right = p.find("┐").orElseThrow().getColumn();
        for (int row = top + 1; row <= top + 2; row++) {
            TextCharacter c = p.cell(right, row);
            assertThat(c.getCharacterString()).as("row %d: %s", row, p.line(row)).isEqualTo("│");
        }
        assertThat(p.cell(right, top + 3).getCharacterString()).isEqualTo("┘");
    }

    private static boolean safe(int c) {
        return c >= 0x20 && !(c >= 0x7f && c < 0xa0) && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069);
    }
}
