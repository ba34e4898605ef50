package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {
    private static Map<String, Object> scenario() {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", "ReadReports");
        statement.put("Effect", "Allow");
        statement.put("Action", List.of("s3:GetObject", "s3:ListBucket"));
        statement.put("Resource", "arn:aws:s3:::reports/*");
        statement.put("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "true")));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        policy.put("Statement", List.of(statement));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("principal", "arn:aws:iam::111122223333:user/alice");
        request.put("action", "s3:GetObject");
        request.put("context", Map.of("aws:EpochTime", 1700000000L, "aws:MultiFactorAuthPresent", true));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("identityPolicies", List.of(policy));
        s.put("request", request);
        return s;
    }

    @Test
    void writesJsonThatReadsBackAsTheSameData() throws Exception {
        String json = ScenarioJson.text(scenario());
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(json)).isEqualTo(m.readTree(m.writeValueAsString(scenario())));
    }

    @Test
    void keepsShortValuesOnOneLineAndLinesShort() {
        String json = ScenarioJson.text(scenario());
        assertThat(json).contains("\"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],")
                .contains("\"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}")
                .contains("    {\n      \"Version\": \"2012-10-17\",");
        assertThat(json.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void knowsThePathOfWhatItWroteAtEachLineAndColumn() {
        ScenarioJson json = ScenarioJson.write(scenario());
        List<String> lines = json.json().lines().toList();
        int sidLine = 0;
        while (!lines.get(sidLine).contains("\"Sid\"")) {
            sidLine++;
        }
        int valueColumn = lines.get(sidLine).indexOf("\"ReadReports\"") + 1;
        assertThat(json.pathAt(sidLine + 1, valueColumn)).isEqualTo("/identityPolicies/0/Statement/0/Sid");
        int conditionLine = sidLine + 4;
        int inner = lines.get(conditionLine).indexOf("\"true\"") + 1;
        assertThat(json.pathAt(conditionLine + 1, inner)).isEqualTo("/identityPolicies/0/Statement/0/Condition/Bool/aws:SecureTransport");
    }
}
