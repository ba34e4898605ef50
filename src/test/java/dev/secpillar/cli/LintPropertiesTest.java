package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lint on damaged policies: whatever the bytes, it answers (it does not throw or hang), exits
 * 0, 1 or 65, and with --json prints JSON findings, a malformed document included.
 */
class LintPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> SEEDS = List.of(
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
               "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/home/${aws:username}/*"],
               "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "Bool": {"aws:SecureTransport": "true"}}}]}
            """,
            """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
              "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:o/r:*"}}}}
            """,
            """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Deny", "NotAction": ["iam:*"], "Resource": "*",
               "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": ["team"]}, "NumericLessThan": {"aws:MultiFactorAuthAge": 3600}}},
              {"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::111122223333:role/x"}]}
            """);

    private static final String NOISE = "{}[]\":,*?$ \n\\0aZ-/";

    /** One edit: delete, insert or duplicate a stretch of the text. */
    record Edit(int kind, double at, int length, char c) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 12),
                Arbitraries.of(NOISE.chars().mapToObj(c -> (char) c).toList())).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    static String mutate(String text, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : edits) {
            int at = (int) (e.at() * sb.length());
            int end = Math.min(sb.length(), at + e.length());
            switch (e.kind()) {
                case 0 -> sb.delete(at, end);
                case 1 -> sb.insert(at, String.valueOf(e.c()).repeat(e.length()));
                case 2 -> sb.insert(at, sb.substring(at, end));
                default -> sb.insert(at, e.c());
            }
        }
        return sb.toString();
    }

    @Property(tries = 150)
    void lintAlwaysAnswersWithJsonFindings(@ForAll("edits") List<Edit> edits,
                                           @ForAll("seed") String seed) throws Exception {
        Path dir = Files.createTempDirectory("lint-property");
        try {
            Path file = dir.resolve("policy.json");
            Files.writeString(file, mutate(seed, edits));
            CliRun run = CliRun.run(new LintCommand(), file.toString(), "--json");
            assertThat(run.exitCode()).as(run.err()).isIn(0, 1, 65);
            assertThat(run.err()).doesNotContain("internal error");
            JsonNode json = JSON.readTree(run.out());
            assertThat(json.get("findings").isArray()).isTrue();
            if (run.exitCode() == 65) {
                assertThat(json.get("malformed").asBoolean()).isTrue();
                assertThat(json.get("findings")).isNotEmpty();
            }
        } finally {
            Files.deleteIfExists(dir.resolve("policy.json"));
            Files.deleteIfExists(dir);
        }
    }

    @Provide
    Arbitrary<String> seed() {
        return Arbitraries.of(SEEDS);
    }
}
