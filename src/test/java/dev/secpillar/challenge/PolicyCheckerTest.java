package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static dev.secpillar.challenge.TestChallenges.failing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyCheckerTest {
    static final String READER = """
            id: reader
            kind: policy
            title: Reader
            story: Alice reads reports.
            hints: [one, two]
            policy_type: identity
            limits: {max_statements: 2, no_wildcard_actions: true, no_not_action: true}
            defaults: {principal: "arn:aws:iam::111122223333:user/alice"}
            start:
              Version: "2012-10-17"
              Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]
            solution:
              Version: "2012-10-17"
              Statement: [{Sid: Read, Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::reports/*"}]
            cases:
              - {name: reads, action: s3:GetObject, resource: "arn:aws:s3:::reports/q1.csv", expect: allow}
              - {name: no writes, actions: [s3:PutObject, s3:DeleteObject], resource: "arn:aws:s3:::reports/q1.csv", expect: deny}
              - {name: no payroll, action: s3:GetObject, resources: ["arn:aws:s3:::payroll/a.csv", "arn:aws:s3:::hr/b.csv"], expect: deny}
            """;

    @Test
    void theSolutionPassesEveryCase() {
        Checker c = compile(READER);
        CheckReport r = c.check(c.solution());
        assertThat(r.passed()).isTrue();
        assertThat(r.cases()).hasSize(5).allMatch(CaseResult::pass);
    }

    @Test
    void valueListsExpandSoAnOverBroadAnswerMeetsWhatItShouldRefuse() {
        Checker c = compile(READER);
        CheckReport r = c.check(c.start());
        assertThat(r.passed()).isFalse();
        assertThat(failing(r)).containsExactly("no writes: s3:PutObject", "no writes: s3:DeleteObject",
                "no payroll: payroll/a.csv", "no payroll: hr/b.csv");
        CaseResult write = r.cases().get(1);
        assertThat(write.expected()).isEqualTo("deny");
        assertThat(write.actual()).isEqualTo("allow");
        assertThat(write.reason()).isEqualTo("Allow: your identity policy statement 0");
    }

    @Test
    void aMissingAllowIsExplainedByTheSimulator() {
        Checker c = compile(READER);
        CheckReport r = c.check("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}]}
                """);
        CaseResult reads = r.cases().get(0);
        assertThat(reads.pass()).isFalse();
        assertThat(reads.actual()).isEqualTo("implicit deny");
        assertThat(reads.reason()).startsWith("Implicit deny: ").contains("s3:GetObject");
    }

    @Test
    void wildcardActionsBreakTheLimitEvenWhenEveryCasePasses() {
        Checker c = compile(READER);
        CheckReport r = c.check("""
                {"Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::reports/*"}]}
                """);
        assertThat(r.cases()).allMatch(CaseResult::pass);
        assertThat(r.passed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AnswerProblem.Kind.LIMIT);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\"s3:Get*\"");
        });
    }

    @Test
    void tooManyStatementsAndNotActionBreakTheLimits() {
        Checker c = compile(READER);
        CheckReport r = c.check("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
                  {"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/q1.csv"}]}
                """);
        assertThat(r.problems()).extracting(AnswerProblem::message)
                .anySatisfy(m -> assertThat(m).contains("3 statements", "at most 2"))
                .anySatisfy(m -> assertThat(m).contains("NotAction"));
    }

    @Test
    void brokenJsonIsLocatedAndNothingIsEvaluated() {
        Checker c = compile(READER);
        CheckReport r = c.check("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}");
        assertThat(r.evaluated()).isFalse();
        assertThat(r.cases()).isEmpty();
        assertThat(r.unreadable()).get().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isGreaterThan(1);
        });
    }

    @Test
    void anInvalidPolicyIsUnreadableWithTheParsersMessage() {
        CheckReport r = compile(READER).check("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Permit\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}");
        assertThat(r.unreadable()).get().extracting(AnswerProblem::message).asString().contains("Effect", "Permit");
    }

    @Test
    void casesDecidedByTheWorldAloneAreReported() {
        Checker c = compile(READER.replace("expect: allow}", "expect: allow}\n  - {name: bob is not alice,"
                + " principal: \"arn:aws:iam::111122223333:user/bob\", action: s3:GetObject, resource: \"*\","
                + " expect: deny}").replace("policy_type: identity", "policy_type: identity\nattached_to: "
                + "[\"arn:aws:iam::111122223333:user/alice\"]"));
        assertThat(c.unreachableCases()).extracting(SpecProblem::message)
                .singleElement().asString().contains("'bob is not alice' is decided by the given world alone");
    }

    @Test
    void specProblemsAreAllReported() {
        assertThatThrownBy(() -> Checker.compile(TestChallenges.of("""
                id: broken
                kind: policy
                title: Broken
                story: Broken.
                policy_type: cloud
                start: {Version: "2012-10-17", Statement: []}
                solution: 42
                cases:
                  - {name: no expect, principal: "arn:aws:iam::111122223333:user/a", action: s3:GetObject}
                  - {name: odd, principal: "arn:aws:iam::111122223333:user/a", action: s3:GetObject, expect: maybe}
                """))).isInstanceOfSatisfying(ChallengeSpecException.class, e -> assertThat(e.problems())
                .extracting(SpecProblem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown policy_type 'cloud'"))
                .anySatisfy(m -> assertThat(m).contains("missing required key 'expect'"))
                .anySatisfy(m -> assertThat(m).contains("'expect' must be allow, deny"))
                .anySatisfy(m -> assertThat(m).contains("'solution' must be a policy")));
    }

    @Test
    void lintFindingsComeFromThePolicyLinter() {
        Checker c = compile(READER);
        assertThat(c.lint(c.start())).extracting(Finding::severity).contains("limit", "security warning");
    }

    @Nested
    class OtherPolicyTypes {
        @Test
        void aBucketPolicyMustDenyPlainHttp() {
            Checker c = compile("""
                    id: tls
                    kind: policy
                    title: TLS
                    story: TLS only.
                    policy_type: resource
                    defaults: {principal: "arn:aws:sts::111122223333:assumed-role/app/s", action: s3:GetObject,
                               resource: "arn:aws:s3:::data/a.csv", resource_account: "111122223333"}
                    start:
                      Version: "2012-10-17"
                      Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:role/app"}, Action: s3:GetObject, Resource: "arn:aws:s3:::data/*"}]
                    solution:
                      Version: "2012-10-17"
                      Statement:
                        - {Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:role/app"}, Action: s3:GetObject, Resource: "arn:aws:s3:::data/*"}
                        - {Effect: Deny, Principal: "*", Action: "s3:*", Resource: "arn:aws:s3:::data/*", Condition: {Bool: {aws:SecureTransport: "false"}}}
                    cases:
                      - {name: over TLS, context: {aws:SecureTransport: "true"}, expect: allow}
                      - {name: plain HTTP, context: {aws:SecureTransport: "false"}, expect: explicit_deny}
                      - {name: anyone, principal: anonymous, context: {aws:SecureTransport: "true"}, expect: deny}
                    """);
            assertThat(failing(c.check(c.start()))).containsExactly("plain HTTP");
            assertThat(c.check(c.solution()).passed()).isTrue();
            assertThat(c.allowEverything()).contains("\"Principal\": \"*\"");
            assertThat(c.check(c.allowEverything()).passed()).isFalse();
        }

        @Test
        void anScpJoinsTheLastLevelNextToFullAwsAccess() {
            Checker c = compile("""
                    id: scp
                    kind: policy
                    title: SCP
                    story: Keep the trail.
                    policy_type: scp
                    given:
                      identity_policies: [{Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}]
                      scps: [[{Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}]]
                    defaults: {principal: "arn:aws:iam::111122223333:user/admin", resource: "*"}
                    start: {Version: "2012-10-17", Statement: [{Effect: Deny, Action: "ec2:TerminateInstances", Resource: "*"}]}
                    solution: {Version: "2012-10-17", Statement: [{Effect: Deny, Action: "cloudtrail:StopLogging", Resource: "*"}]}
                    cases:
                      - {name: trail stays on, action: cloudtrail:StopLogging, expect: deny}
                      - {name: work goes on, action: ec2:TerminateInstances, expect: allow}
                    """);
            assertThat(failing(c.check(c.start()))).containsExactly("trail stays on", "work goes on");
            assertThat(c.check(c.solution()).passed()).isTrue();
            assertThat(c.unreachableCases()).isEmpty();
        }

        @Test
        void aBoundaryCapsWhatTheIdentityPolicyGrants() {
            Checker c = compile("""
                    id: boundary
                    kind: policy
                    title: Boundary
                    story: Cap it.
                    policy_type: boundary
                    given:
                      identity_policies: [{Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}]
                    defaults: {principal: "arn:aws:sts::111122223333:assumed-role/fn/x", resource: "*"}
                    start: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
                    solution: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "logs:PutLogEvents", Resource: "*"}]}
                    cases:
                      - {name: logs, action: logs:PutLogEvents, expect: allow}
                      - {name: no iam, action: iam:CreateUser, expect: deny}
                    """);
            assertThat(failing(c.check(c.start()))).containsExactly("no iam");
            assertThat(c.check(c.start()).cases().get(1).reason()).contains("Allow");
            CheckReport nothing = c.check("{\"Version\": \"2012-10-17\", \"Statement\": []}");
            assertThat(nothing.cases().get(0).reason()).contains("your permissions boundary");
        }

        @Test
        void aSessionPolicyNarrowsTheRole() {
            Checker c = compile("""
                    id: session
                    kind: policy
                    title: Session
                    story: Narrow it.
                    policy_type: session
                    given:
                      identity_policies: [{Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["s3:*", "lambda:*"], Resource: "*"}]}]
                    defaults: {principal: "arn:aws:sts::111122223333:assumed-role/deployer/job", resource: "*"}
                    start: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
                    solution: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "*"}]}
                    cases:
                      - {name: uploads, action: s3:PutObject, expect: allow}
                      - {name: no lambda, action: lambda:UpdateFunctionCode, expect: deny}
                      - {name: never more than the role, action: ec2:RunInstances, expect: deny}
                    """);
            assertThat(failing(c.check(c.start()))).containsExactly("no lambda");
            assertThat(c.check(c.solution()).passed()).isTrue();
        }

        @Test
        void aKeyPolicyThatDelegatesToTheAccountLetsEveryIamGrantIn() {
            Checker c = compile("""
                    id: key
                    kind: policy
                    title: Key
                    story: Separate duties.
                    policy_type: key
                    given:
                      identity_policies: [{Version: "2012-10-17", Statement: [{Effect: Allow, Action: "kms:*", Resource: "*"}]}]
                    defaults: {resource: "arn:aws:kms:eu-west-1:111122223333:key/k1"}
                    start:
                      Version: "2012-10-17"
                      Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:root"}, Action: "kms:*", Resource: "*"}]
                    solution:
                      Version: "2012-10-17"
                      Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:role/app"}, Action: "kms:Decrypt", Resource: "*"}]
                    cases:
                      - {name: app decrypts, principal: "arn:aws:sts::111122223333:assumed-role/app/s", action: kms:Decrypt, expect: allow}
                      - {name: intern does not, principal: "arn:aws:sts::111122223333:assumed-role/intern/k", action: kms:Decrypt, expect: deny}
                    """);
            assertThat(failing(c.check(c.start()))).containsExactly("intern does not");
            assertThat(c.check(c.solution()).passed()).isTrue();
            assertThat(c.briefing()).anySatisfy(l -> assertThat(l).contains("KMS"));
        }
    }
}
