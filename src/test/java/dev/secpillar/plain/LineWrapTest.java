package dev.secpillar.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.app.text.Columns;
import dev.secpillar.cli.CliHarness;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line mode breaks long lines at spaces, as a reader expects, not mid-word as the terminal would. */
class LineWrapTest extends CliHarness {
    @Test
    void aMenuItemHangsUnderItsText() {
        assertThat(LineWrap.wrap("16. A permissions boundary for roles students create (IAM policy; not started; about 35 min)", 80))
                .containsExactly("16. A permissions boundary for roles students create (IAM policy; not started;",
                        "    about 35 min)");
    }

    @Test
    void aCaseRowHangsUnderItsName() {
        assertThat(LineWrap.wrap("\u2717  8. uploads and reads build artifacts: s3:PutObject: expected allow, got implicit deny", 80))
                .containsExactly("\u2717  8. uploads and reads build artifacts: s3:PutObject: expected allow, got",
                        "      implicit deny");
    }

    @Test
    void vietnameseIsMeasuredInColumnsNotChars() {
        // "ệ" written as e + two combining marks is one column, three chars
        String decomposed = "Chi tiê\u0323\u0302t ".repeat(12).strip();
        List<String> lines = LineWrap.wrap(decomposed, 40);
        assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(40));
        assertThat(String.join(" ", lines)).isEqualTo(decomposed);
    }

    @Test
    void aWordLongerThanTheLineStaysWhole() {
        String url = "https://docs.aws.amazon.com/" + "x".repeat(90);
        assertThat(LineWrap.wrap("  " + url, 80)).containsExactly("  " + url);
        assertThat(LineWrap.wrap("See " + url + " now", 80)).containsExactly("See", url, "now");
    }

    @Property
    void nothingIsLostAndNoBreakableLineIsTooWide(@ForAll @StringLength(max = 300) String text,
                                                 @ForAll @IntRange(min = 40, max = 100) int width) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]", " ");
        List<String> lines = LineWrap.wrap(line, width);
        assertThat(String.join(" ", lines).replaceAll(" +", " ").strip()).isEqualTo(line.replaceAll(" +", " ").strip());
        for (String l : lines) {
            if (Columns.width(l) > width) {
                assertThat(l.strip()).as("a line too wide is one word").doesNotContain(" ");
            }
        }
    }

    /** The shipped course's longest menus and a challenge's briefing, at 80 columns in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void theShippedIamModuleAndAChallengeFitEightyColumns(String lang) throws Exception {
        content = Path.of("").toAbsolutePath();
        Run r = feed("2\n17\nb\nb\nq\n", "--lang", lang, "--plain");
        assertThat(r.out()).contains("17. ");
        for (String l : r.out().lines().toList()) {
            if (Columns.width(l) > 80) {
                assertThat(l.strip()).as("a line wider than 80 columns is one word: %s", l).doesNotContain(" ");
            }
        }
    }
}
