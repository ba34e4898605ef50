package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing: accepted forms, and a located message for every kind of malformed input. */
class PolicyParserTest {

    private static PolicyParseException error(String json) {
        try {
            PolicyParser.parse(json, "p.json");
        } catch (PolicyParseException e) {
            return e;
        }
        throw new AssertionError("expected a parse error for " + json);
    }

    @Test
    void acceptsStringsOrArraysAndEveryPrincipalForm() throws Exception {
        PolicyDocument p = PolicyParser.parse("""
                {"Version": "2012-10-17", "Id": "x", "Statement": [
                  {"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Deny", "Principal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:role/R"],
                     "Service": "lambda.amazonaws.com", "Federated": "cognito-identity.amazonaws.com",
                     "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
                   "NotAction": ["s3:*", "iam:*"], "NotResource": ["arn:aws:s3:::a/*"],
                   "Condition": {"NumericLessThan": {"s3:max-keys": 10}, "Bool": {"aws:SecureTransport": false}}}]}
                """, "p.json");
        assertThat(p.version()).contains("2012-10-17");
        assertThat(p.statements()).hasSize(2);
        Statement second = p.statements().get(1);
        assertThat(second.label()).isEqualTo("1");
        assertThat(second.usesNotAction()).isTrue();
        assertThat(second.usesNotResource()).isTrue();
        assertThat(second.principals()).containsKeys("AWS", "Service", "Federated", "CanonicalUser");
        assertThat(second.conditionCount()).isEqualTo(2);
        assertThat(second.position()).isEqualTo(new Position(3, 3));
        assertThat(p.statements().get(0).label()).isEqualTo("A");
    }

