package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static dev.secpillar.challenge.TestChallenges.failing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseCheckerTest {
    static final String KEY = """
            id: key
            kind: ordering
            title: Leaked key
            story: A key leaked.
            pool:
              - {id: deactivate, text: Deactivate the key}
              - id: revoke
                text: Revoke the role's sessions
                policy:
                  type: identity
                  given: {identity_policies: [{Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}]}
              - {id: review, text: Review CloudTrail}
              - {id: delete-user, text: Delete the user now}
            defaults: {resource: "arn:aws:s3:::site/index.html"}
            start: [review, delete-user]
            solution:
              - deactivate
              - revoke: {Version: "2012-10-17", Statement: [{Effect: Deny, Action: "*", Resource: "*",
                         Condition: {DateLessThan: {aws:TokenIssueTime: "2024-05-14T09:00:00Z"}}}]}
              - review
            cases:
              - {name: contain first, first: deactivate}
              - {name: revoke, includes: revoke}
              - {name: look after containing, before: [revoke, review]}
              - {name: keep evidence, excludes: delete-user, why: evidence}
              - {name: old session, policy_of: revoke, principal: "arn:aws:sts::111122223333:assumed-role/deployer/x",
                 action: s3:PutObject, context: {aws:TokenIssueTime: "2024-05-14T02:00:00Z"}, expect: deny}
              - {name: new session, policy_of: revoke, principal: "arn:aws:sts::111122223333:assumed-role/deployer/y",
                 action: s3:PutObject, context: {aws:TokenIssueTime: "2024-05-14T10:00:00Z"}, expect: allow}
            """;

    @Test
    void theStartListsThePoolAndFails() {
        Checker c = compile(KEY);
        assertThat(c.start()).contains("# Pool:", "#   revoke (policy): Revoke the role's sessions", "- review\n- delete-user");
        CheckReport r = c.check(c.start());
        assertThat(failing(r)).containsExactly("contain first", "revoke", "look after containing", "keep evidence",
                "revoke policy: old session", "revoke policy: new session");
        assertThat(r.cases().get(3).reason()).isEqualTo("delete-user should not be in the plan (evidence)");
        assertThat(r.cases().get(4).reason()).isEqualTo("revoke is not in your plan");
    }

    @Test
    void theSimulatorChecksThePolicyOfAnAction() {
        Checker c = compile(KEY);
        assertThat(c.check(c.solution()).passed()).isTrue();
        CheckReport denyAll = c.check("""
                - deactivate
                - revoke: {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}
                - review
                """);
        assertThat(failing(denyAll)).containsExactly("revoke policy: new session");
        assertThat(denyAll.cases().get(5).reason()).isEqualTo("Explicit deny: your identity policy statement 0");
        CheckReport noPolicy = c.check("- deactivate\n- revoke\n- review\n");
        assertThat(noPolicy.cases().get(4).reason()).startsWith("write the policy of revoke");
    }

    @Test
    void orderMatters() {
        CheckReport r = compile(KEY).check("- deactivate\n- review\n- revoke\n");
        assertThat(r.cases().get(2)).satisfies(c -> {
            assertThat(c.pass()).isFalse();
            assertThat(c.actual()).isEqualTo("review first");
            assertThat(c.reason()).isEqualTo("review comes before revoke");
        });
    }

    @Test
    void everythingFromThePoolFails() {
        Checker c = compile(KEY);
        assertThat(failing(c.check(c.allowEverything()))).contains("keep evidence", "revoke policy: old session");
    }

    @Test
    void aPlanMustUseThePool() {
        Checker c = compile(KEY);
        assertThat(c.check("- deactivate\n- reboot\n").unreadable()).get().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("no action 'reboot' in the pool");
        });
        assertThat(c.check("- review\n- review\n").unreadable()).get().extracting(AnswerProblem::message)
                .asString().contains("twice");
        assertThat(c.check("- review: {Version: x}\n").unreadable()).get().extracting(AnswerProblem::message)
                .asString().contains("not a policy action");
        assertThat(c.check("steps: [review]\n").unreadable()).get().extracting(AnswerProblem::message)
                .asString().contains("YAML list");
        assertThat(c.check("- revoke: {Version: \"2012-10-17\", Statement: [{Effect: Maybe, Action: x:y, Resource: \"*\"}]}\n")
                .unreadable()).get().extracting(AnswerProblem::message).asString().startsWith("the policy of revoke:");
    }

    @Test
    void casesMustNameActionsOfThePool() {
        assertThatThrownBy(() -> Checker.compile(TestChallenges.of(KEY.replace("first: deactivate", "first: panic")
                .replace("includes: revoke}", "includes: revoke, excludes: review}"))))
                .isInstanceOfSatisfying(ChallengeSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::message)
                        .anySatisfy(m -> assertThat(m).startsWith("no action 'panic' in the pool"))
                        .anySatisfy(m -> assertThat(m).startsWith("a case needs exactly one of")));
    }
}
