package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Lint findings in both languages: every code has its words in each bundle, the two bundles'
 * patterns take the same arguments, and the docs' example of every code reads in Vietnamese
 * with the same codes and positions as in English.
 */
class LintTextTest {
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages VI = Messages.of(Language.VI);
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    @Test
    void everyCodeHasATitleInEveryLanguage() throws IOException {
        Properties en = bundle("messages.properties");
        Properties vi = bundle("messages_vi.properties");
        for (LintCode c : LintCode.values()) {
            String key = "lint." + c.name() + ".title";
            assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(vi.getProperty(key)).as("Vietnamese " + key).isNotBlank();
            assertThat(c.title(VI)).as(key).isNotEqualTo(key);
        }
        assertThat(LintCode.FULL_ADMIN.summary()).isEqualTo("Action * on Resource *");
        assertThat(LintCode.FULL_ADMIN.title(VI)).isEqualTo("Action * trên Resource *");
    }

    @Test
    void bothBundlesTakeTheSameArgumentsAndQuoteApostrophesAlike() throws IOException {
        Properties en = bundle("messages.properties");
        Properties vi = bundle("messages_vi.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!key.startsWith("lint.")) {
                continue;
            }
            for (Properties p : List.of(en, vi)) {
                String pattern = p.getProperty(key);
                boolean hasArgs = ARG.matcher(pattern).find();
                // With arguments, MessageFormat reads ' as a quote: an apostrophe is written ''.
                if (hasArgs && pattern.replace("''", "").contains("'")) {
                    problems.add(key + ": a lone ' in a pattern with arguments: " + pattern);
                }
                if (!hasArgs && pattern.contains("''")) {
                    problems.add(key + ": '' in a pattern without arguments (shown as is): " + pattern);
                }
                if (hasArgs) {
                    new MessageFormat(pattern); // throws on a malformed pattern
                }
            }
            if (!arguments(en.getProperty(key)).equals(arguments(vi.getProperty(key)))) {
                problems.add(key + ": English takes " + arguments(en.getProperty(key)) + ", Vietnamese "
                        + arguments(vi.getProperty(key)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDocsExampleOfEveryCodeReadsInVietnameseWithTheSameCodesAndPositions() throws IOException {
        Set<String> keyedCodes = new TreeSet<>();
        int findings = 0;
        for (String[] row : examples()) {
            PolicyKind kind = row[2] == null ? null : PolicyKind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
            ResourcePolicyType type = row[3] == null ? null : ResourcePolicyType.fromOption(row[3]);
            for (String text : policies(row[1])) {
                LintReport report = PolicyLinter.check(text, "p.json", kind, type);
                for (Finding f : report.findings()) {
                    findings++;
                    String en = f.message(EN);
                    String vi = f.message(VI);
                    assertThat(en).as(f.code()).isEqualTo(f.message());
                    assertThat(vi).as(f.code() + " " + vi).doesNotContain("lint.").doesNotContainPattern("\\{\\d");
                    if (f.text().key() != null) {
                        keyedCodes.add(f.code());
                        assertThat(vi).as(f.code() + " reads in Vietnamese").isNotEqualTo(en);
                    }
                }
                assertThat(report.guessed(VI)).doesNotContain("lint.");
                assertThat(report.kindLabel(VI)).doesNotContain("lint.");
            }
        }
        assertThat(findings).isGreaterThan(150);
        // The codes only the policy reader reports (a malformed document) keep its English words.
        assertThat(keyedCodes).hasSizeGreaterThan(100);
    }

    @Test
    void aFindingKeepsItsCodePositionAndArgumentsInEitherLanguage() {
        String text = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "s3:GetObjekt"], "Resource": "*",
                   "Condition": {"StringEquals": {"aws:SourceVpc": "vpc-main"}}}]}
                """;
        List<Finding> findings = PolicyLinter.check(text, "p.json", null, null).findings();
        Finding unknown = findings.stream().filter(f -> f.code().equals("UNKNOWN_ACTION")).findFirst().orElseThrow();
        assertThat(unknown.message()).isEqualTo("s3:GetObjekt matches no action of the s3 service; did you mean \"s3:GetObject\"?");
        assertThat(unknown.message(VI)).isEqualTo("s3:GetObjekt không khớp hành động nào của dịch vụ s3; có phải ý bạn là \"s3:GetObject\"?");
        Finding vpc = findings.stream().filter(f -> f.code().equals("INVALID_VPC_FORMAT")).findFirst().orElseThrow();
        assertThat(vpc.message(VI)).isEqualTo("\"vpc-main\" không phải ID VPC (vpc- và 8 hoặc 17 chữ số hex)");
        assertThat(vpc.position()).isEqualTo(new Position(3, 52));
    }

    @Test
    void aFindingOfThePolicyReaderCanCarryItsOwnRenderedWords() {
        LintReport r = PolicyLinter.check("{\"Version\": \"2012-10-17\", \"Statement\": {\"Action\": \"s3:GetObject\", "
                + "\"Resource\": \"*\"}}", "p.json", null, null);
        Finding f = r.findings().stream().filter(x -> x.code().equals("MISSING_EFFECT")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("Statement[0] has no Effect (expected \"Allow\" or \"Deny\")");
        assertThat(f.message(VI)).isNotEqualTo(f.message()).doesNotContain("policy.parse");
        assertThat(f.position()).isEqualTo(new Position(1, 40));
    }

    @Test
    void countsKeepTheirDigitsAndEnglishPlurals() {
        String text = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "iam:Put*Policy", "Resource": "*"}]}
                """;
        Finding f = PolicyLinter.check(text, "p.json", null, null).findings().stream()
                .filter(x -> x.code().equals("PERMISSIONS_MANAGEMENT_ON_STAR")).findFirst().orElseThrow();
        assertThat(f.message()).startsWith("3 permissions-management actions on \"Resource\": \"*\" (iam:PutGroupPolicy, ");
        assertThat(f.message(VI)).startsWith("3 hành động quản lý quyền trên \"Resource\": \"*\" (iam:PutGroupPolicy, ");
    }

