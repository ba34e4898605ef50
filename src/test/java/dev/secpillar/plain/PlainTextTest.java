package dev.secpillar.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a screen reader hears for code and tables in line mode. */
class PlainTextTest {
    @Test
    void aTableBecomesOneColumnValueLinePerRow() {
        String markup = """
                Classify:

                ```
                Level         Example                   Impact if leaked
                public        marketing site            none
                restricted    card data, health data    severe, regulated
                ```
                """;
        assertThat(PlainText.lines(markup, 80, dev.secpillar.i18n.Messages.of(dev.secpillar.i18n.Language.EN))).containsExactly("Classify:", "", "Table:",
                "Level: public; Example: marketing site; Impact if leaked: none",
                "Level: restricted; Example: card data, health data; Impact if leaked: severe, regulated",
                "End of table.");
    }

    @Test
    void codeThatIsNotATableStaysCodeBetweenMarkers() {
        String markup = "```\nsg-alb   inbound  TCP 443   from 0.0.0.0/0\nsg-app   inbound  TCP 8080  from sg-alb\n```";
        assertThat(PlainText.lines(markup, 80, dev.secpillar.i18n.Messages.of(dev.secpillar.i18n.Language.EN))).containsExactly("Code:", "    sg-alb   inbound  TCP 443   from 0.0.0.0/0",
                "    sg-app   inbound  TCP 8080  from sg-alb", "End of code.");
        assertThat(PlainText.lines("```json\n{\"a\": 1}\n```", 80, dev.secpillar.i18n.Messages.of(dev.secpillar.i18n.Language.EN))).isEqualTo(List.of("Code (json):", "    {\"a\": 1}",
                "End of code."));
    }
}
