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
        assertThat(run.out()).isEqualTo("no findings\n");
    }

    @Test
    void securityWarningFailsWithPositions() throws Exception {
        Path f = write("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "s3:Put*"], "Resource": "*"}]}
                """);
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(f + ":2:34: security warning PASS_ROLE_WITH_STAR: iam:PassRole allows iam:PassRole")
                .contains("note: s3:Put* grants ")
                .contains("Permissions management");
    }

    @Test
    void warningsAloneDoNotFail() throws Exception {
        Path f = write("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}}");
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning MISSING_VERSION").endsWith("1 finding: 1 warning\n");
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
    void malformedPolicyExits65() throws Exception {
        Path f = write("{\"Version\": \"2012-10-17\", \"Statement\": {\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}");
        CliRun run = CliRun.run(new LintCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("secpillar: " + f + ":1:40: Statement[0] has no Effect (expected \"Allow\" or \"Deny\")\n");
    }

    @Test
    void oversizedPolicyForItsKind() throws Exception {
        StringBuilder sb = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        for (int i = 0; i < 60; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-number-")
                    .append(i).append("/*\"}");
        }
        Path f = write(sb.append("]}").toString());
        assertThat(CliRun.run(new LintCommand(), f.toString()).exitCode()).isNotEqualTo(65);
        CliRun scp = CliRun.run(new LintCommand(), f.toString(), "--kind", "scp");
        assertThat(scp.exitCode()).isEqualTo(65);
        assertThat(scp.err()).contains("1:1: the service control policy is ").contains("AWS allows 5120");
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
