package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path p = dir.resolve("policy.json");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void cleanPolicyExitsZero() throws Exception {
        Path f = write("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}
                """);
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("checked as an identity policy (guessed: no statement has a Principal); no findings\n");
    }

    @Test
    void securityWarningFailsWithPositions() throws Exception {
        Path f = write("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "s3:Put*"], "Resource": "*"}]}
                """);
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(f + ":2:34: security warning PASS_ROLE_WITH_STAR_IN_RESOURCE: iam:PassRole allows iam:PassRole")
                .contains("note: s3:Put* grants ")
                .contains("Permissions management");
    }

    @Test
    void warningsAloneDoNotFail() throws Exception {
        Path f = write("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}}");
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning MISSING_VERSION").endsWith("; 1 finding: 1 warning\n");
    }

    @Test
    void jsonFindings() throws Exception {
        Path f = write("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObjekt\", \"Resource\": \"*\"}}");
        CliRun run = CliRun.run(new LintCommand(), f.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("findings").get(0).get("code").asText()).isEqualTo("UNKNOWN_ACTION");
        assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(json.get("findings").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(json.get("findings").get(0).get("column").asInt()).isEqualTo(70);
    }

    @Test
    void malformedPolicyExits65AndStillReportsEverything() throws Exception {
        Path f = write("{\"Version\": \"2012-10-17\", \"Statement\": {\"Action\": \"s3:GetObjekt\", \"Resource\": \"*\"}}");
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.out()).contains(f + ":1:40: error MISSING_EFFECT: Statement[0] has no Effect (expected \"Allow\" or \"Deny\")")
                .contains(f + ":1:51: error UNKNOWN_ACTION: s3:GetObjekt");
        assertThat(run.err()).isEqualTo("secpillar: " + f + ": malformed policy (see the findings)\n");
    }

    @Test
    void jsonOutputAlwaysHoldsFindingsEvenForBrokenJson() throws Exception {
        Path f = write("{\"Version\": \"2012-10-17\",\n \"Statement\": [}");
        CliRun run = CliRun.run(new LintCommand(), f.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(65);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("malformed").asBoolean()).isTrue();
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("code").asText()).isEqualTo("JSON_SYNTAX_ERROR");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("column").asInt()).isEqualTo(16);
    }

    @Test
    void kindIsSaidInEveryFormat() throws Exception {
        Path f = write("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
                """);
        CliRun text = CliRun.run(new LintCommand(), f.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEqualTo("checked as a role trust policy (guessed: a statement has a Principal; resource type"
                + " from the actions); no findings\n");
        JsonNode json = new ObjectMapper().readTree(CliRun.run(new LintCommand(), f.toString(), "--format", "json").out());
        assertThat(json.get("kind").asText()).isEqualTo("resource");
        assertThat(json.get("resourceType").asText()).isEqualTo("role-trust");
        assertThat(json.get("kindGuessed").asBoolean()).isTrue();
        CliRun given = CliRun.run(new LintCommand(), f.toString(), "--kind", "identity");
        assertThat(given.exitCode()).isEqualTo(1);
        assertThat(given.out()).contains("error UNSUPPORTED_PRINCIPAL").contains("checked as an identity policy; ");
    }

    @Test
    void resourceTypeOption() throws Exception {
        Path f = write("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sqs:SendMessage",
                   "Resource": "arn:aws:sqs:us-east-1:111122223333:q"}]}
                """);
        CliRun run = CliRun.run(new LintCommand(), f.toString(), "--resource-type", "s3-bucket");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error UNSUPPORTED_ACTION_IN_POLICY").contains("checked as an S3 bucket policy; ");
        assertThat(CliRun.run(new LintCommand(), f.toString(), "--resource-type", "bucket").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(new LintCommand(), f.toString(), "--kind", "scp", "--resource-type", "s3-bucket")
                .exitCode()).isEqualTo(2);
    }

    @Test
    void sarifOutput() throws Exception {
        Path f = write("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}
                """);
        CliRun run = CliRun.run(new LintCommand(), f.toString(), "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode runNode = sarif.get("runs").get(0);
        JsonNode result = runNode.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("UNKNOWN_ACTION");
        assertThat(result.get("level").asText()).isEqualTo("error");
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(2);
        assertThat(region.get("startColumn").asInt()).isEqualTo(33);
        int index = result.get("ruleIndex").asInt();
        JsonNode rule = runNode.get("tool").get("driver").get("rules").get(index);
        assertThat(rule.get("id").asText()).isEqualTo("UNKNOWN_ACTION");
        assertThat(rule.get("properties").get("accessAnalyzerIssueCode").asText()).isEqualTo("INVALID_ACTION");
        assertThat(CliRun.run(new LintCommand(), f.toString(), "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void oversizedPolicyForItsKind() throws Exception {
        StringBuilder sb = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        for (int i = 0; i < 60; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-number-")
                    .append(i).append("/*\"}");
        }
        Path f = write(sb.append("]}").toString());
        assertThat(CliRun.run(new LintCommand(), f.toString()).exitCode()).isZero();
        CliRun scp = CliRun.run(new LintCommand(), f.toString(), "--kind", "scp");
        assertThat(scp.exitCode()).isEqualTo(1);
        assertThat(scp.out()).contains("1:1: error POLICY_SIZE_EXCEEDS_SCP_QUOTA: the service control policy is ")
                .contains("AWS allows 5120");
    }

    @Test
    void missingFile() {
        CliRun run = CliRun.run(new LintCommand(), dir.resolve("none.json").toString());
        assertThat(run.exitCode()).isEqualTo(74);
    }

    @Test
    void badKindIsUsageError() throws Exception {
        Path f = write("{}");
        assertThat(CliRun.run(new LintCommand(), f.toString(), "--kind", "weird").exitCode()).isEqualTo(2);
    }
}
