package dev.secpillar.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void paragraphsAreSeparatedByBlankLinesAndTheirLinesJoined() {
        List<Block> blocks = Markup.parse("One line\nand the next.\n\nSecond paragraph.");
        assertThat(blocks).containsExactly(
                new Block.Paragraph(List.of(Span.normal("One line and the next."))),
                new Block.Paragraph(List.of(Span.normal("Second paragraph."))));
    }

    @Test
    void inlineCodeAndBold() {
        assertThat(Markup.inline("Use **least privilege** with `s3:GetObject` only."))
                .containsExactly(Span.normal("Use "), new Span("least privilege", Style.BOLD),
                        Span.normal(" with "), new Span("s3:GetObject", Style.CODE), Span.normal(" only."));
    }

    @Test
    void unclosedMarkersStayLiteral() {
        assertThat(Markup.inline("a ** b ` c")).containsExactly(Span.normal("a ** b ` c"));
    }

    @Test
    void backslashEscapesMarkers() {
        assertThat(Markup.inline("\\*\\*not bold\\*\\* and \\`x\\`")).containsExactly(Span.normal("**not bold** and `x`"));
    }

    @Test
    void codeInsideCodeIsLiteral() {
        assertThat(Markup.inline("`**x**`")).containsExactly(new Span("**x**", Style.CODE));
        assertThat(Markup.inline("``a ` b``")).containsExactly(new Span("a ` b", Style.CODE));
    }

    @Test
    void bulletAndNumberedItemsWithNestingAndContinuation() {
        List<Block> blocks = Markup.parse("- first\n  continues\n  - nested\n1. one\n* star");
        assertThat(blocks).containsExactly(
                new Block.Item(0, "•", List.of(Span.normal("first continues"))),
                new Block.Item(1, "•", List.of(Span.normal("nested"))),
                new Block.Item(0, "1.", List.of(Span.normal("one"))),
                new Block.Item(0, "•", List.of(Span.normal("star"))));
    }

    @Test
    void boldAtTheStartOfALineIsNotABullet() {
        assertThat(Markup.parse("**Bold** start")).containsExactly(
                new Block.Paragraph(List.of(new Span("Bold", Style.BOLD), Span.normal(" start"))));
    }

    @Test
    void fencedCodeKeepsLinesVerbatimWithLanguage() {
        List<Block> blocks = Markup.parse("Before\n```json\n{\n  \"a\":\t1\n}\n```\nAfter");
        assertThat(blocks).containsExactly(
                new Block.Paragraph(List.of(Span.normal("Before"))),
                new Block.CodeBlock("json", List.of("{", "  \"a\":  1", "}")),
                new Block.Paragraph(List.of(Span.normal("After"))));
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        assertThat(Markup.parse("```\nx\n\ny")).containsExactly(new Block.CodeBlock("", List.of("x", "", "y")));
    }

    @Test
    void indentedFenceIsUnindented() {
        assertThat(Markup.parse("  ```\n    aws s3 ls\n  ```"))
                .containsExactly(new Block.CodeBlock("", List.of("  aws s3 ls")));
    }

    @Test
    void controlCharactersNeverSurviveParsing() {
        List<Block> blocks = Markup.parse("red \u001b[31malert\u0007 \u009b2J done\n```\n\u001b]0;pwned\u0007\n```");
        String all = blocks.toString();
        assertThat(all).doesNotContain("\u001b", "\u0007", "\u009b");
        assertThat(blocks.get(0)).isEqualTo(new Block.Paragraph(List.of(Span.normal("red ^[[31malert^G \uFFFD2J done"))));
        assertThat(blocks.get(1)).isEqualTo(new Block.CodeBlock("", List.of("^[]0;pwned^G")));
    }
}
