package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    static final String SCENARIO = """
            {
              "identityPolicies": [ { "Version": "2012-10-17", "Statement": [
                  { "Sid": "ReadReports", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" } ] } ],
              "scps": [ [ { "Version": "2012-10-17", "Statement": [
                  { "Effect": "Allow", "Action": "*", "Resource": "*" },
                  { "Sid": "DenyOutsideRegion", "Effect": "Deny", "Action": "*", "Resource": "*",
                    "Condition": { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1"] } } } ] } ] ],
              "request": { "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
                           "resource": "arn:aws:s3:::reports/q1.csv", "resourceAccount": "111122223333",
                           "context": { "aws:RequestedRegion": "%s" } }
            }
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void printsTheDecisionAndWhy() throws Exception {
        Path f = write("s.json", SCENARIO.formatted("eu-west-1"));
        CliRun run = CliRun.run(new SimulateCommand(), f.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Allow\n").contains("identityPolicies[0] statement ReadReports");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonSaysWhenTheDefaultKeyPolicyIsAssumed() throws Exception {
        Path f = write("k.json", """
                {"identityPolicies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}}],
                 "request": {"principal": "arn:aws:iam::111122223333:user/alice", "action": "kms:Decrypt",
                             "resource": "arn:aws:kms:eu-west-1:111122223333:key/k1"}}
                """);
        CliRun run = CliRun.run(new SimulateCommand(), f.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("decision").asText()).isEqualTo("Allow");
        assertThat(json.get("assumptions").get(0).asText()).isEqualTo("no key policy given: the default key policy,"
                + " which lets IAM policies grant access, is assumed");
        assertThat(CliRun.run(new SimulateCommand(), f.toString(), "--explain").out())
                .contains("  - no key policy given: the default key policy");
    }

    @Test
    void explicitDenyNamesTheScp() throws Exception {
        Path f = write("s.json", SCENARIO.formatted("us-west-2"));
        CliRun run = CliRun.run(new SimulateCommand(), f.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ExplicitDeny\n")
                .contains("scps[0][0] statement DenyOutsideRegion (aws:RequestedRegion us-west-2 not in eu-west-1)");
    }

    @Test
    void explainPrintsTheTrace() throws Exception {
        Path f = write("s.json", SCENARIO.formatted("eu-west-1"));
        CliRun run = CliRun.run(new SimulateCommand(), f.toString(), "--explain");
        assertThat(run.out()).contains("Trace:", "scps[0][0]: allows", "identityPolicies[0]: allows",
                "[no match]  Deny DenyOutsideRegion: condition StringNotEquals fails: aws:RequestedRegion eu-west-1 in eu-west-1",
                "same account");
    }

    @Test
    void jsonOutputIsStructured() throws Exception {
        Path f = write("s.json", SCENARIO.formatted("us-west-2"));
        CliRun run = CliRun.run(new SimulateCommand(), f.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("decision").asText()).isEqualTo("ExplicitDeny");
        assertThat(json.get("reasons").get(0).get("policy").asText()).isEqualTo("scps[0][0]");
        assertThat(json.get("reasons").get(0).get("statement").asText()).isEqualTo("DenyOutsideRegion");
        assertThat(json.get("trace").get("policies")).hasSize(2);
    }

    @Test
    void malformedScenarioIsLocated() throws Exception {
        Path f = write("bad.json", """
                {
                  "identityPolicies": [ { "Version": "2012-10-17", "Statement": [
                      { "Effect": "Allow", "Action": "s3:GetObject", "NotAction": "s3:PutObject", "Resource": "*" } ] } ],
                  "request": { "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject" }
                }
                """);
        CliRun run = CliRun.run(new SimulateCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("secpillar: " + f + ":3:54: Statement[0] has both Action and NotAction; use one\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badJsonIsLocated() throws Exception {
        Path f = write("bad.json", "{\n  \"request\": {\n    \"principal\": \"x\",\n  }\n}\n");
        CliRun run = CliRun.run(new SimulateCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).startsWith("secpillar: " + f + ":4:3: invalid JSON:").doesNotContain("at com.");
    }

    @Test
    void unknownActionIsRejected() throws Exception {
        Path f = write("s.json", "{\"request\":{\"principal\":\"arn:aws:iam::111122223333:user/a\",\"action\":\"s3:GetObjekt\"}}");
        CliRun run = CliRun.run(new SimulateCommand(), f.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("1:69: unknown action \"s3:GetObjekt\": the s3 service has no such action");
    }

    @Test
    void missingFileIsAnIoError() {
        CliRun run = CliRun.run(new SimulateCommand(), dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(74);
        assertThat(run.err()).isEqualTo("secpillar: " + dir.resolve("nope.json") + ": cannot read: no such file\n");
    }

    @Test
    void invalidUtf8IsInvalidData() throws Exception {
        Path f = dir.resolve("latin1.json");
        Files.write(f, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertThat(CliRun.run(new SimulateCommand(), f.toString()).exitCode()).isEqualTo(65);
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.run(new SimulateCommand()).exitCode()).isEqualTo(2);
        CliRun unknown = CliRun.run(new SimulateCommand(), "--frobnicate", "x.json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option");
    }

    @Test
    void batchPrintsOneDecisionPerLineAndCarriesOnPastBadLines() {
        String allow = SCENARIO.formatted("eu-west-1").replace("\n", " ");
        String deny = SCENARIO.formatted("us-east-1").replace("\n", " ");
        String input = allow + "\n{\"request\": 5}\n" + deny + "\n";
        SimulateCommand cmd = new SimulateCommand()
                .withInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        CliRun run = CliRun.run(cmd, "--batch");
        assertThat(run.out()).isEqualTo("Allow\nError\nExplicitDeny\n");
        assertThat(run.err()).isEqualTo("secpillar: <stdin>:2:13: request must be an object, not a number (5)\n");
        assertThat(run.exitCode()).isEqualTo(65);
    }

    @Test
    void batchJson() {
        String allow = SCENARIO.formatted("eu-west-1").replace("\n", " ");
        SimulateCommand cmd = new SimulateCommand()
                .withInput(new ByteArrayInputStream((allow + "\n").getBytes(StandardCharsets.UTF_8)));
        CliRun run = CliRun.run(cmd, "--batch", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"decision\":\"Allow\"").doesNotContain("\n{");
    }
}
