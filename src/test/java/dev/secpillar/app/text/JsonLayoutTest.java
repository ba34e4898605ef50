package dev.secpillar.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLayoutTest {
    @Test
    void coloursKeysStringsNumbersLiteralsAndPunctuation() {
        List<StyledLine> lines = JsonLayout.layout("{\n  \"Effect\": \"Deny\",\n  \"n\": -1.5, \"b\": true\n}\n", 80);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).spans()).containsExactly(Span.normal("  "), new Span("\"Effect\"", Style.JSON_KEY),
                new Span(":", Style.JSON_PUNCTUATION), Span.normal(" "), new Span("\"Deny\"", Style.JSON_STRING),
                new Span(",", Style.JSON_PUNCTUATION));
        assertThat(lines.get(2).spans()).contains(new Span("-1.5", Style.JSON_NUMBER), new Span("true", Style.JSON_LITERAL));
    }

    @Test
    void aQuoteInsideAStringDoesNotEndIt() {
        assertThat(JsonLayout.tokens("\"a \\\"b\\\" c\": 1")).first()
                .isEqualTo(new Span("\"a \\\"b\\\" c\"", Style.JSON_KEY));
    }

    @Test
    void longLinesWrapUnderTheirIndentInsteadOfBeingCut() {
        String arn = "\"arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\"";
        List<StyledLine> lines = JsonLayout.layout("    \"resource\": " + arn, 40);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(40));
        assertThat(lines.get(1).plainText()).startsWith("      ");
        assertThat(String.join("", lines.stream().map(l -> l.plainText().strip()).toList()))
                .isEqualTo("\"resource\": " + arn);
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        assertThat(JsonLayout.layout("\"a\u001b[31m\"", 80).get(0).plainText()).doesNotContain("\u001b");
    }
}
