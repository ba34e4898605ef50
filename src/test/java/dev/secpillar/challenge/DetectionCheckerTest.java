package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static dev.secpillar.challenge.TestChallenges.failing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectionCheckerTest {
    static final String STOP_LOGGING = """
            id: stop
            kind: detection
            title: Stop logging
            story: Catch it.
            defaults: {eventVersion: "1.09", awsRegion: eu-west-1, recipientAccountId: "111122223333",
                       userIdentity: {type: IAMUser, arn: "arn:aws:iam::111122223333:user/ci", userName: ci}}
            start: {source: [aws.cloudtrail], detail: {eventName: [DeleteTrail]}}
            solution: {source: [aws.cloudtrail], detail-type: [AWS API Call via CloudTrail], detail: {eventName: [StopLogging, DeleteTrail]}}
            cases:
              - name: stop
                expect: match
                cloudtrail: {eventSource: cloudtrail.amazonaws.com, eventName: StopLogging, eventTime: "2024-05-14T02:13:07Z"}
              - name: delete, denied
                expect: match
                why: a failed attempt counts
                cloudtrail: {eventSource: cloudtrail.amazonaws.com, eventName: DeleteTrail, errorCode: AccessDenied, eventTime: "2024-05-14T02:14:00Z"}
              - name: status
                expect: no_match
                cloudtrail: {eventSource: cloudtrail.amazonaws.com, eventName: GetTrailStatus, eventTime: "2024-05-14T03:00:00Z"}
              - name: sign-in
                expect: no_match
                cloudtrail: {eventSource: signin.amazonaws.com, eventName: ConsoleLogin, eventType: AwsConsoleSignIn,
                             eventTime: "2024-05-14T03:00:00Z"}
            """;

    @Test
    void eventBridgeWrapsTheCloudTrailRecord() {
        Checker c = compile(STOP_LOGGING);
        assertThat(c.detail(0)).contains("\"detail-type\": \"AWS API Call via CloudTrail\"", "\"source\": \"aws.cloudtrail\"",
                "\"account\": \"111122223333\"", "\"region\": \"eu-west-1\"", "\"time\": \"2024-05-14T02:13:07Z\"",
                "\"eventName\": \"StopLogging\"");
        assertThat(c.detail(3)).contains("\"detail-type\": \"AWS Console Sign In via CloudTrail\"", "\"source\": \"aws.signin\"");
    }

    @Test
    void theStartMissesAndTheSolutionCatchesEverything() {
        Checker c = compile(STOP_LOGGING);
        CheckReport start = c.check(c.start());
        assertThat(failing(start)).containsExactly("stop");
        assertThat(start.cases().get(0).reason())
                .isEqualTo("missed: detail.eventName is \"StopLogging\"; the pattern wants [\"DeleteTrail\"]");
        assertThat(c.check(c.solution()).passed()).isTrue();
    }

    @Test
    void aPatternMatchingEverythingRaisesFalseAlarms() {
        Checker c = compile(STOP_LOGGING);
        CheckReport r = c.check(c.allowEverything());
        assertThat(failing(r)).containsExactly("status", "sign-in");
        assertThat(r.cases().get(2).reason()).startsWith("false alarm");
    }

    @Test
    void theAuthorsWhyIsShownForAFailingCase() {
        CheckReport r = compile(STOP_LOGGING).check(
                "{\"detail\": {\"eventName\": [\"StopLogging\", \"DeleteTrail\"], \"errorCode\": [{\"exists\": false}]}}");
        assertThat(r.cases().get(1).reason()).isEqualTo("missed: detail.errorCode is \"AccessDenied\"; the pattern wants"
                + " [{\"exists\":false}] (a failed attempt counts)");
    }

    @Test
    void anInvalidPatternIsLocated() {
        CheckReport r = compile(STOP_LOGGING).check("{\n  \"source\": \"aws.cloudtrail\"\n}");
        assertThat(r.evaluated()).isFalse();
        assertThat(r.unreadable()).get().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\"source\" must be an object or an array");
        });
        assertThat(compile(STOP_LOGGING).check("[1, 2]").unreadable()).get()
                .extracting(AnswerProblem::message).asString().contains("JSON object");
        assertThat(compile(STOP_LOGGING).check("{\"source\": [\"aws.iam\"]").unreadable()).get()
                .extracting(AnswerProblem::message).asString().startsWith("JSON syntax error");
    }

    @Test
    void orBranchesAndArrayConsistencyAreAwsSemantics() {
        Checker c = compile("""
                id: public
                kind: detection
                title: Public
                story: Public policy.
                start: {source: [aws.s3]}
                solution:
                  detail: {requestParameters: {bucketPolicy: {Statement: {Effect: [Allow], $or: [{Principal: ["*"]}, {Principal: {AWS: ["*"]}}]}}}}
                cases:
                  - {name: star, expect: match, cloudtrail: {eventSource: s3.amazonaws.com, eventName: PutBucketPolicy,
                     requestParameters: {bucketPolicy: {Statement: [{Effect: Allow, Principal: "*"}]}}}}
                  - {name: aws star, expect: match, cloudtrail: {eventSource: s3.amazonaws.com, eventName: PutBucketPolicy,
                     requestParameters: {bucketPolicy: {Statement: [{Effect: Allow, Principal: {AWS: "*"}}]}}}}
                  - {name: tls deny and a role, expect: no_match, cloudtrail: {eventSource: s3.amazonaws.com, eventName: PutBucketPolicy,
                     requestParameters: {bucketPolicy: {Statement: [{Effect: Deny, Principal: "*"}, {Effect: Allow, Principal: {AWS: "arn:aws:iam::1:role/r"}}]}}}}
                """);
        assertThat(c.check(c.solution()).passed()).isTrue();
        assertThat(failing(c.check(c.start()))).containsExactly("tls deny and a role");
    }

    @Test
    void identicalEventsWithOppositeExpectationsAreUnreachable() {
        Checker c = compile(STOP_LOGGING.replace("eventName: GetTrailStatus", "eventName: StopLogging")
                .replace("eventTime: \"2024-05-14T03:00:00Z\"}\n  - name: sign-in", "eventTime: \"2024-05-14T02:13:07Z\"}\n  - name: sign-in"));
        assertThat(c.unreachableCases()).extracting(SpecProblem::message).singleElement().asString()
                .contains("'status' is the same event as case 'stop'");
    }

    @Test
    void aRecordNeedsItsSourceAndName() {
        assertThatThrownBy(() -> Checker.compile(TestChallenges.of("""
                id: bad
                kind: detection
                title: Bad
                story: Bad.
                start: {source: aws.iam}
                solution: {source: [aws.iam]}
                cases:
                  - {name: no source, expect: match, cloudtrail: {eventName: StopLogging}}
                  - {name: both, expect: sometimes, cloudtrail: {eventSource: a.amazonaws.com, eventName: X}, event: {source: x}}
                """))).isInstanceOfSatisfying(ChallengeSpecException.class, e -> assertThat(e.problems())
                .extracting(SpecProblem::message)
                .anySatisfy(m -> assertThat(m).contains("not a valid event pattern"))
                .anySatisfy(m -> assertThat(m).contains("needs eventSource"))
                .anySatisfy(m -> assertThat(m).contains("'expect' must be match or no_match"))
                .anySatisfy(m -> assertThat(m).contains("exactly one of 'cloudtrail'")));
    }

    @Test
    void theBriefingNamesTheEventSourcesOfThisExercise() {
        assertThat(compile(STOP_LOGGING).briefing()).anyMatch(l -> l.contains("source (aws.cloudtrail, aws.signin)"))
                .noneMatch(l -> l.contains("aws.iam"));
    }
}
