package dev.secpillar.policy;

import static dev.secpillar.policy.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules 12-18: how Condition blocks evaluate, operator by operator. */
class ConditionsTest {

    /** Does an Allow statement with this Condition block apply to a request with this context? */
    static boolean holds(String condition, Object... context) {
        return holdsIn("2012-10-17", condition, context);
    }

    static boolean holdsIn(String version, String condition, Object... context) {
        PolicyDocument p = policy("{\"Version\":\"" + version + "\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Resource\":\"*\",\"Condition\":" + condition + "}}");
        Map<String, Object> ctx = new LinkedHashMap<>();
        for (int i = 0; i < context.length; i += 2) {
            ctx.put((String) context[i], context[i + 1]);
        }
        Request r = Request.builder().principal(ALICE).action("s3:GetObject").resource(OBJECT).context(ctx).build();
        return PolicyEvaluator.evaluate(world(r, p).build()).allowed();
    }

    @Nested
    class Rule12AndOr {
        @Test
        void operatorsAndKeysAndTogether() {
            String c = "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\",\"s3:prefix\":\"home/\"},"
                    + "\"Bool\":{\"aws:SecureTransport\":\"true\"}}";
            assertThat(holds(c, "aws:RequestedRegion", "eu-west-1", "s3:prefix", "home/", "aws:SecureTransport", "true")).isTrue();
            assertThat(holds(c, "aws:RequestedRegion", "eu-west-1", "s3:prefix", "home/", "aws:SecureTransport", "false")).isFalse();
            assertThat(holds(c, "aws:RequestedRegion", "us-east-1", "s3:prefix", "home/", "aws:SecureTransport", "true")).isFalse();
        }

        @Test
        void valuesOfOneKeyOrTogether() {
            String c = "{\"StringEquals\":{\"aws:RequestedRegion\":[\"eu-west-1\",\"eu-central-1\"]}}";
            assertThat(holds(c, "aws:RequestedRegion", "eu-central-1")).isTrue();
            assertThat(holds(c, "aws:RequestedRegion", "us-east-1")).isFalse();
        }

        @Test
        void negatedOperatorWithSeveralValuesMeansNoneMayMatch() {
            String c = "{\"StringNotEquals\":{\"aws:RequestedRegion\":[\"eu-west-1\",\"eu-central-1\"]}}";
            assertThat(holds(c, "aws:RequestedRegion", "eu-central-1")).isFalse();
            assertThat(holds(c, "aws:RequestedRegion", "eu-west-1")).isFalse();
            assertThat(holds(c, "aws:RequestedRegion", "us-east-1")).isTrue();
        }
    }

    @Nested
    class Rule13Case {
        @Test
        void keyNamesAreCaseInsensitive() {
            assertThat(holds("{\"StringEquals\":{\"AWS:REQUESTEDREGION\":\"eu-west-1\"}}", "aws:requestedregion", "eu-west-1")).isTrue();
        }

        @Test
        void valueCaseDependsOnTheOperator() {
            assertThat(holds("{\"StringEquals\":{\"aws:PrincipalTag/team\":\"Blue\"}}", "aws:PrincipalTag/team", "blue")).isFalse();
            assertThat(holds("{\"StringEqualsIgnoreCase\":{\"aws:PrincipalTag/team\":\"Blue\"}}", "aws:PrincipalTag/team", "blue")).isTrue();
            assertThat(holds("{\"StringNotEqualsIgnoreCase\":{\"aws:PrincipalTag/team\":\"Blue\"}}", "aws:PrincipalTag/team", "BLUE")).isFalse();
            assertThat(holds("{\"StringLike\":{\"s3:prefix\":\"Home/*\"}}", "s3:prefix", "home/x")).isFalse();
            assertThat(holds("{\"Bool\":{\"aws:SecureTransport\":\"TRUE\"}}", "aws:SecureTransport", "true")).isTrue();
        }
    }

