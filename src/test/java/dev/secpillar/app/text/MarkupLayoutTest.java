package dev.secpillar.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupLayoutTest {

    private static List<String> plain(String markup, int width) {
        return MarkupLayout.layout(markup, width).stream().map(StyledLine::plainText).toList();
    }

    @Test
    void wrapsAtWordsWithinTheWidth() {
        assertThat(plain("Grant only the permissions a task needs, and nothing more.", 20)).containsExactly(
                "Grant only the",
                "permissions a task",
                "needs, and nothing",
                "more.");
    }

    @Test
    void everyLineFitsForManyWidths() {
        String text = "Defense in depth puts **several independent** controls at every layer: "
                + "`arn:aws:iam::111122223333:role/very-long-role-name-that-does-not-fit` and more.\n\n"
                + "- a bullet that is long enough to wrap over a couple of lines here\n"
                + "  - nested\n\n```\nshort\na very long code line that certainly does not fit in a narrow terminal\n```";
        for (int w = 1; w <= 90; w++) {
            for (StyledLine line : MarkupLayout.layout(text, w)) {
                assertThat(line.width()).as("width %d: %s", w, line.plainText()).isLessThanOrEqualTo(w);
            }
        }
    }

    @Test
    void overlongWordsAreBrokenNotLost() {
        List<String> lines = plain("x abcdefghijkl", 5);
        assertThat(lines).containsExactly("x", "abcde", "fghij", "kl");
    }

    @Test
    void stylesSurviveWrapping() {
        List<StyledLine> lines = MarkupLayout.layout("plain **bold words here** `code x`", 12);
        assertThat(lines.get(0).spans()).containsExactly(Span.normal("plain "), new Span("bold", Style.BOLD));
        assertThat(lines.get(1).spans()).containsExactly(new Span("words here", Style.BOLD));
        assertThat(lines.get(2).spans()).containsExactly(new Span("code x", Style.CODE));
    }

    @Test
    void bulletsHangIndent() {
        assertThat(plain("- one two three four five six", 14)).containsExactly(
                "• one two",
                "  three four",
                "  five six");
        assertThat(plain("- a\n  - b c d e f", 9)).containsExactly("• a", "  • b c d", "    e f");
        List<StyledLine> lines = MarkupLayout.layout("- x", 10);
        assertThat(lines.get(0).spans()).contains(new Span("•", Style.BULLET));
    }

    @Test
    void blocksAreSeparatedByOneBlankLineButListItemsAreNot() {
        assertThat(plain("Para\n\n- a\n- b\n\nEnd", 20)).containsExactly("Para", "", "• a", "• b", "", "End");
    }

    @Test
    void codeBlocksAreFramedAndLongLinesCutWithAMarker() {
        List<String> lines = plain("```sh\naws kms enable-key-rotation --key-id 1234abcd\nls\n```", 30);
        assertThat(lines).containsExactly(
                "┌─ sh ───────────────────────┐",
                "│ aws kms enable-key-rotati… │",
                "│ ls                         │",
                "└────────────────────────────┘");
        List<StyledLine> styled = MarkupLayout.layout("```\nabc\n```", 30);
        assertThat(styled.get(1).spans()).containsExactly(
                new Span("│ ", Style.FRAME), new Span("abc", Style.CODE_BLOCK), new Span(" │", Style.FRAME));
    }

    @Test
    void shortCodeBlockFrameIsOnlyAsWideAsTheCode() {
        assertThat(plain("```\nls -l\n```", 60)).containsExactly("┌───────┐", "│ ls -l │", "└───────┘");
    }

    @Test
    void wideCharactersAreMeasuredByColumns() {
        assertThat(plain("日本語 の テキスト", 8)).containsExactly("日本語", "の", "テキスト");
        assertThat(plain("```\n日本語日本語\n```", 10)).containsExactly(
                "┌────────┐", "│ 日本 … │", "└────────┘");
    }

    @Test
    void combiningCharactersStayWithTheirLetters() {
        List<String> lines = plain("q\u0301q\u0301q\u0301q\u0301", 2);
        assertThat(lines).containsExactly("q\u0301q\u0301", "q\u0301q\u0301");
    }

    @Test
    void emptyInputGivesNoLines() {
        assertThat(MarkupLayout.layout("", 40)).isEmpty();
        assertThat(MarkupLayout.layout("\n\n", 40)).isEmpty();
    }

    @Test
    void escapeSequencesInContentAreVisibleNotRaw() {
        List<StyledLine> lines = MarkupLayout.layout("see \u001b[31mred\u001b[0m", 40);
        assertThat(lines.get(0).plainText()).isEqualTo("see ^[[31mred^[[0m");
    }
}
