package dev.secpillar.policy;

import java.util.List;

/** Small helpers to write scenarios in tests: policies as JSON text blocks, requests by ARN. */
final class Fixtures {
    static final String ACCOUNT = "111122223333";
    static final String OTHER = "444455556666";
    static final String ALICE = "arn:aws:iam::111122223333:user/alice";
    static final String BOB = "arn:aws:iam::111122223333:user/bob";
    static final String ROLE = "arn:aws:iam::111122223333:role/Reader";
    static final String SESSION = "arn:aws:sts::111122223333:assumed-role/Reader/s1";
    static final String OUTSIDER = "arn:aws:iam::444455556666:user/eve";
    static final String OBJECT = "arn:aws:s3:::reports/q1.csv";
    static final String BUCKET_OBJECTS = "arn:aws:s3:::reports/*";

    private Fixtures() {
    }

    static PolicyDocument policy(String json) {
        try {
            return PolicyParser.parse(json, "test.json");
        } catch (PolicyParseException e) {
            throw new AssertionError(e.located(), e);
        }
    }

    /** A 2012-10-17 policy with the given statements (JSON objects, comma-separated). */
    static PolicyDocument statements(String statementsJson) {
        return policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + statementsJson + "]}");
    }

    static String allow(String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    static String deny(String action, String resource) {
        return "{\"Effect\":\"Deny\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    static String allowFor(String principalJson, String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Principal\":" + principalJson + ",\"Action\":\"" + action
                + "\",\"Resource\":\"" + resource + "\"}";
    }

    static String aws(String arn) {
        return "{\"AWS\":\"" + arn + "\"}";
    }

    static PolicyDocument allowAll() {
        return statements(allow("*", "*"));
    }

    static Request request(String principal, String action, String resource) {
        return Request.builder().principal(principal).action(action).resource(resource).build();
    }

    static Decision decide(Scenario.Builder b) {
        return PolicyEvaluator.evaluate(b.build()).decision();
    }

    static Scenario.Builder world(Request r, PolicyDocument... identity) {
        return Scenario.builder().identityPolicies(List.of(identity)).request(r);
    }
}