    @Nested
    class Rule14MissingKeys {
        @Test
        void missingKeyMakesAPositiveConditionFalse() {
            assertThat(holds("{\"StringEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}")).isFalse();
            assertThat(holds("{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}")).isFalse();
        }

        @Test
        void negatedOperatorsHoldWhenTheKeyIsMissing() {
            assertThat(holds("{\"StringNotEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}")).isTrue();
            assertThat(holds("{\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}")).isTrue();
            assertThat(holds("{\"ArnNotLike\":{\"aws:SourceArn\":\"arn:aws:sns:*:*:*\"}}")).isTrue();
        }

        @Test
        void ifExistsHoldsWhenTheKeyIsMissingAndTestsItOtherwise() {
            String c = "{\"StringEqualsIfExists\":{\"aws:SourceVpc\":\"vpc-1\"}}";
            assertThat(holds(c)).isTrue();
            assertThat(holds(c, "aws:SourceVpc", "vpc-1")).isTrue();
            assertThat(holds(c, "aws:SourceVpc", "vpc-2")).isFalse();
            assertThat(holds("{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"true\"}}")).isTrue();
        }
    }

    @Nested
    class Rule15Null {
        @Test
        void nullTrueMeansAbsent() {
            assertThat(holds("{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}")).isTrue();
            assertThat(holds("{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}", "aws:TokenIssueTime", "2024-01-01T00:00:00Z")).isFalse();
        }

        @Test
        void nullFalseMeansPresent() {
            assertThat(holds("{\"Null\":{\"aws:TokenIssueTime\":false}}", "aws:TokenIssueTime", "2024-01-01T00:00:00Z")).isTrue();
            assertThat(holds("{\"Null\":{\"aws:TokenIssueTime\":\"false\"}}")).isFalse();
        }
    }

    @Nested
    class Rule16SetOperators {
        private final String allOf = "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"team\",\"cost\"]}}";
        private final String anyOf = "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"team\",\"cost\"]}}";

        @Test
        void forAllValuesNeedsEveryRequestValueToMatch() {
            assertThat(holds(allOf, "aws:TagKeys", List.of("team"))).isTrue();
            assertThat(holds(allOf, "aws:TagKeys", List.of("team", "cost"))).isTrue();
            assertThat(holds(allOf, "aws:TagKeys", List.of("team", "owner"))).isFalse();
        }

        @Test
        void forAllValuesHoldsWhenAbsentOrEmpty() {
            assertThat(holds(allOf)).isTrue();
            assertThat(holds(allOf, "aws:TagKeys", List.of())).isTrue();
        }

        @Test
        void forAnyValueNeedsOneMatch() {
            assertThat(holds(anyOf, "aws:TagKeys", List.of("owner", "cost"))).isTrue();
            assertThat(holds(anyOf, "aws:TagKeys", List.of("owner"))).isFalse();
        }

        @Test
        void forAnyValueFailsWhenAbsentOrEmpty() {
            assertThat(holds(anyOf)).isFalse();
            assertThat(holds(anyOf, "aws:TagKeys", List.of())).isFalse();
        }

        @Test
        void negatedBaseOperatorsApplyPerValue() {
            String noneOf = "{\"ForAllValues:StringNotEquals\":{\"aws:TagKeys\":[\"admin\"]}}";
            assertThat(holds(noneOf, "aws:TagKeys", List.of("team", "cost"))).isTrue();
            assertThat(holds(noneOf, "aws:TagKeys", List.of("team", "admin"))).isFalse();
            String someOther = "{\"ForAnyValue:StringNotEquals\":{\"aws:TagKeys\":[\"admin\"]}}";
            assertThat(holds(someOther, "aws:TagKeys", List.of("admin"))).isFalse();
            assertThat(holds(someOther, "aws:TagKeys", List.of("admin", "team"))).isTrue();
        }
    }

    @Nested
    class Rule18PolicyVariables {
        private boolean canRead(String version, String resource, Request r) {
            PolicyDocument p = policy("{\"Version\":\"" + version + "\",\"Statement\":{\"Effect\":\"Allow\","
                    + "\"Action\":\"s3:GetObject\",\"Resource\":\"" + resource + "\"}}");
            return PolicyEvaluator.evaluate(world(r, p).build()).allowed();
        }

