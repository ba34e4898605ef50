package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.Fixture;
import org.junit.jupiter.api.Test;

/** Each mistake an author can make in a quiz, as validate reports it: FILE:LINE:COL: message, exit 65. */
class QuizValidationTest extends CliHarness {
    private static final String HEAD = """
            id: more
            module: more
            questions:
            """;

    private static final String POLICY = """
              - id: more-q09
                kind: policy_decision
                prompt: What does AWS decide?
                scenario:
                  identityPolicies:
                    - Version: "2012-10-17"
                      Statement:
                        - {Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*"}
                  request:
                    principal: "arn:aws:iam::111122223333:user/alice"
                    action: s3:GetObject
                    resource: "arn:aws:s3:::reports/q1.csv"
                expect: %s
                explain: e
                best_practices: [SEC02-BP02]
            """;

    private Run validate(String questions) {
        Fixture.write(content, "quizzes/more.yaml", HEAD + questions);
        return run("validate", content.toString());
    }

    private String file() {
        return content.resolve("quizzes/more.yaml").toString();
    }

    @Test
    void anAnswerOutOfRange() {
        Run r = validate("""
                  - id: more-q09
                    kind: single
                    prompt: p
                    choices: [a, b, c]
                    answer: 3
                    explain: e
                    best_practices: [SEC02-BP02]
                """);
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains(file() + ":8:13: 'answer' must be between 0 and 2, found 3");
    }

    @Test
    void aMultiAnswerOutOfRangeOrWithoutACorrectChoice() {
        Run r = validate("""
                  - id: more-q09
                    kind: multi
                    prompt: p
                    choices: [a, b]
                    answer: [0, 5]
                    explain: e
                    best_practices: [SEC02-BP02]
                  - id: more-q10
                    kind: multi
                    prompt: p
                    choices: [a, b]
                    answer: []
                    explain: e
                    best_practices: [SEC02-BP02]
                """);
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains(file() + ":8:17: each answer must be between 0 and 1, found 5")
                .contains(file() + ":15:13: a multi question needs at least one correct choice");
    }

    @Test
    void anOrderQuestionWithDuplicates() {
        Run r = validate("""
                  - id: more-q09
                    kind: order
                    prompt: p
                    items: [Prepare, Detect, Prepare]
                    explain: e
                    best_practices: [SEC02-BP02]
                """);
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains(file() + ":7:12: item 'Prepare' appears twice; every item of an order question must differ");
    }

    @Test
    void aPolicyDecisionWithAnInvalidPolicyIsLocatedAtThePartTheSimulatorRejects() {
        Run r = validate(POLICY.formatted("Allow").replace("Effect: Allow", "Effect: Permit"));
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains(file() + ":11:24: invalid scenario: Effect must be \"Allow\" or \"Deny\", not \"Permit\"");
    }

    @Test
    void aPolicyDecisionWithAnUnknownActionOrMissingRequest() {
        Run unknown = validate(POLICY.formatted("Allow").replace("action: s3:GetObject", "action: s3:GetObjekt"));
        assertThat(unknown.out()).contains(file() + ":14:17: invalid scenario: unknown action \"s3:GetObjekt\": "
                + "the s3 service has no such action");
        Run noRequest = validate(POLICY.formatted("Allow").replaceAll("(?s)      request:.*?q1.csv\"\n", ""));
        assertThat(noRequest.out()).contains(file() + ":7:5: invalid scenario: the scenario has no request");
    }

    @Test
    void anExpectThatDisagreesWithTheSimulatorSaysWhatItDecidedAndWhy() {
        Run r = validate(POLICY.formatted("ExplicitDeny").replace("arn:aws:s3:::reports/*", "arn:aws:s3:::other/*"));
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains(file() + ":16:13: 'expect' is ExplicitDeny but the simulator decides Implicit deny: "
                + "no statement in identityPolicies[0] allows s3:GetObject");
    }

    @Test
    void anExpectThatIsNotADecision() {
        Run r = validate(POLICY.formatted("Denied"));
        assertThat(r.out()).contains(file() + ":16:13: 'expect' must be one of Allow, ExplicitDeny, ImplicitDeny, found 'Denied'");
    }

    @Test
    void theSimulatorFillsTheAnswerWhenThereIsNoExpect() {
        Run r = validate(POLICY.formatted("Allow").replace("    expect: Allow\n", ""));
        assertThat(r.exit()).isZero();
    }
}
