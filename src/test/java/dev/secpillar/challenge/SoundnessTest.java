package dev.secpillar.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Soundness catches challenges that can be passed without learning, whatever their kind. */
class SoundnessTest {

    private static List<String> problems(String yaml) {
        return Soundness.check(TestChallenges.of(yaml)).stream().map(SpecProblem::message).toList();
    }

    @Test
    void aSoundChallengeHasNoProblems() {
        assertThat(problems(PolicyCheckerTest.READER)).isEmpty();
        assertThat(problems(DetectionCheckerTest.STOP_LOGGING)).isEmpty();
        assertThat(problems(NetworkCheckerTest.VPC)).isEmpty();
        assertThat(problems(ResponseCheckerTest.KEY)).isEmpty();
    }

    @Test
    void aDetectionWithoutBenignEventsPassesAPatternMatchingEverything() {
        String onlyMalicious = DetectionCheckerTest.STOP_LOGGING.substring(0,
                DetectionCheckerTest.STOP_LOGGING.indexOf("  - name: status"));
        assertThat(problems(onlyMalicious)).singleElement().asString()
                .contains("(a pattern matching every event) passes every case");
    }

    @Test
    void aNetworkWhereEverythingMustBeAllowedPassesAllowAll() {
        String allowedOnly = NetworkCheckerTest.VPC
                .replace("  - {name: ssh, from: 198.51.100.7, to: web, protocol: tcp, port: 22, expect: blocked}\n", "")
                .replace("  - {name: other to db, from: other, to: db, protocol: tcp, port: 5432, expect: blocked}\n", "");
        assertThat(problems(allowedOnly)).anySatisfy(p -> assertThat(p)
                .contains("(all traffic allowed from and to 0.0.0.0/0) passes every case"));
    }

    @Test
    void aPlaybookWithoutHarmfulActionsPassesEverythingFromThePool() {
        String noExcludes = ResponseCheckerTest.KEY
                .replace("  - {name: keep evidence, excludes: delete-user, why: evidence}\n", "")
                .replace("  - {name: contain first, first: deactivate}\n", "")
                .replace("  - {name: look after containing, before: [revoke, review]}\n", "")
                .replace("action: s3:PutObject, context: {aws:TokenIssueTime: \"2024-05-14T02:00:00Z\"}, expect: deny}",
                        "action: s3:PutObject, context: {aws:TokenIssueTime: \"2024-05-14T02:00:00Z\"}, expect: allow}");
        assertThat(problems(noExcludes)).anySatisfy(p -> assertThat(p)
                .contains("(every action of the pool, policies allowing *) passes every case"));
    }

    @Test
    void aStartThatDoesNotReadIsReported() {
        assertThat(problems(PolicyCheckerTest.READER.replace(
                "start:\n  Version: \"2012-10-17\"\n  Statement: [{Effect: Allow, Action: \"s3:*\", Resource: \"*\"}]",
                "start: |\n  {\"Version\": \"2012-10-17\",")))
                .singleElement().asString().startsWith("not a valid identity policy: ");
        String vpc = NetworkCheckerTest.VPC;
        String brokenStart = vpc.substring(0, vpc.indexOf("start:\n")) + "start: \"security_groups: [oops\"\n"
                + vpc.substring(vpc.indexOf("solution:\n"));
        assertThat(problems(brokenStart))
                .anySatisfy(p -> assertThat(p).startsWith("the start does not read: "));
    }
}
