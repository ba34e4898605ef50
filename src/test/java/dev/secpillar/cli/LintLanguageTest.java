package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `secpillar --lang vi lint`: the findings in Vietnamese, with the same codes, positions and exit code. */
class LintLanguageTest extends CliHarness {
    private static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Ops", "Effect": "Allow", "Action": ["iam:PassRole", "s3:GetObjekt"], "Resource": "*",
               "Condition": {"StringEquals": {"aws:SourceVpc": "vpc-main", "aws:RequestedRegion": "eu-wset-1"}}},
              {"Sid": "Ops", "Effect": "Allow", "NotAction": "s3:*", "Resource": "*"}]}
            """;

    private Path policy() throws Exception {
        Path p = temp.resolve("policy.json");
        Files.writeString(p, POLICY);
        return p;
    }

    /** "FILE:LINE:COL: CODE" of each finding line (the severity word between is translated): what must not change with the language. */
    private static List<String> located(String out) {
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            int code = line.indexOf(": ", line.indexOf(".json:") + 1);
            int message = line.indexOf(": ", code + 2);
            if (line.contains(".json:") && message > 0) {
                String head = line.substring(0, message);
                lines.add(head.substring(0, code + 2) + head.substring(head.lastIndexOf(' ') + 1));
            }
        }
        return lines;
    }

    @Test
    void vietnameseFindingsKeepCodesPositionsAndExitCode() throws Exception {
        Path p = policy();
        Run en = run("lint", p.toString());
        Run vi = run("--lang", "vi", "lint", p.toString());
        assertThat(vi.exit()).isEqualTo(en.exit()).isEqualTo(1);
        assertThat(located(en.out())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(located(vi.out())).isEqualTo(located(en.out()));
        assertThat(en.out()).contains(p + ":3:52: error INVALID_VPC_FORMAT: \"vpc-main\" is not a VPC ID (vpc- and 8 or 17 hex digits)");
        assertThat(vi.out())
                .contains(p + ":3:52: lỗi INVALID_VPC_FORMAT: \"vpc-main\" không phải ID VPC (vpc- và 8 hoặc 17 chữ số hex)")
                .contains("UNKNOWN_ACTION: s3:GetObjekt không khớp hành động nào của dịch vụ s3; có phải ý bạn là \"s3:GetObject\"?")
                .contains("INVALID_REGION: \"eu-wset-1\" không phải Region của AWS; có phải ý bạn là \"eu-west-1\"?")
                .contains(": cảnh báo bảo mật PASS_ROLE_WITH_STAR_IN_RESOURCE: ")
                .doesNotContain(" error ").doesNotContain("security warning")
                .contains("UNIQUE_SIDS_REQUIRED: Sid \"Ops\" đã được statement 0 dùng")
                .contains("PASS_ROLE_WITH_STAR_IN_RESOURCE: iam:PassRole cho phép iam:PassRole trên \"*\"")
                .contains("đã kiểm tra theo loại chính sách dựa trên danh tính (đoán: không statement nào chứa Principal)")
                .containsPattern("ghi chú: NotAction s3:\\* cấp \\d+ hành động, theo mức truy cập: \\d+ Read, \\d+ Write, ")
                .contains("hãy ghi rõ các vai trò hoặc thêm điều kiện iam:PassedToService") // cut no earlier than the English
                .doesNotContain("grants", "more characters");
        // SECPILLAR_LANG chooses the same way as --lang.
        env.put("SECPILLAR_LANG", "vi");
        assertThat(run("lint", p.toString()).out()).isEqualTo(vi.out());
    }

    @Test
    void jsonChangesOnlyTheMessageText() throws Exception {
        Path p = policy();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode en = mapper.readTree(run("lint", p.toString(), "--json").out());
        JsonNode vi = mapper.readTree(run("--lang", "vi", "lint", p.toString(), "--json").out());
        JsonNode enFindings = en.get("findings");
        JsonNode viFindings = vi.get("findings");
        assertThat(viFindings.size()).isEqualTo(enFindings.size()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < enFindings.size(); i++) {
            JsonNode e = enFindings.get(i).deepCopy();
            JsonNode v = viFindings.get(i).deepCopy();
            assertThat(v.get("message").asText()).isNotEqualTo(e.get("message").asText());
            ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("message");
            ((com.fasterxml.jackson.databind.node.ObjectNode) v).remove("message");
            assertThat(v).isEqualTo(e);
        }
        // The words a person reads follow the language: the kind's label and how it was guessed.
        assertThat(en.get("kindLabel").asText()).isEqualTo("identity policy");
        assertThat(vi.get("kindLabel").asText()).isEqualTo("chính sách dựa trên danh tính");
        assertThat(en.get("guessedFrom").asText()).isEqualTo("no statement has a Principal");
        assertThat(vi.get("guessedFrom").asText()).isEqualTo("không statement nào chứa Principal");
        // Everything else is the same document: codes, kinds, positions, expansions.
        JsonNode enRest = en.deepCopy();
        JsonNode viRest = vi.deepCopy();
        assertThat(en.get("expansions").get(0).asText()).startsWith("NotAction s3:* grants ").contains(" actions: ");
        assertThat(vi.get("expansions").get(0).asText()).startsWith("NotAction s3:* cấp ").contains(" hành động, theo mức truy cập: ");
        for (String words : List.of("findings", "kindLabel", "guessedFrom", "expansions")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) enRest).remove(words);
            ((com.fasterxml.jackson.databind.node.ObjectNode) viRest).remove(words);
        }
        assertThat(viRest).isEqualTo(enRest);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = vi.fieldNames(); it.hasNext();) {
            fields.add(it.next());
        }
        assertThat(fields).doesNotContain("language");
    }

    @Test
    void sarifResultsFollowTheLanguageAndRulesStayEnglish() throws Exception {
        Path p = policy();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode en = mapper.readTree(run("lint", p.toString(), "--format", "sarif").out()).get("runs").get(0);
        JsonNode vi = mapper.readTree(run("--lang", "vi", "lint", p.toString(), "--format", "sarif").out()).get("runs").get(0);
        assertThat(en.has("language")).isFalse();
        assertThat(vi.get("language").asText()).isEqualTo("vi");
        assertThat(vi.get("tool")).isEqualTo(en.get("tool"));
        assertThat(vi.get("results").size()).isEqualTo(en.get("results").size());
        for (int i = 0; i < en.get("results").size(); i++) {
            JsonNode e = en.get("results").get(i);
            JsonNode v = vi.get("results").get(i);
            assertThat(v.get("ruleId")).isEqualTo(e.get("ruleId"));
            assertThat(v.get("locations")).isEqualTo(e.get("locations"));
            assertThat(v.get("message").get("text").asText()).isNotEqualTo(e.get("message").get("text").asText());
        }
    }

    @Test
    void aJsonSlipIsAFindingInVietnameseAndJacksonsEnglishInEnglish() throws Exception {
        Path p = temp.resolve("slip.json");
        Files.writeString(p, "{\"Version\": \"2012-10-17\",\n \"Statement\": [{\"Effect\": \"Allow\" \"Action\": \"s3:GetObject\"}]}\n");
        Run en = run("lint", p.toString());
        Run vi = run("--lang", "vi", "lint", p.toString());
        assertThat(vi.exit()).isEqualTo(en.exit());
        assertThat(en.out()).contains(p + ":2:35: error JSON_SYNTAX_ERROR: invalid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries");
        assertThat(vi.out()).contains(p + ":2:35: lỗi JSON_SYNTAX_ERROR: JSON không hợp lệ: ký tự không mong đợi '\"' (mã 34):"
                + " cần dấu phẩy ngăn cách các phần tử của Object");
    }
}