        @Test
        void usernameInResource() {
            Request own = request(ALICE, "s3:GetObject", "arn:aws:s3:::home/alice/notes.txt");
            Request other = request(BOB, "s3:GetObject", "arn:aws:s3:::home/alice/notes.txt");
            assertThat(canRead("2012-10-17", "arn:aws:s3:::home/${aws:username}/*", own)).isTrue();
            assertThat(canRead("2012-10-17", "arn:aws:s3:::home/${aws:username}/*", other)).isFalse();
        }

        @Test
        void withoutVersion2012VariablesAreLiteralText() {
            Request own = request(ALICE, "s3:GetObject", "arn:aws:s3:::home/alice/notes.txt");
            Request literal = request(ALICE, "s3:GetObject", "arn:aws:s3:::home/${aws:username}/notes.txt");
            assertThat(canRead("2008-10-17", "arn:aws:s3:::home/${aws:username}/*", own)).isFalse();
            assertThat(canRead("2008-10-17", "arn:aws:s3:::home/${aws:username}/*", literal)).isTrue();
        }

        @Test
        void tagVariablesAndDefaults() {
            String c = "{\"StringEquals\":{\"aws:ResourceTag/team\":\"${aws:PrincipalTag/team, 'none'}\"}}";
            assertThat(holds(c, "aws:PrincipalTag/team", "blue", "aws:ResourceTag/team", "blue")).isTrue();
            assertThat(holds(c, "aws:PrincipalTag/team", "red", "aws:ResourceTag/team", "blue")).isFalse();
            assertThat(holds(c, "aws:ResourceTag/team", "none")).isTrue();
        }

        @Test
        void serviceKeysAsVariables() {
            String c = "{\"StringLike\":{\"s3:prefix\":\"home/${aws:username}/*\"}}";
            assertThat(holds(c, "s3:prefix", "home/alice/docs")).isTrue();
            assertThat(holds(c, "s3:prefix", "home/bob/docs")).isFalse();
            assertThat(holds("{\"StringEquals\":{\"aws:PrincipalTag/p\":\"${s3:prefix}\"}}", "s3:prefix", "x", "aws:PrincipalTag/p", "x")).isTrue();
        }

        @Test
        void escapedCharactersAreLiteral() {
            String c = "{\"StringLike\":{\"s3:prefix\":\"a${*}b${?}c${$}\"}}";
            assertThat(holds(c, "s3:prefix", "a*b?c$")).isTrue();
            assertThat(holds(c, "s3:prefix", "axxbycz")).isFalse();
        }

        @Test
        void substitutedValuesAreNotWildcards() {
            String c = "{\"StringLike\":{\"s3:prefix\":\"${aws:PrincipalTag/p}\"}}";
            assertThat(holds(c, "aws:PrincipalTag/p", "*", "s3:prefix", "anything")).isFalse();
            assertThat(holds(c, "aws:PrincipalTag/p", "*", "s3:prefix", "*")).isTrue();
        }

        @Test
        void unresolvedVariableFailsStringConditionsAndSatisfiesNegatedOnes() {
            assertThat(holds("{\"StringEquals\":{\"s3:prefix\":\"${aws:PrincipalTag/team}\"}}", "s3:prefix", "x")).isFalse();
            assertThat(holds("{\"StringNotEquals\":{\"s3:prefix\":\"${aws:PrincipalTag/team}\"}}", "s3:prefix", "x")).isTrue();
        }

        @Test
        void numericDateAndNullTakeNoVariables() {
            assertThat(holds("{\"NumericLessThan\":{\"s3:max-keys\":\"${aws:PrincipalTag/n}\"}}",
                    "aws:PrincipalTag/n", "100", "s3:max-keys", "10")).isFalse();
            assertThat(holds("{\"DateLessThan\":{\"aws:CurrentTime\":\"${aws:PrincipalTag/d}\"}}",
                    "aws:PrincipalTag/d", "2030-01-01", "aws:CurrentTime", "2025-01-01T00:00:00Z")).isFalse();
        }

