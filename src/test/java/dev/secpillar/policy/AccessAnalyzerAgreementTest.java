package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How often lint reports exactly the findings Access Analyzer's check reference documents for a
 * policy. The corpus (src/test/resources/lint-agreement/cases.json) holds the reference's
 * examples and realistic policies, each with the Access Analyzer issue codes expected; our
 * findings are mapped through {@link LintCode#accessAnalyzerCode()} (checks Access Analyzer does
 * not have are left out of the comparison). A case agrees when the two sets are equal.
 */
class AccessAnalyzerAgreementTest {
    static final double REQUIRED = 0.95;

    @Test
    void agreesWithAccessAnalyzerOnAtLeast95PercentOfTheCorpus() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/lint-agreement/cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<String> disagreements = new ArrayList<>();
        int agreed = 0;
        for (JsonNode c : cases) {
            String text = c.has("text") ? c.get("text").asText() : mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(c.get("policy"));
            PolicyKind kind = c.has("kind") ? PolicyKind.valueOf(c.get("kind").asText().toUpperCase(Locale.ROOT)) : null;
            ResourcePolicyType type = c.has("resourceType") ? ResourcePolicyType.fromOption(c.get("resourceType").asText())
                    : null;
            Set<String> expected = new TreeSet<>();
            c.get("expect").forEach(e -> expected.add(e.asText()));
            Set<String> actual = new TreeSet<>();
            for (Finding f : PolicyLinter.check(text, c.get("name").asText(), kind, type).findings()) {
                LintCode code = LintCode.of(f.code());
                if (code != null && !code.accessAnalyzerCode().isEmpty()) {
                    actual.add(code.accessAnalyzerCode());
                }
            }
            if (expected.equals(actual)) {
                agreed++;
            } else {
                disagreements.add(c.get("name").asText() + ": expected " + expected + ", lint said " + actual);
            }
        }
        double agreement = (double) agreed / cases.size();
        // Reported on every run: the figure the issue asks for.
        System.out.printf("lint agrees with Access Analyzer on %d of %d policies (%.1f%%)%n", agreed, cases.size(),
                100 * agreement);
        disagreements.forEach(d -> System.out.println("  disagrees: " + d));
        assertThat(cases.size()).isGreaterThanOrEqualTo(60);
        assertThat(agreement).as(String.join("\n", disagreements)).isGreaterThanOrEqualTo(REQUIRED);
    }
}