    @Test
    void vietnameseUsesTheGlossarysTermsAndNfc() throws IOException {
        List<String> variants = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/glossary-vi.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length >= 4 && !line.startsWith("| English")) {
                for (String v : cells[3].split(";")) {
                    if (!v.isBlank() && !v.strip().equals("—")) {
                        variants.add(v.strip());
                    }
                }
            }
        }
        assertThat(variants).hasSizeGreaterThan(50);
        Properties vi = bundle("messages_vi.properties");
        List<String> problems = new ArrayList<>();
        for (String key : vi.stringPropertyNames()) {
            String text = vi.getProperty(key);
            if (!key.startsWith("lint.")) {
                continue;
            }
            if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                problems.add(key + ": not NFC");
            }
            for (String v : variants) {
                if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
                    problems.add(key + ": \"" + v + "\" (see docs/glossary-vi.md)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LintTextTest.class.getResourceAsStream("/dev/secpillar/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Each row of docs/LINT.md's table with a JSON example: code, example, --kind, --resource-type. */
    private static List<String[]> examples() throws IOException {
        List<String[]> out = new ArrayList<>();
        Pattern kind = Pattern.compile("`--kind (\\w+)`");
        Pattern type = Pattern.compile("`--resource-type ([\\w-]+)`");
        for (String line : Files.readAllLines(Path.of("docs/LINT.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split(" \\| ");
            String example = cells[cells.length - 1];
            int start = example.indexOf('`');
            int end = example.indexOf('`', start + 1);
            if (start < 0 || end < 0) {
                continue;
            }
            Matcher k = kind.matcher(example);
            Matcher t = type.matcher(example);
            out.add(new String[] {cells[0], example.substring(start + 1, end), k.find() ? k.group(1) : null,
                    t.find() ? t.group(1) : null});
        }
        return out;
    }

    /** A whole-policy example as it is; a statement (or an element) with and without a Version. */
    private static List<String> policies(String example) {
        if (example.startsWith("{\"Version\"") || example.startsWith("{\"Statement\"")) {
            return List.of(example);
        }
        String statement = example.startsWith("{") ? example : "{\"Effect\": \"Allow\", " + example + "}";
        return List.of("{\"Version\": \"2012-10-17\", \"Statement\": [" + statement + "]}",
                "{\"Statement\": [" + statement + "]}");
    }
}