        @Test
        void variablesInResourcePolicyUnresolvedMatchNothing() {
            Request r = request(ALICE, "s3:GetObject", "arn:aws:s3:::home/x");
            assertThat(canRead("2012-10-17", "arn:aws:s3:::home/${aws:PrincipalTag/missing}", r)).isFalse();
            assertThat(canRead("2012-10-17", "arn:aws:s3:::home/${aws:PrincipalTag/missing, 'x'}", r)).isTrue();
        }
    }

    @Nested
    class Rule17Operators {
        @Test
        void stringLikeAndNotLike() {
            assertThat(holds("{\"StringLike\":{\"s3:prefix\":[\"home/*\",\"pub?/*\"]}}", "s3:prefix", "pub1/a")).isTrue();
            assertThat(holds("{\"StringLike\":{\"s3:prefix\":\"home/*\"}}", "s3:prefix", "other")).isFalse();
            assertThat(holds("{\"StringNotLike\":{\"s3:prefix\":\"home/*\"}}", "s3:prefix", "home/a")).isFalse();
            assertThat(holds("{\"StringNotLike\":{\"s3:prefix\":\"home/*\"}}", "s3:prefix", "etc")).isTrue();
        }

        @Test
        void stringEqualsTreatsStarLiterally() {
            assertThat(holds("{\"StringEquals\":{\"s3:prefix\":\"home/*\"}}", "s3:prefix", "home/a")).isFalse();
            assertThat(holds("{\"StringEquals\":{\"s3:prefix\":\"home/*\"}}", "s3:prefix", "home/*")).isTrue();
        }

        @Test
        void numericOperators() {
            assertThat(holds("{\"NumericEquals\":{\"s3:max-keys\":\"10\"}}", "s3:max-keys", "10.0")).isTrue();
            assertThat(holds("{\"NumericNotEquals\":{\"s3:max-keys\":[\"10\",\"20\"]}}", "s3:max-keys", "20")).isFalse();
            assertThat(holds("{\"NumericNotEquals\":{\"s3:max-keys\":[\"10\",\"20\"]}}", "s3:max-keys", "30")).isTrue();
            assertThat(holds("{\"NumericLessThan\":{\"s3:max-keys\":10}}", "s3:max-keys", "9")).isTrue();
            assertThat(holds("{\"NumericLessThan\":{\"s3:max-keys\":10}}", "s3:max-keys", "10")).isFalse();
            assertThat(holds("{\"NumericLessThanEquals\":{\"s3:max-keys\":10}}", "s3:max-keys", "10")).isTrue();
            assertThat(holds("{\"NumericGreaterThan\":{\"aws:MultiFactorAuthAge\":3600}}", "aws:MultiFactorAuthAge", "3601")).isTrue();
            assertThat(holds("{\"NumericGreaterThan\":{\"aws:MultiFactorAuthAge\":3600}}", "aws:MultiFactorAuthAge", "3600")).isFalse();
            assertThat(holds("{\"NumericGreaterThanEquals\":{\"aws:MultiFactorAuthAge\":3600}}", "aws:MultiFactorAuthAge", "3600")).isTrue();
            assertThat(holds("{\"NumericLessThan\":{\"s3:max-keys\":\"ten\"}}", "s3:max-keys", "9")).isFalse();
        }

