package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The simulator explains its decision, and the parser its errors, in the learner's language. */
class VietnameseExplanationTest {
    private static final Messages VI = Messages.of(Language.VI);
    private static final String SCENARIO = """
            {"identityPolicies": [{"Version": "2012-10-17", "Statement": [
               {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
               {"Sid": "DenyOutsideRegion", "Effect": "Deny", "Action": "*", "Resource": "*",
                "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}}}]}],
             "request": {"principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
               "resource": "arn:aws:s3:::reports/q1.csv", "context": {"aws:RequestedRegion": "us-east-1"}}}
            """;

    @Test
    void anExplicitDenyIsExplainedInVietnamese() throws PolicyParseException {
        EvaluationResult r = PolicyEvaluator.evaluate(ScenarioParser.parse(SCENARIO, "s.json"));
        assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(r.summary(VI)).isEqualTo("Từ chối tường minh: statement DenyOutsideRegion của identityPolicies[0]"
                + " (aws:RequestedRegion us-east-1 không thuộc eu-west-1)");
        assertThat(r.trace().render(VI)).contains(
                "có một Deny khớp (từ chối tường minh), nên yêu cầu bị từ chối dù có gì khác cho phép",
                "identityPolicies[0]: từ chối");
        // English is the source and reads as it always did
        assertThat(r.summary()).isEqualTo("Explicit deny: identityPolicies[0] statement DenyOutsideRegion"
                + " (aws:RequestedRegion us-east-1 not in eu-west-1)");
        assertThat(r.trace().render()).contains("  [applies]   Deny DenyOutsideRegion: aws:RequestedRegion us-east-1 not in eu-west-1");
    }

    @Test
    void anImplicitDenyNamesWhatIsMissingInVietnamese() throws PolicyParseException {
        EvaluationResult r = PolicyEvaluator.evaluate(ScenarioParser.parse(SCENARIO.replace("s3:*", "s3:PutObject")
                .replace("\"eu-west-1\"", "\"us-east-1\""), "s.json"));
        assertThat(r.summary(VI)).isEqualTo("Từ chối ngầm định: không statement nào trong identityPolicies[0] cho phép s3:GetObject");
    }

    @Test
    void aMalformedPolicyIsReportedInVietnameseAtItsLineAndColumn() {
        String policy = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Actions\": \"s3:GetObject\","
                + " \"Resource\": \"*\"}\n  ]\n}\n";
        assertThatThrownBy(() -> PolicyParser.parse(policy, "policy.json"))
                .isInstanceOfSatisfying(PolicyParseException.class, e -> {
                    assertThat(e.located(VI)).isEqualTo("policy.json:4:25: phần tử statement không xác định \"Actions\"; có phải ý bạn là"
                            + " \"Action\"? (cần một trong Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource,"
                            + " NotResource, Condition)");
                    assertThat(e.located()).isEqualTo("policy.json:4:25: unknown statement element \"Actions\"; did you mean"
                            + " \"Action\"? (expected Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource,"
                            + " NotResource, Condition)");
                });
        assertThatThrownBy(() -> PolicyParser.parse("{\"Version\": \"2012-10-17\",\n \"Statement\": [}", "p.json"))
                .isInstanceOfSatisfying(PolicyParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.located(VI)).startsWith("p.json:2:").isEqualTo("p.json:2:16: JSON không hợp lệ: dấu đóng không mong đợi '}': cần ']'")
                            .doesNotContain("nexpected");
                    assertThat(e.located()).isEqualTo("p.json:2:16: invalid JSON: Unexpected close marker '}': expected ']'");
                });
    }

    @Test
    void aPrincipalOfNoKnownKindIsReportedInVietnamese() {
        String scenario = SCENARIO.replace("arn:aws:iam::111122223333:user/alice", "alice");
        assertThatThrownBy(() -> ScenarioParser.parse(scenario, "s.json"))
                .isInstanceOfSatisfying(PolicyParseException.class, e -> {
                    assertThat(e.located(VI)).contains("không xác định được principal \"alice\" thuộc loại nào; hãy ghi principalType");
                    assertThat(e.located()).contains("cannot tell what kind of principal \"alice\" is; give principalType");
                });
    }
}