    @Test
    void singleStatementObjectAndOldVersion() throws Exception {
        PolicyDocument p = PolicyParser.parse("{\"Version\":\"2008-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}", "p");
        assertThat(p.statements()).hasSize(1);
        assertThat(p.variablesEnabled()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma      | {"Statement": [],}                                                        | 1:18 | invalid JSON: Unexpected character ('}'
            empty input         |                                                                           | 1:1  | empty document
            trailing content    | {"Statement": []} []                                                      | 1:19 | unexpected content after the JSON document
            not an object       | [1, 2]                                                                    | 1:1  | a policy must be a JSON object, not an array
            no statement        | {"Version": "2012-10-17"}                                                 | 1:1  | the policy has no Statement element
            unknown element     | {"Statements": []}                                                        | 1:2  | unknown policy element "Statements"; did you mean "Statement"?
            bad version         | {"Version": "2012-10-18", "Statement": []}                                | 1:13 | Version must be "2012-10-17" or "2008-10-17", not "2012-10-18"
            statement type      | {"Statement": 7}                                                          | 1:15 | Statement must be an object or an array of objects, not a number (7)
            statement element   | {"Statement": ["x"]}                                                      | 1:16 | Statement[0] must be an object, not the string "x"
            missing effect      | {"Statement": {"Action": "*", "Resource": "*"}}                           | 1:15 | Statement[0] has no Effect
            bad effect          | {"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}        | 1:26 | Effect must be "Allow" or "Deny", not "allow"
            effect not string   | {"Statement": {"Effect": true, "Action": "*", "Resource": "*"}}           | 1:26 | Effect must be "Allow" or "Deny", not a boolean (true)
            action and not      | {"Statement": {"Sid": "S", "Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}} | 1:62 | statement S has both Action and NotAction; use one
            no action           | {"Statement": {"Effect": "Allow", "Resource": "*"}}                       | 1:15 | Statement[0] has neither Action nor NotAction
            action type         | {"Statement": {"Effect": "Allow", "Action": 3, "Resource": "*"}}          | 1:45 | Action must be a string or an array of strings, not a number (3)
            action item type    | {"Statement": {"Effect": "Allow", "Action": ["s3:A", {}], "Resource": "*"}} | 1:54 | Action[1] must be a string, not an object
            action no prefix    | {"Statement": {"Effect": "Allow", "Action": "GetObject", "Resource": "*"}} | 1:45 | action "GetObject" must look like service:ActionName
            resource and not    | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "*"}} | 1:67 | Statement[0] has both Resource and NotResource
            principal and not   | {"Statement": {"Effect": "Deny", "Principal": "*", "NotPrincipal": "*", "Action": "*"}} | 1:52 | Statement[0] has both Principal and NotPrincipal
            principal string    | {"Statement": {"Effect": "Allow", "Principal": "me", "Action": "*"}}      | 1:48 | Principal must be "*" or an object such as
            principal type      | {"Statement": {"Effect": "Allow", "Principal": {"Aws": "*"}, "Action": "*"}} | 1:49 | unknown Principal type "Aws" (expected AWS, Service, Federated or CanonicalUser); did you mean "AWS"?
            empty principal     | {"Statement": {"Effect": "Allow", "Principal": {}, "Action": "*"}}        | 1:48 | Principal is empty
            statement element   | {"Statement": {"Effect": "Allow", "action": "*", "Resource": "*"}}        | 1:35 | unknown statement element "action"; did you mean "Action"?
            unknown operator    | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqual": {"a:b": "c"}}}} | 1:81 | unknown condition operator "StringEqual"
            condition type      | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": []}} | 1:80 | Condition must be an object of operators, not an array
            operator block      | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": "x"}}} | 1:89 | condition operator Bool must map condition keys to values
            empty operator      | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {}}}} | 1:89 | condition operator Bool has no condition keys
            condition value     | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"a:b": {"x": 1}}}}} | 1:97 | the value of condition key a:b must be a string, number, boolean or an array of them, not an object
            condition null      | {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"a:b": [null]}}}} | 1:98 | condition key a:b value [0] must be a string, number or boolean, not null
            duplicate key       | {"Statement": {"Effect": "Allow", "Effect": "Deny", "Action": "*"}}       | 1:43 | invalid JSON: Duplicate field 'Effect'
            sid type            | {"Statement": {"Sid": 1, "Effect": "Allow", "Action": "*"}}               | 1:23 | Sid must be a string, not a number (1)
            """)
    void malformedInputIsLocated(String what, String json, String where, String message) {
        PolicyParseException e = error(json == null ? "" : json);
        assertThat(e.line() + ":" + e.column()).as(what).isEqualTo(where);
        assertThat(e.getMessage()).as(what).startsWith(message);
        assertThat(e.located()).isEqualTo("p.json:" + where + ": " + e.getMessage());
        assertThat(e.sourceName()).isEqualTo("p.json");
    }

    @Test
    void policiesOverTheirQuotaAreRejected() throws Exception {
        StringBuilder sb = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        for (int i = 0; i < 40; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b")
                    .append(i).append("/*\"}");
        }
        String json = sb.append("]}").toString();
        assertThat(PolicyParser.parse(json, "p", PolicyKind.ANY).statements()).hasSize(40);
        assertThatThrownBy(() -> PolicyParser.parse(json, "p", PolicyKind.SESSION))
                .isInstanceOf(PolicyParseException.class)
                .hasMessageContaining("the session policy is ").hasMessageContaining("AWS allows 2048");
        // white space does not count
        String spaced = json.replace(",", " ,   ");
        assertThat(PolicyParser.parse(spaced, "p", PolicyKind.IDENTITY).size())
                .isEqualTo(PolicyParser.parse(json, "p", PolicyKind.IDENTITY).size());
    }

    @Test
    void treesFromYamlHaveNoPositions() throws Exception {
        var tree = new ObjectMapper().readTree("{\"Statement\": {\"Effect\": \"Maybe\", \"Action\": \"*\"}}");
        assertThatThrownBy(() -> PolicyParser.parse(tree, "lesson.yaml"))
                .isInstanceOfSatisfying(PolicyParseException.class, e -> {
                    assertThat(e.line()).isZero();
                    assertThat(e.located()).isEqualTo("lesson.yaml: Effect must be \"Allow\" or \"Deny\", not \"Maybe\"");
                });
        PolicyDocument ok = PolicyParser.parse(new ObjectMapper().readTree(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}"), "y");
        assertThat(ok.statements()).hasSize(1);
    }

    @Test
    void scenarioErrorsInsideEmbeddedPoliciesPointIntoTheScenario() {
        assertThatThrownBy(() -> ScenarioParser.parse("""
                {"identityPolicies": [],
                 "scps": [[{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}],
                          [{"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"IpAddres": {}}}}]],
                 "request": {"principal": "arn:aws:iam::111122223333:user/a", "action": "s3:GetObject"}}
                """, "s.json"))
                .isInstanceOfSatisfying(PolicyParseException.class, e ->
                        assertThat(e.located()).isEqualTo("s.json:3:91: unknown condition operator \"IpAddres\"; did you mean \"IpAddress\"?"));
    }

    @Test
    void scenarioRequestErrors() {
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"action\": \"s3:GetObject\"}}", "s"))
                .hasMessage("request has no principal");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"principal\": \"bob\", \"action\": \"s3:GetObject\"}}", "s"))
                .hasMessageStartingWith("cannot tell what kind of principal \"bob\" is");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"principal\": \"111122223333\", \"action\": \"s3:*\"}}", "s"))
                .hasMessageContaining("must be one action like s3:GetObject");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"principal\": \"111122223333\", \"action\": \"nope:Get\"}}", "s"))
                .hasMessageContaining("no AWS service has the prefix \"nope\"");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"principal\": \"111122223333\", \"action\": \"s3:GetObject\", \"resourceAccount\": \"12\"}}", "s"))
                .hasMessageContaining("12-digit AWS account ID");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"principal\": \"111122223333\", \"action\": \"s3:GetObject\", \"principalType\": \"robot\"}}", "s"))
                .hasMessageContaining("unknown principalType \"robot\"");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"request\": {\"principal\": \"111122223333\", \"action\": \"s3:GetObject\", \"context\": {\"k\": {}}}}", "s"))
                .hasMessageContaining("context key k must be");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"scps\": [{\"Statement\": []}, 3], \"request\": {}}", "s"))
                .hasMessageContaining("scps[1] must be an array of policies");
        assertThatThrownBy(() -> ScenarioParser.parse("{\"identityPolicy\": []}", "s"))
                .hasMessageStartingWith("unknown scenario element \"identityPolicy\"");
        assertThatThrownBy(() -> ScenarioParser.parse("{}", "s")).hasMessage("the scenario has no request");
    }

    @Test
    void scenarioFormatFromTheDesign() throws Exception {
        Scenario s = ScenarioParser.parse("""
                { "identityPolicies": [ {"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}} ],
                  "resourcePolicy": {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}},
                  "permissionBoundaries": [ {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}} ],
                  "sessionPolicy": {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}},
                  "scps": [ [ {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}} ], [ {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}} ] ],
                  "rcps": [ [ ] ],
                  "request": { "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
                               "resource": "arn:aws:s3:::reports/q1.csv", "resourceAccount": "111122223333",
                               "context": { "aws:SourceIp": "203.0.113.7", "aws:TagKeys": ["team"], "s3:max-keys": 5, "aws:SecureTransport": true } } }
                """, "s.json");
        assertThat(s.scps()).hasSize(2);
        assertThat(s.rcps()).containsExactly(List.of());
        assertThat(s.request().context()).containsEntry("aws:TagKeys", List.of("team"))
                .containsEntry("s3:max-keys", List.of("5")).containsEntry("aws:SecureTransport", List.of("true"));
        assertThat(PolicyEvaluator.evaluate(s).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void principalRulesDependOnThePolicyKind() {
        String withPrincipal = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}}";
        String without = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}";
        assertThatThrownBy(() -> PolicyParser.parse(withPrincipal, "p", PolicyKind.IDENTITY))
                .hasMessage("Principal is not allowed in an identity policy: it applies to the principal it is attached to");
        assertThatThrownBy(() -> PolicyParser.parse(without, "p", PolicyKind.RESOURCE))
                .hasMessage("Statement[0] of a resource policy needs a Principal or NotPrincipal");
        assertThatThrownBy(() -> PolicyParser.parse(withPrincipal.replace("\"*\",\"Action", "{\"AWS\":\"111122223333\"},\"Action"), "p", PolicyKind.RCP))
                .hasMessageContaining("only accept \"Principal\": \"*\"");
    }

    @Test
    void hugeExponentsStayCompact() throws Exception {
        PolicyDocument p = PolicyParser.parse("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"s3:max-keys\":1e999999999}}}}", "p");
        assertThat(p.size()).isLessThan(200);
        Request r = Request.builder().principal(Fixtures.ALICE).action("s3:ListBucket").context("s3:max-keys", "5").build();
        assertThat(PolicyEvaluator.decide(Scenario.builder().identityPolicy(p).request(r).build())).isEqualTo(Decision.ALLOW);
    }

    @Test
    void deepNestingIsAnError() {
        String deep = "{\"Statement\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        // Said in our own words, at the bracket where the limit was crossed (not Jackson's internals).
        assertThatThrownBy(() -> PolicyParser.parse(deep, "p")).isInstanceOf(PolicyParseException.class)
                .hasMessage("the JSON nests more than 64 levels deep; an IAM policy needs at most six")
                .satisfies(e -> assertThat(((PolicyParseException) e).position()).isEqualTo(new Position(1, 77)));
    }
}