        @Test
        void dateOperatorsAcceptIsoAndEpoch() {
            String t = "aws:CurrentTime";
            assertThat(holds("{\"DateLessThan\":{\"aws:CurrentTime\":\"2025-01-01T00:00:00Z\"}}", t, "2024-12-31T23:59:59Z")).isTrue();
            assertThat(holds("{\"DateLessThan\":{\"aws:CurrentTime\":\"2025-01-01\"}}", t, "2025-01-01T00:00:01Z")).isFalse();
            assertThat(holds("{\"DateGreaterThan\":{\"aws:CurrentTime\":\"1700000000\"}}", t, "2024-01-01T00:00:00Z")).isTrue();
            assertThat(holds("{\"DateGreaterThanEquals\":{\"aws:CurrentTime\":\"2024-01-01T00:00:00Z\"}}", t, "1704067200")).isTrue();
            assertThat(holds("{\"DateLessThanEquals\":{\"aws:CurrentTime\":\"2024-01-01T01:00:00+01:00\"}}", t, "2024-01-01T00:00:00Z")).isTrue();
            assertThat(holds("{\"DateEquals\":{\"aws:CurrentTime\":\"2024-01-01T00:00:00Z\"}}", t, "1704067200")).isTrue();
            assertThat(holds("{\"DateNotEquals\":{\"aws:CurrentTime\":\"2024-01-01T00:00:00Z\"}}", t, "1704067200")).isFalse();
            assertThat(holds("{\"DateLessThan\":{\"aws:CurrentTime\":\"not-a-date\"}}", t, "2024-01-01")).isFalse();
        }

        @Test
        void boolAndBinary() {
            assertThat(holds("{\"Bool\":{\"aws:SecureTransport\":false}}", "aws:SecureTransport", "false")).isTrue();
            assertThat(holds("{\"Bool\":{\"aws:SecureTransport\":\"true\"}}", "aws:SecureTransport", "false")).isFalse();
            assertThat(holds("{\"BinaryEquals\":{\"s3:data\":\"QmluYXJ5\"}}", "s3:data", "QmluYXJ5")).isTrue();
            assertThat(holds("{\"BinaryEquals\":{\"s3:data\":\"QmluYXJ5\"}}", "s3:data", "QmluYXJz")).isFalse();
        }

        @Test
        void ipv4AndIpv6Cidrs() {
            String v4 = "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}";
            assertThat(holds(v4, "aws:SourceIp", "203.0.113.7")).isTrue();
            assertThat(holds(v4, "aws:SourceIp", "198.51.100.7")).isFalse();
            assertThat(holds("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.7\"}}", "aws:SourceIp", "203.0.113.7")).isTrue();
            assertThat(holds("{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/13\"}}", "aws:SourceIp", "10.7.255.255")).isTrue();
            assertThat(holds("{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/13\"}}", "aws:SourceIp", "10.8.0.0")).isFalse();
            String v6 = "{\"IpAddress\":{\"aws:SourceIp\":\"2001:db8:1234::/48\"}}";
            assertThat(holds(v6, "aws:SourceIp", "2001:db8:1234:ffff::1")).isTrue();
            assertThat(holds(v6, "aws:SourceIp", "2001:db8:1235::1")).isFalse();
            assertThat(holds(v6, "aws:SourceIp", "203.0.113.7")).isFalse();
            assertThat(holds("{\"NotIpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"2001:db8::/32\"]}}",
                    "aws:SourceIp", "2001:db8::5")).isFalse();
            assertThat(holds("{\"NotIpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", "aws:SourceIp", "198.51.100.7")).isTrue();
            assertThat(holds("{\"IpAddress\":{\"aws:SourceIp\":\"::ffff:203.0.113.0/120\"}}", "aws:SourceIp", "::ffff:203.0.113.9")).isTrue();
        }

        @Test
        void arnOperatorsCompareTheSixPartsSeparately() {
            String like = "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:sns:*:111122223333:*\"}}";
            assertThat(holds(like, "aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")).isTrue();
            assertThat(holds(like, "aws:SourceArn", "arn:aws:sns:us-east-1:444455556666:topic")).isFalse();
            // the region wildcard may not swallow the account part
            assertThat(holds("{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:sns:*:topic\"}}",
                    "aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")).isFalse();
            assertThat(holds("{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:sns:us-east-1:111122223333:topic\"}}",
                    "aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")).isTrue();
            assertThat(holds("{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:sns:us-east-1:111122223333:Topic\"}}",
                    "aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")).isFalse();
            assertThat(holds("{\"ArnNotEquals\":{\"aws:SourceArn\":\"arn:aws:sns:us-east-1:111122223333:topic\"}}",
                    "aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:other")).isTrue();
            assertThat(holds("{\"ArnNotLike\":{\"aws:SourceArn\":\"arn:aws:sns:*:*:*\"}}",
                    "aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:other")).isFalse();
            assertThat(holds("{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::bucket/*\"}}",
                    "aws:SourceArn", "arn:aws:s3:::bucket/a:b/c")).isTrue();
        }

