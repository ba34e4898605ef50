package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChallengeCommandTest extends CliHarness {
    static final String SOLUTION = Fixture.BASICS_POLICY_SOLUTION;

    private Path answer(String text) throws IOException {
        Path p = temp.resolve("answer.json");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void startWritesTheStartingAnswerThatFailsTheCheck() {
        Path file = temp.resolve("work/basics-policy.json");
        Run start = run("challenge", "basics-policy", "--start", file.toString());
        assertThat(start.exit()).isZero();
        assertThat(start.out()).contains("Wrote the starting answer of basics-policy to " + file,
                "secpillar challenge basics-policy --check " + file);
        Run check = run("challenge", "basics-policy", "--check", file.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("basics-policy: Read the reports, nothing else",
                "\u2713  1. reads a report (allow)",
                "\u2717  2. cannot change reports: s3:PutObject: expected deny, got allow",
                "       Allow: your identity policy statement All",
                "\u2717 " + file + ":7:7: statement All allows \"s3:*\"; name each action this challenge needs instead of a wildcard",
                "1 of 4 cases pass.");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void aPassingAnswerExitsZeroAndIsRecorded() throws IOException {
        Run check = run("challenge", "basics-policy", "--check", answer(SOLUTION).toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("4 of 4 cases pass. Passed!").doesNotContain("\u2717");
        try (var store = dev.secpillar.progress.JdbcProgressStore.openSqlite(data)) {
            var record = store.snapshot().challenge("basics-policy").orElseThrow();
            assertThat(record.passed()).isTrue();
            assertThat(record.passedClean()).isTrue();
            assertThat(record.checks()).isEqualTo(1);
        }
    }

    @Test
    void startDoesNotOverwriteWithoutForce() throws IOException {
        Path file = answer("my work");
        Run r = run("challenge", "basics-policy", "--start", file.toString());
        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err()).isEqualTo("secpillar: " + file + ": already exists; choose another file or pass --force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("my work");
        assertThat(run("challenge", "basics-policy", "--start", file.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(file)).contains("\"Version\": \"2012-10-17\"");
    }

    @Test
    void brokenJsonIsReportedAtItsLineAndColumn() throws IOException {
        Path file = answer("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
        Run r = run("challenge", "basics-policy", "--check", file.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).startsWith("secpillar: " + file + ":4:1: JSON syntax error").doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsAnIoError() {
        Path file = temp.resolve("nope.json");
        Run r = run("challenge", "basics-policy", "--check", file.toString());
        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err()).isEqualTo("secpillar: " + file + ": no such file\n");
    }

    @Test
    void aHugeFileIsRefused() throws IOException {
        Path file = temp.resolve("huge.json");
        Files.writeString(file, " ".repeat(2 * 1024 * 1024));
        Run r = run("challenge", "basics-policy", "--check", file.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("secpillar: " + file + ": the file is 2048 KiB; an answer may be at most 1024 KiB\n");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path file = temp.resolve("a.out");
        Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});
        Run r = run("challenge", "basics-policy", "--check", file.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("secpillar: " + file + ": binary data (a zero byte at offset 4); an answer is a text file\n");
        Files.write(file, new byte[] {'{', (byte) 0xff, '}'});
        assertThat(run("challenge", "basics-policy", "--check", file.toString()).err()).contains("not UTF-8 text");
    }

    @Test
    void aFolderIsNotAnAnswer() {
        Run r = run("challenge", "basics-policy", "--check", temp.toString());
        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err()).contains("is a folder, not an answer file");
    }

    @Test
    void anUnknownChallengeIsAUsageError() {
        Run r = run("challenge", "no-such", "--check", "x.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("secpillar: no challenge 'no-such'; 'secpillar list' shows the challenge ids\n");
    }

    @Test
    void checkAndStartTogetherIsAUsageError() {
        Run r = run("challenge", "basics-policy", "--check", "a.json", "--start", "b.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void anOrderingAnswerIsCheckedToo() throws IOException {
        Path file = temp.resolve("plan.yaml");
        Files.writeString(file, "- contain\n- recover\n- eradicate\n");
        Run r = run("challenge", "basics-challenge", "--check", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\u2717  2. eradicate before recover: expected eradicate before recover, got recover first",
                "       recover comes before eradicate");
    }

    @Test
    void validateReportsAnUnsoundChallengeWhereItIsWritten() {
        Fixture.write(content, "lessons/01-basics/challenges/basics-policy.yaml", """
                id: basics-policy
                kind: policy
                title: Too easy
                story: Anything goes.
                best_practices: [SEC03-BP02]
                policy_type: identity
                defaults: {principal: "arn:aws:iam::111122223333:user/alice"}
                start:
                  Version: "2012-10-17"
                  Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]
                solution:
                  Version: "2012-10-17"
                  Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "*"}]
                cases:
                  - {name: reads, action: s3:GetObject, resource: "arn:aws:s3:::reports/q1.csv", expect: allow}
                  - {name: nobody, principal: "arn:aws:iam::999999999999:root", action: s3:GetObject,
                     resource: "arn:aws:s3:::x/y", resource_account: "111122223333", expect: deny}
                """);
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isEqualTo(65);
        String file = content.resolve("lessons/01-basics/challenges/basics-policy.yaml").toString();
        assertThat(r.out()).contains(
                file + ":8:1: the start already passes every case; the learner would have nothing to do",
                file + ":11:1: the solution does not pass: case 'reads' expects allow but got implicit deny",
                file + ":14:1: an answer that lets everything through (Allow * on *) passes every case; add cases it must refuse",
                file + ":16:5: case 'nobody' is decided by the given world alone",
                "4 problem(s) found");
    }

    @Test
    void validateReportsABrokenChallengeSpec() {
        Fixture.write(content, "lessons/01-basics/challenges/basics-challenge.yaml", """
                id: basics-challenge
                kind: ordering
                title: Order things
                story: Put the steps in order.
                pool: [{id: a, text: A}, {id: b, text: B}, {id: c, text: C}]
                start: [a]
                solution: [a, b]
                cases:
                  - {name: first, first: z}
                """);
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains("basics-challenge.yaml:9:26: no action 'z' in the pool (a, b, c)");
    }
}
