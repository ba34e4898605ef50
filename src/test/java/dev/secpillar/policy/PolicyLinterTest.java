package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lint check on a realistic policy: its code, severity and where it points. Positions are
 * asserted against a marker in the policy text, so each test says which token is blamed.
 */
class PolicyLinterTest {

    static LintReport report(PolicyKind kind, ResourcePolicyType type, String text) {
        return PolicyLinter.check(text, "p.json", kind, type);
    }

    /** The one finding with this code. */
    static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as("findings " + findings).hasSize(1);
        return matching.get(0);
    }

    /** 1-based line:column of the n-th (from 1) occurrence of marker in text. */
    static Position at(String text, String marker, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = text.indexOf(marker, index + 1);
        }
        assertThat(index).as("marker " + marker).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, index - lineStart + 1);
    }

    static List<Finding> all(String text, String code) {
        return report(null, null, text).findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    static Finding expect(PolicyKind kind, ResourcePolicyType type, String text, String code, Severity severity,
                          String marker) {
        return expect(kind, type, text, code, severity, marker, 1);
    }

    static Finding expect(PolicyKind kind, ResourcePolicyType type, String text, String code, Severity severity,
                          String marker, int occurrence) {
        Finding f = only(report(kind, type, text).findings(), code);
        assertThat(f.severity()).as(code).isEqualTo(severity);
        assertThat(f.position()).as(code + " position").isEqualTo(at(text, marker, occurrence));
        return f;
    }

    static Finding expect(String text, String code, Severity severity, String marker) {
        return expect(null, null, text, code, severity, marker);
    }

    static Finding expect(String text, String code, Severity severity, String marker, int occurrence) {
        return expect(null, null, text, code, severity, marker, occurrence);
    }

    static String identity(String statements) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n" + statements + "\n  ]\n}\n";
    }

    // ---- a clean policy ----------------------------------------------------------------------

    @Test
    void cleanPolicyHasNoFindings() {
        String p = identity("""
                    {"Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
                     "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"],
                     "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringLike": {"s3:prefix": "home/*"}}}""");
        LintReport r = report(null, null, p);
        assertThat(r.findings()).isEmpty();
        assertThat(r.kind()).isEqualTo(PolicyKind.IDENTITY);
        assertThat(r.guessed()).isEqualTo("no statement has a Principal");
    }

    // ---- item 9: malformed elements are findings and checking goes on ------------------------

    @Test
    void malformedElementsAreFindingsAndTheRestIsStillChecked() {
        String p = identity("""
                    {"Effect": "Alow", "Action": ["s3:GetObjekt", "iam:PassRole"], "Resource": "*",
                     "Condition": {"StringEqualz": {"aws:username": "bob"}}}""");
        LintReport r = report(null, null, p);
        assertThat(r.malformed()).isTrue();
        expect(p, "INVALID_EFFECT", Severity.ERROR, "\"Alow\"");
        Finding op = expect(p, "INVALID_CONDITION_OPERATOR", Severity.ERROR, "\"StringEqualz\"");
        assertThat(op.message()).endsWith("did you mean \"StringEquals\"?");
        // Found past the malformed elements:
        expect(p, "UNKNOWN_ACTION", Severity.ERROR, "\"s3:GetObjekt\"");
        expect(p, "PASS_ROLE_WITH_STAR_IN_RESOURCE", Severity.SECURITY_WARNING, "\"iam:PassRole\"");
    }

    @Test
    void missingEffectAndActionAndUnknownElements() {
        String p = identity("""
                    {"Sid": "NoEffect", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                    {"Effect": "Allow", "Resource": "*", "Condtion": {}}""");
        expect(p, "MISSING_EFFECT", Severity.ERROR, "{\"Sid\"");
        expect(p, "MISSING_ACTION", Severity.ERROR, "{\"Effect\": \"Allow\"");
        Finding element = expect(p, "INVALID_POLICY_ELEMENT", Severity.ERROR, "\"Condtion\"");
        assertThat(element.message()).contains("did you mean \"Condition\"?");
    }

    @Test
    void bothActionAndNotActionAndWrongTypes() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "NotAction": "s3:PutObject", "Resource": 42}""");
        expect(p, "UNSUPPORTED_ELEMENT_COMBINATION", Severity.ERROR, "\"NotAction\"");
        expect(p, "DATA_TYPE_MISMATCH", Severity.ERROR, "42");
    }

    @Test
    void notJsonIsOneFindingWithItsPosition() {
        String p = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ {\"Effect\": \"Allow\",, } ]\n}";
        LintReport r = report(null, null, p);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.code()).isEqualTo("JSON_SYNTAX_ERROR");
        assertThat(f.position()).isEqualTo(new Position(3, 37));
        assertThat(r.malformed()).isTrue();
    }

    @Test
    void deepNestingIsSaidInOurOwnWords() {
        String p = "{\"Statement\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Finding f = only(report(null, null, p).findings(), "JSON_SYNTAX_ERROR");
        assertThat(f.message()).isEqualTo("the JSON nests more than 64 levels deep; an IAM policy needs at most six");
        assertThat(f.position()).isEqualTo(new Position(1, 77));
    }

    @Test
    void invalidVersionAndMissingStatement() {
        expect("{\"Version\": \"2012-10-18\"}", "INVALID_VERSION", Severity.ERROR, "\"2012-10-18\"");
        expect("{\"Version\": \"2012-10-17\"}", "MISSING_STATEMENT", Severity.ERROR, "{");
    }

    // ---- item 10: unknown actions, suggestions, no "covered by *" noise -------------------------

    @Test
    void unknownActionIsNotAlsoRedundantAndGetsASuggestion() {
        String p = identity("""
                    {"Effect": "Allow", "Action": ["s3:*", "s3:GetObjekt", "s4:GetObject"], "Resource": "arn:aws:s3:::b/*"}""");
        List<Finding> f = report(null, null, p).findings();
        Finding unknown = expect(p, "UNKNOWN_ACTION", Severity.ERROR, "\"s3:GetObjekt\"");
        assertThat(unknown.message()).isEqualTo("s3:GetObjekt matches no action of the s3 service; did you mean \"s3:GetObject\"?");
        Finding service = expect(p, "INVALID_SERVICE_IN_ACTION", Severity.ERROR, "\"s4:GetObject\"");
        assertThat(service.message()).contains("did you mean \"s3\"?");
        assertThat(f).extracting(Finding::code).doesNotContain("REDUNDANT_ACTION");
    }

    @Test
    void malformedActionAndWildcardService() {
        String p = identity("""
                    {"Effect": "Allow", "Action": ["s3GetObject", "s*:List*"], "Resource": "*"}""");
        expect(p, "INVALID_ACTION", Severity.ERROR, "\"s3GetObject\"");
        expect(p, "WILDCARD_IN_SERVICE_NAME", Severity.SUGGESTION, "\"s*:List*\"");
    }

    // ---- item 1: condition keys ------------------------------------------------------------------

    @Test
    void conditionKeysAreValidatedAgainstTheCatalog() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "s3:*", "Resource": "*",
                     "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d", "aws:NotARealKey": "x",
                       "aws:PrincipalOrgId": "o-abc", "s3:x": "y", "bad": "z", "s4:prefix": "p"}}}""");
        Finding global = expect(p, "INVALID_GLOBAL_CONDITION_KEY", Severity.ERROR, "\"aws:NotARealKey\"");
        assertThat(global.message()).startsWith("global condition key aws:NotARealKey does not exist");
        expect(p, "INVALID_CONDITION_KEY_FORMAT", Severity.ERROR, "\"bad\"");
        assertThat(all(p, "INVALID_SERVICE_CONDITION_KEY")).extracting(Finding::position, Finding::severity)
                .containsExactly(tuple(at(p, "\"s3:x\"", 1), Severity.ERROR), tuple(at(p, "\"s4:prefix\"", 1), Severity.ERROR));
    }

    @Test
    void misspeltGlobalKeyGetsASuggestion() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "*", "Resource": "*",
                     "Condition": {"Bool": {"aws:SecureTransprt": "false"}}}""");
        Finding f = expect(p, "INVALID_GLOBAL_CONDITION_KEY", Severity.ERROR, "\"aws:SecureTransprt\"");
        assertThat(f.message()).endsWith("did you mean \"aws:securetransport\"?");
    }

    @Test
    void serviceKeyThatNoActionOfTheStatementSupports() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*",
                     "Condition": {"StringEquals": {"s3:x-amz-acl": "private"}}}""");
        expect(p, "UNSUPPORTED_ACTION_FOR_CONDITION_KEY", Severity.ERROR, "\"s3:x-amz-acl\"");
        // a key of the action's own service, and a tag-key pattern, pass
        String ok = identity("""
                    {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*",
                     "Condition": {"StringEquals": {"ec2:InstanceType": "t3.micro", "aws:RequestTag/team": "blue"}}}""");
        assertThat(report(null, null, ok).findings()).isEmpty();
    }

    @Test
    void tagKeysWithoutAKeyAndUnsupportedGlobalKey() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*",
                     "Condition": {"StringEquals": {"aws:RequestTag": "blue"}, "ArnEquals": {"aws:ARN": "arn:aws:iam::111122223333:root"}}}""");
        expect(p, "MISSING_TAG_KEY_IN_CONDITION", Severity.ERROR, "\"aws:RequestTag\"");
        expect(p, "UNSUPPORTED_GLOBAL_CONDITION_KEY", Severity.ERROR, "\"aws:ARN\"");
    }

    @Test
    void tagConditionKeysOnServicesThatIgnoreThem() {
        String p = identity("""
                    {"Effect": "Deny", "Action": ["ec2:TerminateInstances", "route53:DeleteHostedZone"], "Resource": "*",
                     "Condition": {"StringNotEquals": {"aws:ResourceTag/team": "blue"}}}""");
        Finding f = expect(p, "DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", Severity.SECURITY_WARNING,
                "\"aws:ResourceTag/team\"");
        assertThat(f.message()).contains("actions of route53");
    }

    // ---- item 2: operators against key types ---------------------------------------------------

    @Test
    void operatorOfTheWrongTypeForTheKey() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                     "Condition": {"StringEquals": {"aws:MultiFactorAuthAge": "3600"},
                       "NumericLessThan": {"aws:username": "5"}, "Bool": {"aws:SourceIp": "true"}}}""");
        assertThat(all(p, "TYPE_MISMATCH")).extracting(Finding::position, Finding::severity).containsExactly(
                tuple(at(p, "\"StringEquals\"", 1), Severity.WARNING), tuple(at(p, "\"NumericLessThan\"", 1), Severity.WARNING),
                tuple(at(p, "\"Bool\"", 1), Severity.WARNING));
    }

    @Test
    void multivaluedKeysNeedAQualifier() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*",
                     "Condition": {"StringEquals": {"aws:TagKeys": "team"}}}""");
        Finding f = expect(p, "MISSING_QUALIFIER", Severity.ERROR, "\"StringEquals\"");
        assertThat(f.message()).isEqualTo("aws:TagKeys is multivalued: qualify StringEquals with ForAllValues: or ForAnyValue:");
    }

    @Test
    void forAllValuesOnASingleValuedKey() {
        String allow = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                     "Condition": {"ForAllValues:StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}}""");
        expect(allow, "FORALLVALUES_WITH_SINGLE_VALUED_KEY", Severity.SECURITY_WARNING, "\"ForAllValues:StringEquals\"");
        String deny = allow.replace("\"Allow\"", "\"Deny\"");
        expect(deny, "SET_OPERATOR_WITH_SINGLE_VALUED_KEY", Severity.WARNING, "\"ForAllValues:StringEquals\"");
    }

    @Test
    void sameKeyTwiceInDifferentCase() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "s3:*", "Resource": "*",
                     "Condition": {"StringNotEquals": {"aws:SourceVpc": "vpc-1a2b3c4d", "aws:sourcevpc": "vpc-5e6f7a8b"}}}""");
        expect(p, "DUPLICATE_KEYS_WITH_DIFFERENT_CASE", Severity.ERROR, "\"aws:sourcevpc\"");
    }

    @Test
    void nullOperatorForms() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "s3:*", "Resource": "*",
                     "Condition": {"NullIfExists": {"aws:TokenIssueTime": "true"}, "ForAnyValue:Null": {"aws:TagKeys": "true"}}}""");
        expect(p, "NULL_WITH_IF_EXISTS", Severity.ERROR, "\"NullIfExists\"");
        expect(p, "NULL_WITH_QUALIFIER", Severity.SUGGESTION, "\"ForAnyValue:Null\"");
    }

    // ---- item 3: values ------------------------------------------------------------------------

    @Test
    void valuesOfTheWrongTypeAreWarnings() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "*", "Resource": "*",
                     "Condition": {"Bool": {"aws:SecureTransport": "yes"}, "IpAddress": {"aws:SourceIp": "203.0.113.300"},
                       "NumericGreaterThan": {"aws:MultiFactorAuthAge": "an hour"}, "DateGreaterThan": {"aws:CurrentTime": "tomorrow"}}}""");
        expect(p, "TYPE_MISMATCH_BOOLEAN", Severity.WARNING, "\"yes\"");
        expect(p, "TYPE_MISMATCH_IP_RANGE", Severity.WARNING, "\"203.0.113.300\"");
        expect(p, "TYPE_MISMATCH_NUMBER", Severity.WARNING, "\"an hour\"");
        expect(p, "TYPE_MISMATCH_DATE", Severity.WARNING, "\"tomorrow\"");
        assertThat(report(null, null, p).failed()).isFalse();
    }

    @Test
    void boolWithBothValues() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "s3:*", "Resource": "*",
                     "Condition": {"Bool": {"aws:SecureTransport": ["true", "false"]}}}""");
        expect(p, "INVALID_CONDITION_MULTIPLE_BOOLEAN", Severity.ERROR, "\"aws:SecureTransport\"");
    }

    @Test
    void ipRanges() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                     "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.5/24", "192.168.0.0/16"]}}},
                    {"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*",
                     "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}""");
        Finding host = expect(p, "IMPROVE_IP_RANGE", Severity.SUGGESTION, "\"203.0.113.5/24\"");
        assertThat(host.message()).contains("write 203.0.113.0/24");
        expect(p, "PRIVATE_IP_ADDRESS_SUBSET", Severity.SUGGESTION, "\"aws:SourceIp\"", 1);
        expect(p, "PRIVATE_NOT_IP_ADDRESS", Severity.ERROR, "\"aws:SourceIp\"", 2);
        String onlyPrivate = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                     "Condition": {"IpAddress": {"aws:SourceIp": "10.1.0.0/16"}}}""");
        expect(onlyPrivate, "PRIVATE_IP_ADDRESS", Severity.ERROR, "\"aws:SourceIp\"");
    }

    @Test
    void epochDatesAndRedundantNumbers() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                     "Condition": {"DateLessThan": {"aws:CurrentTime": "1767225600"},
                       "NumericLessThan": {"aws:MultiFactorAuthAge": ["2700", "3600"]}}}""");
        expect(p, "INVALID_DATE_VALUE", Severity.WARNING, "\"1767225600\"");
        Finding num = expect(p, "REDUNDANT_CONDITION_VALUE_NUM", Severity.SUGGESTION, "\"aws:MultiFactorAuthAge\"");
        assertThat(num.message()).contains("greatest");
    }

    @Test
    void regionsVpcsAndWildcardsWithoutLike() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "*", "Resource": "*",
                     "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-wset-1"],
                       "aws:SourceVpc": "vpc-main", "aws:SourceVpce": "endpoint-1", "aws:PrincipalArn": "arn:aws:iam::*:role/Admin"}}}""");
        Finding region = expect(p, "INVALID_REGION", Severity.ERROR, "\"eu-wset-1\"");
        assertThat(region.message()).contains("did you mean \"eu-west-1\"?");
        expect(p, "INVALID_VPC_FORMAT", Severity.ERROR, "\"vpc-main\"");
        expect(p, "INVALID_VPCE_FORMAT", Severity.ERROR, "\"endpoint-1\"");
        expect(p, "WILDCARD_WITHOUT_LIKE_OPERATOR", Severity.WARNING, "\"arn:aws:iam::*:role/Admin\"");
    }

    @Test
    void emptyArraysAndObjects() {
        String p = identity("""
                    {"Effect": "Allow", "Action": [], "Resource": [], "Condition": {"StringEquals": {"aws:username": []},
                     "ForAllValues:StringEquals": {"aws:TagKeys": []}}}""");
        expect(p, "EMPTY_ARRAY_ACTION", Severity.SUGGESTION, "\"Action\"");
        expect(p, "EMPTY_ARRAY_RESOURCE", Severity.SUGGESTION, "\"Resource\"");
        expect(p, "EMPTY_ARRAY_CONDITION", Severity.SUGGESTION, "\"aws:username\"");
        expect(p, "EMPTY_ARRAY_CONDITION_FORALLVALUES", Severity.SUGGESTION, "\"aws:TagKeys\"");
    }

    // ---- item 4: resource ARNs -------------------------------------------------------------------

    @Test
    void arnFields() {
        String p = identity("""
                    {"Effect": "Allow", "Action": ["s3:GetObject", "iam:GetRole", "ec2:StartInstances", "dynamodb:GetItem"],
                     "Resource": ["arn:aws:s3:us-east-1::reports/*", "arn:aws:iam::12345:role/Reader",
                       "arn:aws:ec2::111122223333:instance/*", "arn:aws:dynamodb:us-est-1:111122223333:table/T",
                       "arn:amazon:s3:::reports/*", "arn:aws:S3:::reports/*", "arn:aws:s3", "bucket/*",
                       "arn:aws:s3:::reports/*", "arn:aws:s3::111122223333:reports/*"]}""");
        expect(p, "ARN_REGION_NOT_ALLOWED", Severity.ERROR, "\"arn:aws:s3:us-east-1::reports/*\"");
        expect(p, "INVALID_ARN_ACCOUNT", Severity.ERROR, "\"arn:aws:iam::12345:role/Reader\"");
        expect(p, "MISSING_ARN_REGION", Severity.ERROR, "\"arn:aws:ec2::111122223333:instance/*\"");
        expect(p, "INVALID_ARN_REGION", Severity.ERROR, "\"arn:aws:dynamodb:us-est-1:111122223333:table/T\"");
        expect(p, "INVALID_PARTITION", Severity.ERROR, "\"arn:amazon:s3:::reports/*\"");
        expect(p, "INVALID_ARN_SERVICE_CASE", Severity.ERROR, "\"arn:aws:S3:::reports/*\"");
        expect(p, "MISSING_ARN_FIELD", Severity.ERROR, "\"arn:aws:s3\"");
        expect(p, "INVALID_ARN_PREFIX", Severity.ERROR, "\"bucket/*\"");
        expect(p, "ARN_ACCOUNT_NOT_ALLOWED", Severity.ERROR, "\"arn:aws:s3::111122223333:reports/*\"");
    }

    @Test
    void arnResourcePartAgainstTheCatalog() {
        String p = identity("""
                    {"Effect": "Allow", "Action": ["iam:GetRole", "s3:GetObject"],
                     "Resource": ["arn:aws:iam::111122223333:rol/Reader", "arn:aws:s3:::reports/*", "arn:aws:ec3:::x"]}""");
        expect(p, "INVALID_ARN_RESOURCE", Severity.ERROR, "\"arn:aws:iam::111122223333:rol/Reader\"");
        expect(p, "INVALID_SERVICE", Severity.ERROR, "\"arn:aws:ec3:::x\"");
    }

    @Test
    void resourceOfATypeNoActionActsOn() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:iam::111122223333:role/Reader"}""");
        expect(p, "RESOURCE_MISMATCH", Severity.WARNING, "\"arn:aws:iam::111122223333:role/Reader\"");
        String ok = identity("""
                    {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"],
                     "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*", "arn:aws:s3:::${aws:username}/*"]}""");
        assertThat(report(null, null, ok).findings()).isEmpty();
    }

    @Test
    void redundantResource() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::reports/*", "arn:aws:s3:::reports/2025/*"]}""");
        expect(p, "REDUNDANT_RESOURCE", Severity.SUGGESTION, "\"arn:aws:s3:::reports/2025/*\"");
    }

    // ---- item 5: PassRole and CreateServiceLinkedRole ----------------------------------------------

    @Test
    void passRoleWithAWildcardAnywhereInTheRoleArn() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-*"}""");
        expect(p, "PASS_ROLE_WITH_STAR_IN_RESOURCE", Severity.SECURITY_WARNING, "\"iam:PassRole\"");
        String scoped = identity("""
                    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-*",
                     "Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}""");
        assertThat(report(null, null, scoped).findings()).isEmpty();
        String notResource = identity("""
                    {"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::111122223333:role/Admin"}""");
        expect(notResource, "PASS_ROLE_WITH_NOT_RESOURCE", Severity.SECURITY_WARNING, "\"iam:PassRole\"");
    }

    @Test
    void createServiceLinkedRoleOnStar() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", "Resource": "*"}""");
        expect(p, "CREATE_SLR_WITH_STAR_IN_RESOURCE", Severity.WARNING, "\"iam:CreateServiceLinkedRole\"");
    }

    // ---- item 6: policy variables ----------------------------------------------------------------

    @Test
    void variableSyntax() {
        String p = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::home/${aws:username/*",
                       "arn:aws:s3:::home/${}/*", "arn:aws:s3:::home/${aws:user name}/*", "arn:aws:s3:::home/${aws:userid, anon}/*",
                       "arn:aws:s3:::home/${aws:usrname}/*", "arn:aws:s3:::home/${aws:username, 'anonymous'}/*"]}""");
        expect(p, "MISSING_BRACE_IN_VARIABLE", Severity.ERROR, "\"arn:aws:s3:::home/${aws:username/*\"");
        expect(p, "EMPTY_VARIABLE", Severity.ERROR, "\"arn:aws:s3:::home/${}/*\"");
        expect(p, "UNSUPPORTED_SPACE_IN_VARIABLE", Severity.ERROR, "\"arn:aws:s3:::home/${aws:user name}/*\"");
        expect(p, "MISSING_QUOTE_IN_VARIABLE", Severity.ERROR, "\"arn:aws:s3:::home/${aws:userid, anon}/*\"");
        Finding unknown = expect(p, "UNKNOWN_VARIABLE", Severity.WARNING, "\"arn:aws:s3:::home/${aws:usrname}/*\"");
        assertThat(unknown.message()).contains("did you mean \"aws:username\"?");
    }

    @Test
    void variablesNeedVersion2012AndStringOperators() {
        String old = """
                {"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::home/${aws:username}/*"}}""";
        expect(old, "VARIABLE_UNSUPPORTED_IN_VERSION", Severity.ERROR, "\"arn:aws:s3:::home/${aws:username}/*\"");
        String op = identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                     "Condition": {"DateLessThan": {"aws:CurrentTime": "${aws:TokenIssueTime}"}}},
                    {"Effect": "Allow", "Action": "s3:${aws:username}", "Resource": "*"}""");
        expect(op, "INVALID_VARIABLE_FOR_OPERATOR", Severity.ERROR, "\"${aws:TokenIssueTime}\"");
        expect(op, "VARIABLE_UNSUPPORTED_IN_ELEMENT", Severity.ERROR, "\"s3:${aws:username}\"");
    }

    // ---- item 7: Sids ----------------------------------------------------------------------------

    @Test
    void sids() {
        String p = identity("""
                    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::a/*"},
                    {"Sid": "Read", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::a/*"},
                    {"Sid": "Read reports", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::a"},
                    {"Sid": "", "Effect": "Allow", "Action": "s3:GetBucketLocation", "Resource": "arn:aws:s3:::a"}""");
        expect(p, "UNIQUE_SIDS_REQUIRED", Severity.ERROR, "\"Sid\"", 2);
        expect(p, "UNSUPPORTED_SID", Severity.ERROR, "\"Sid\"", 3);
        expect(p, "EMPTY_SID_VALUE", Severity.SUGGESTION, "\"Sid\"", 4);
    }

    @Test
    void keyPolicySidsMayHaveSpaces() {
        String p = """
                {"Version": "2012-10-17", "Id": "key-default-1", "Statement": [
                  {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}""";
        LintReport r = report(null, null, p);
        assertThat(r.findings()).isEmpty();
        assertThat(r.resourceType()).isEqualTo(ResourcePolicyType.KMS_KEY);
    }

    // ---- item 8: not over-strict -------------------------------------------------------------------

    @Test
    void powerUserShapedNotActionIsNotASecurityWarning() {
        String power = identity("""
                    {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*"}""");
        assertThat(report(null, null, power).findings()).extracting(Finding::severity)
                .doesNotContain(Severity.SECURITY_WARNING, Severity.ERROR);
        String escalates = identity("""
                    {"Effect": "Allow", "NotAction": "s3:*", "Resource": "*"}""");
        Finding f = expect(escalates, "ALLOW_WITH_NOT_ACTION", Severity.SECURITY_WARNING, "\"NotAction\"");
        assertThat(f.message()).contains("iam:PassRole");
        expect(escalates, "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION", Severity.SECURITY_WARNING, "\"NotAction\"");
    }

    @Test
    void emptyPrincipalIsASuggestion() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""";
        LintReport r = report(null, null, p);
        expect(p, "EMPTY_OBJECT_PRINCIPAL", Severity.SUGGESTION, "{}");
        assertThat(r.malformed()).isFalse();
    }

    @Test
    void oversizedPolicyIsAWarningAndLintingGoesOn() {
        StringBuilder sb = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        for (int i = 0; i < 120; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-number-")
                    .append(i).append("/*\"}");
        }
        String p = sb.append(",{\"Effect\":\"Allow\",\"Action\":\"s3:GetObjekt\",\"Resource\":\"*\"}]}").toString();
        LintReport r = report(PolicyKind.IDENTITY, null, p);
        expect(PolicyKind.IDENTITY, null, p, "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", Severity.WARNING, "{");
        assertThat(r.findings()).extracting(Finding::code).contains("UNKNOWN_ACTION");
        expect(PolicyKind.SCP, null, p, "POLICY_SIZE_EXCEEDS_SCP_QUOTA", Severity.ERROR, "{");
    }

    // ---- item 11: kinds and resource types -----------------------------------------------------

    @Test
    void kindIsGuessedFromThePrincipal() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
                   "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}""";
        LintReport r = report(null, null, p);
        assertThat(r.kind()).isEqualTo(PolicyKind.RESOURCE);
        assertThat(r.resourceType()).isEqualTo(ResourcePolicyType.S3_BUCKET);
        assertThat(r.kindLabel()).isEqualTo("S3 bucket policy");
        assertThat(r.guessed()).isEqualTo("a statement has a Principal; resource type from the actions");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void principalInAnIdentityPolicyOrScp() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}""";
        expect(PolicyKind.IDENTITY, null, p, "UNSUPPORTED_PRINCIPAL", Severity.ERROR, "\"Principal\"");
        expect(PolicyKind.SCP, null, p, "SCP_SYNTAX_ERROR_PRINCIPAL", Severity.ERROR, "\"Principal\"");
        String noPrincipal = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}""";
        expect(PolicyKind.RESOURCE, ResourcePolicyType.S3_BUCKET, noPrincipal, "MISSING_PRINCIPAL", Severity.ERROR, "{\"Effect\"");
    }

    @Test
    void scpsUseTheFullLanguage() {
        // Since September 2025 SCPs accept conditions on Allow, NotAction with Allow, resource ARNs and NotResource.
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::reports/*",
                   "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}}]}""";
        assertThat(report(PolicyKind.SCP, null, p).findings()).extracting(Finding::severity)
                .doesNotContain(Severity.ERROR);
    }

    @Test
    void rcpPrincipalAndServices() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "ec2:*", "Resource": "*"}]}""";
        expect(PolicyKind.RCP, null, p, "RCP_PRINCIPAL_NOT_STAR", Severity.ERROR, "\"Principal\"");
        expect(PolicyKind.RCP, null, p, "UNSUPPORTED_ACTION_IN_POLICY", Severity.ERROR, "\"ec2:*\"");
    }

    @Test
    void roleTrustPolicies() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*"},
                  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"},
                   "Action": "sts:AssumeRoleWithWebIdentity"},
                  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                   "Action": "sts:AssumeRoleWithWebIdentity"},
                  {"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}""";
        LintReport r = report(null, null, p);
        assertThat(r.resourceType()).isEqualTo(ResourcePolicyType.ROLE_TRUST);
        expect(p, "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", Severity.ERROR, "\"Principal\"", 1);
        expect(p, "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", Severity.ERROR, "\"Resource\"");
        expect(p, "MISMATCHED_ACTION_FOR_PRINCIPAL", Severity.ERROR, "\"Action\"", 2);
        expect(p, "MISSING_GITHUB_REPO_CONDITION_KEY", Severity.SECURITY_WARNING, "\"Principal\"", 3);
        expect(p, "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", Severity.SECURITY_WARNING, "\"Principal\"", 4);
        assertThat(r.findings()).extracting(Finding::code).doesNotContain("MISSING_RESOURCE");
    }

    @Test
    void githubSubjectWithAWildcard() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                   "Action": "sts:AssumeRoleWithWebIdentity",
                   "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/*"},
                     "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}""";
        expect(p, "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED", Severity.WARNING, "\"token.actions.githubusercontent.com:sub\"");
    }

    @Test
    void bucketPolicyHoldsOnlyS3AndServicePrincipalsNeedASource() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": ["s3:PutObject", "sqs:SendMessage"],
                   "Resource": ["arn:aws:s3:::logs/*", "arn:aws:sqs:us-east-1:111122223333:q"]}]}""";
        expect(PolicyKind.RESOURCE, ResourcePolicyType.S3_BUCKET, p, "UNSUPPORTED_ACTION_IN_POLICY", Severity.ERROR,
                "\"sqs:SendMessage\"");
        expect(PolicyKind.RESOURCE, ResourcePolicyType.S3_BUCKET, p, "UNSUPPORTED_RESOURCE_ARN_IN_POLICY", Severity.ERROR,
                "\"arn:aws:sqs:us-east-1:111122223333:q\"");
        expect(PolicyKind.RESOURCE, ResourcePolicyType.S3_BUCKET, p, "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL",
                Severity.SECURITY_WARNING, "\"Principal\"");
    }

    @Test
    void principalsInResourcePolicies() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/*", "AROAEXAMPLEID1234567"]},
                   "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:q"},
                  {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"},
                   "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:q"},
                  {"Effect": "Allow", "Principal": {"Amazon": "x"}, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:q"}]}""";
        expect(p, "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", Severity.ERROR, "\"Principal\"", 1);
        expect(p, "INVALID_ROLE_REFERENCE", Severity.WARNING, "\"Principal\"", 1);
        expect(p, "ALLOW_WITH_NOT_PRINCIPAL", Severity.SECURITY_WARNING, "\"NotPrincipal\"");
        expect(p, "INVALID_PRINCIPAL_KEY", Severity.ERROR, "\"Amazon\"");
    }

    @Test
    void moreTrustPolicyChecks() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": "sts:AssumeRole"},
                  {"Effect": "Allow", "Principal": {"Federated": "Okta"}, "Action": "sts:AssumeRoleWithSAML"},
                  {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/Ops",
                     "arn:aws:sts::111122223333:assumed-role/Ops/alice"]}, "Action": "sts:AssumeRole",
                   "Condition": {"StringEquals": {"aws:RequestTag/project": "blue"}}}]}""";
        expect(p, "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY", Severity.ERROR, "\"Action\"", 1);
        expect(p, "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY", Severity.ERROR, "\"Principal\"", 2);
        expect(p, "REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY", Severity.SUGGESTION, "\"Principal\"", 3);
        expect(p, "MISSING_ACTION_FOR_CONDITION_KEY", Severity.ERROR, "\"aws:RequestTag/project\"");
    }

    @Test
    void servicePrincipalsAndFederationInOtherResourcePolicies() {
        String p = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
                   "Resource": "arn:aws:sqs:us-east-1:111122223333:q",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123", "aws:SourceAccount": "111122223333"}}},
                  {"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sqs:SendMessage",
                   "Resource": "arn:aws:sqs:us-east-1:111122223333:q"}]}""";
        expect(p, "UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL", Severity.ERROR, "\"aws:PrincipalOrgID\"");
        expect(p, "FEDERATED_PRINCIPAL_NOT_SUPPORTED", Severity.ERROR, "\"Principal\"", 2);
    }

    @Test
    void valueTypesWithinOneKey() {
        String p = identity("""
                    {"Effect": "Deny", "Action": "s3:*", "Resource": "*",
                     "Condition": {"StringEquals": {"s3:prefix": ["home", 1]}, "BinaryEquals": {"aws:UserAgent": "not base64!"}}}""");
        expect(p, "INVALID_CONDITION_DATA_TYPE", Severity.ERROR, "[\"home\"");
        expect(p, "TYPE_MISMATCH_STRING", Severity.WARNING, "\"not base64!\"");
    }

    // ---- security warnings from other linters ------------------------------------------------------

    @Test
    void broadGrantsOnStar() {
        expect(identity("""
                    {"Effect": "Allow", "Action": "*", "Resource": "*"}"""), "FULL_ADMIN", Severity.SECURITY_WARNING, "\"Action\"");
        Finding pm = expect(identity("""
                    {"Effect": "Allow", "Action": "s3:PutBucketPolicy", "Resource": "*"}"""),
                "PERMISSIONS_MANAGEMENT_ON_STAR", Severity.SECURITY_WARNING, "\"Action\"");
        assertThat(pm.message()).startsWith("1 permissions-management action on \"Resource\": \"*\" (s3:PutBucketPolicy)");
        expect(identity("""
                    {"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*"}"""),
                "CREDENTIALS_EXPOSURE_ON_STAR", Severity.SECURITY_WARNING, "\"Action\"");
        expect(identity("""
                    {"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secret/*"}"""),
                "ALLOW_WITH_NOT_RESOURCE", Severity.SECURITY_WARNING, "\"NotResource\"");
    }

    @Test
    void denyStatementsDoNotRaiseSecurityWarnings() {
        assertThat(report(null, null, identity("""
                    {"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"},
                    {"Effect": "Deny", "Action": "*", "Resource": "*"}""")).findings())
                .extracting(Finding::severity).doesNotContain(Severity.SECURITY_WARNING);
    }

    // ---- tidiness ------------------------------------------------------------------------------

    @Test
    void missingVersionAndRedundancy() {
        String p = """
                {"Statement": [
                  {"Sid": "Broad", "Effect": "Allow", "Action": ["s3:Get*", "s3:GetObject"], "Resource": "arn:aws:s3:::a/*"},
                  {"Sid": "Narrow", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::a/reports/*"}]}""";
        expect(p, "MISSING_VERSION", Severity.WARNING, "{");
        Finding action = expect(p, "REDUNDANT_ACTION", Severity.SUGGESTION, "\"s3:GetObject\"");
        assertThat(action.message()).isEqualTo("s3:GetObject is already covered by s3:Get* in the same statement");
        Finding statement = expect(p, "REDUNDANT_STATEMENT", Severity.SUGGESTION, "{\"Sid\": \"Narrow\"");
        assertThat(statement.message()).startsWith("statement Narrow adds nothing: statement Broad");
    }

    @Test
    void identicalStatementsAreReportedOnce() {
        String s = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::a/*\"}";
        assertThat(report(null, null, identity(s + "," + s)).findings()).extracting(Finding::code)
                .containsExactly("REDUNDANT_STATEMENT");
    }

    @Test
    void everyCodeLintReportsIsDocumented() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/LINT.md"));
        for (LintCode c : LintCode.values()) {
            assertThat(doc).as(c.name()).contains("`" + c.name() + "`");
        }
    }
}
