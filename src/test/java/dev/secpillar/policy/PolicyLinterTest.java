package dev.secpillar.policy;

import static dev.secpillar.policy.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint finding a user can trigger, with its code, severity and position. */
class PolicyLinterTest {

    private static List<Finding> lint(String statementsJson) {
        return PolicyLinter.lint(policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + statementsJson + "]}"));
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as("findings " + findings).hasSize(1);
        return matching.get(0);
    }

    @Test
    void cleanPolicyHasNoFindings() {
        assertThat(lint("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
                + "\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"]}")).isEmpty();
    }

    @Test
    void unknownServiceAndAction() {
        List<Finding> f = lint("{\"Effect\":\"Allow\",\"Action\":[\"s4:GetObject\",\"s3:GetObjekt\",\"s3:Get*\"],\"Resource\":\"*\"}");
        Finding service = only(f, "UNKNOWN_SERVICE");
        assertThat(service.severity()).isEqualTo(Severity.ERROR);
        assertThat(service.message()).contains("\"s4\"");
        assertThat(service.column()).isEqualTo(66);
        Finding action = only(f, "UNKNOWN_ACTION");
        assertThat(action.message()).isEqualTo("s3:GetObjekt matches no action of the s3 service");
    }

    @Test
    void missingAndInvalidElements() {
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"}"), "MISSING_RESOURCE").severity())
                .isEqualTo(Severity.ERROR);
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"bucket/*\"}"), "INVALID_RESOURCE")
                .severity()).isEqualTo(Severity.ERROR);
        // a trust policy has a Principal and no Resource
        assertThat(lint("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}"))
                .extracting(Finding::code).doesNotContain("MISSING_RESOURCE");
    }

    @Test
    void conditionProblems() {
        List<Finding> f = lint("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{"
                + "\"NullIfExists\":{\"aws:TokenIssueTime\":\"true\"},"
                + "\"NumericLessThan\":{\"s3:max-keys\":\"2024-01-01\"},"
                + "\"ForAllValues:Null\":{\"aws:TagKeys\":\"true\"},"
                + "\"StringEquals\":{\"s3:prefix\":\"home/*\"},"
                + "\"DateLessThan\":{\"aws:CurrentTime\":\"${aws:TokenIssueTime}\"}}}");
        assertThat(only(f, "IFEXISTS_WITH_NULL").severity()).isEqualTo(Severity.ERROR);
        Finding mismatch = only(f, "TYPE_MISMATCH");
        assertThat(mismatch.severity()).isEqualTo(Severity.ERROR);
        assertThat(mismatch.message()).isEqualTo("NumericLessThan s3:max-keys: \"2024-01-01\" is not a number, so it can never match");
        assertThat(only(f, "INVALID_OPERATOR").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(f, "WILDCARD_IN_NON_LIKE_OPERATOR").severity()).isEqualTo(Severity.WARNING);
        assertThat(only(f, "VARIABLE_NOT_SUPPORTED").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void variableWithoutVersion2012() {
        List<Finding> f = PolicyLinter.lint(policy("{\"Version\":\"2008-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::home/${aws:username}/*\"}}"));
        Finding v = only(f, "VARIABLE_WITHOUT_VERSION");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.column()).isEqualTo(90);
    }

    @Test
    void securityWarnings() {
        assertThat(only(lint("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"111122223333\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                "ALLOW_WITH_NOT_PRINCIPAL").severity()).isEqualTo(Severity.SECURITY_WARNING);
        assertThat(only(lint("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}"), "ALLOW_WITH_NOT_ACTION").severity())
                .isEqualTo(Severity.SECURITY_WARNING);
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"NotResource\":\"arn:aws:s3:::x/*\"}"),
                "ALLOW_WITH_NOT_RESOURCE").severity()).isEqualTo(Severity.SECURITY_WARNING);
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"iam:Pass*\",\"Resource\":\"*\"}"), "PASS_ROLE_WITH_STAR").severity())
                .isEqualTo(Severity.SECURITY_WARNING);
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"), "FULL_ADMIN").severity())
                .isEqualTo(Severity.SECURITY_WARNING);
        Finding pm = only(lint("{\"Effect\":\"Allow\",\"Action\":\"s3:PutBucketPolicy\",\"Resource\":\"*\"}"),
                "PERMISSIONS_MANAGEMENT_ON_STAR");
        assertThat(pm.message()).startsWith("1 permissions-management action on \"Resource\": \"*\" (s3:PutBucketPolicy)");
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\"}"),
                "CREDENTIALS_EXPOSURE_ON_STAR").severity()).isEqualTo(Severity.SECURITY_WARNING);
        Finding forAll = only(lint("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"ForAllValues:StringEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}}"), "FORALLVALUES_WITH_SINGLE_VALUED_KEY");
        assertThat(forAll.severity()).isEqualTo(Severity.SECURITY_WARNING);
    }

    @Test
    void denyStatementsDoNotRaiseSecurityWarnings() {
        assertThat(lint("{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}"))
                .extracting(Finding::severity).doesNotContain(Severity.SECURITY_WARNING);
    }

    @Test
    void warnings() {
        List<Finding> f = PolicyLinter.lint(policy("{\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::a/*\"},{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::a/*\"}]}"));
        assertThat(only(f, "MISSING_VERSION").severity()).isEqualTo(Severity.WARNING);
        Finding dup = only(f, "DUPLICATE_SID");
        assertThat(dup.severity()).isEqualTo(Severity.WARNING);
        assertThat(dup.column()).isEqualTo(99);
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:TagKeys\":\"team\"}}}"), "MISSING_SET_OPERATOR").severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void suggestions() {
        Finding action = only(lint("{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:GetObject\"],\"Resource\":\"arn:aws:s3:::a/*\"}"),
                "REDUNDANT_ACTION");
        assertThat(action.severity()).isEqualTo(Severity.SUGGESTION);
        assertThat(action.message()).isEqualTo("s3:GetObject is already covered by s3:Get* in the same statement");
        Finding statement = only(lint("{\"Sid\":\"Broad\",\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::a/*\"},"
                + "{\"Sid\":\"Narrow\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::a/reports/*\"}"),
                "REDUNDANT_STATEMENT");
        assertThat(statement.message()).startsWith("statement Narrow adds nothing: statement Broad");
        assertThat(only(lint("{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"arn:aws:s3:::a/*\"}"), "EMPTY_ARRAY").severity())
                .isEqualTo(Severity.SUGGESTION);
    }

    @Test
    void identicalStatementsAreReportedOnce() {
        String s = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::a/*\"}";
        assertThat(lint(s + "," + s)).extracting(Finding::code).containsExactly("REDUNDANT_STATEMENT");
    }

    @Test
    void wildcardPrincipalArn() {
        Finding f = only(lint("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/*\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"), "INVALID_PRINCIPAL");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }
}