        @Test
        void ifExistsVariantsOfEveryFamily() {
            assertThat(holds("{\"NumericLessThanIfExists\":{\"s3:max-keys\":10}}")).isTrue();
            assertThat(holds("{\"DateLessThanIfExists\":{\"aws:CurrentTime\":\"2025-01-01\"}}")).isTrue();
            assertThat(holds("{\"IpAddressIfExists\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}")).isTrue();
            assertThat(holds("{\"ArnLikeIfExists\":{\"aws:SourceArn\":\"arn:aws:sns:*:*:*\"}}")).isTrue();
            assertThat(holds("{\"IpAddressIfExists\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}", "aws:SourceIp", "11.0.0.1")).isFalse();
        }

        @Test
        void setQualifiersWithOtherFamilies() {
            assertThat(holds("{\"ForAnyValue:StringLike\":{\"aws:PrincipalOrgPaths\":\"o-1/r-1/ou-a/*\"}}",
                    "aws:PrincipalOrgPaths", List.of("o-1/r-1/ou-b/", "o-1/r-1/ou-a/ou-c/"))).isTrue();
            assertThat(holds("{\"ForAllValues:ArnLike\":{\"aws:CalledVia\":\"arn:aws:*:*:*:*\"}}",
                    "aws:CalledVia", List.of("arn:aws:x:r:1:y"))).isTrue();
        }

        @Test
        void operatorNamesAreCaseInsensitive() {
            assertThat(holds("{\"stringequals\":{\"s3:prefix\":\"a\"}}", "s3:prefix", "a")).isTrue();
            assertThat(holds("{\"forallvalues:stringequalsifexists\":{\"aws:TagKeys\":\"a\"}}")).isTrue();
        }
    }

    @Test
    void explanationNamesTheFailingCondition() {
        PolicyDocument p = policy("{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"OfficeOnly\",\"Effect\":\"Allow\","
                + "\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}}");
        Request r = Request.builder().principal(ALICE).action("s3:GetObject").resource(OBJECT)
                .context("aws:SourceIp", "198.51.100.7").build();
        Trace trace = PolicyEvaluator.evaluate(world(r, p).build()).trace();
        assertThat(trace.policies()).singleElement().satisfies(pt ->
                assertThat(pt.statements()).singleElement().satisfies(st -> {
                    assertThat(st.applies()).isFalse();
                    assertThat(st.detail()).isEqualTo("condition IpAddress fails: aws:SourceIp 198.51.100.7 not in 203.0.113.0/24");
                }));
        assertThat(trace.render()).contains("[no match]  Allow OfficeOnly: condition IpAddress fails");
    }

    @Test
    void explicitDenySummaryNamesTheStatementAndWhy() {
        PolicyDocument scp = policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"DenyOutsideRegion\",\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringNotEquals\":{\"aws:RequestedRegion\":[\"eu-west-1\",\"eu-central-1\"]}}}]}");
        Request r = Request.builder().principal(ALICE).action("s3:GetObject").resource(OBJECT)
                .context("aws:RequestedRegion", "us-west-2").build();
        EvaluationResult result = PolicyEvaluator.evaluate(world(r, allowAll()).scpLevel(List.of(scp)).build());
        assertThat(result.summary()).isEqualTo("Explicit deny: scps[0][0] statement DenyOutsideRegion "
                + "(aws:RequestedRegion us-west-2 not in [eu-west-1, eu-central-1])");
    }
}
