package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The problems of a learner's network answer (its YAML) come out in the learner's language, at the same places. */
class NetworkAnswerLanguageTest {
    private static final String ANSWER = """
            security_groups:
              web-sg:
                inbound:
                  - {protocol: tcp, ports: 99999, source: 0.0.0.0/0, colour: red}
                  - {protocol: smtp, ports: 25, source: 10.0.0.0/99}
              db-sg: {inbound: {}}
            """;

    @Test
    void aVietnameseLearnerReadsTheProblemsInVietnamese() {
        Checker c = compile(NetworkCheckerTest.VPC);
        CheckReport en = c.check(ANSWER, Messages.of(Language.EN));
        CheckReport vi = c.check(ANSWER, Messages.of(Language.VI));
        assertThat(en.problems()).extracting(AnswerProblem::located).containsExactly(
                "4:66: unknown key 'colour' in a security group rule (security groups have allow rules only)"
                        + " (expected one of: description, ports, protocol, source)",
                "4:32: 'ports' must be a port (443), a range (1024-65535) or all, found '99999'",
                "5:20: 'protocol' must be tcp, udp, icmp or all, found 'smtp'",
                "5:45: '10.0.0.0/99' is not an IPv4 address range like 10.0.0.0/16",
                "6:20: 'inbound' must be a list, found a mapping");
        assertThat(vi.problems()).extracting(AnswerProblem::located).containsExactly(
                "4:66: khóa 'colour' không hợp lệ trong một quy tắc của security group (security group chỉ có quy tắc cho phép)"
                        + " (các khóa hợp lệ: description, ports, protocol, source)",
                "4:32: 'ports' phải là một cổng (443), một dải cổng (1024-65535) hoặc all, nhưng lại là '99999'",
                "5:20: 'protocol' phải là tcp, udp, icmp hoặc all, nhưng lại là 'smtp'",
                "5:45: '10.0.0.0/99' không phải dải địa chỉ IPv4 như 10.0.0.0/16",
                "6:20: 'inbound' phải là một danh sách, nhưng lại là một ánh xạ");
    }

    @Test
    void aclRuleProblemsInVietnamese() {
        Checker c = compile(NetworkCheckerTest.VPC.replace("start:\n  security_groups:", "start:\n  network_acls:\n    x: {}\n  security_groups:")
                .replace("solution:\n  security_groups:", "solution:\n  network_acls:\n    x: {}\n  security_groups:"));
        String answer = """
                network_acls:
                  x:
                    inbound:
                      - {rule: 100, protocol: tcp, ports: 80, source: 0.0.0.0/0, action: allow}
                      - {rule: 100, protocol: tcp, ports: 81, source: web-sg, action: maybe}
                      - {rule: 40000, protocol: icmp, ports: 1, source: 0.0.0.0/0, action: deny}
                security_groups: {web-sg: {}, db-sg: {}}
                """;
        assertThat(c.check(answer, Messages.of(Language.VI)).problems()).extracting(AnswerProblem::message).containsExactly(
                "quy tắc 100 đã được dùng ở chiều này",
                "source của một quy tắc network ACL phải là dải địa chỉ IPv4 như 10.0.0.0/16 (không thể là tên một security group), nhưng lại là 'web-sg'",
                "'action' phải là allow hoặc deny, nhưng lại là 'maybe'",
                "số quy tắc phải từ 1 đến 32766, nhưng lại là 40000",
                "ports chỉ áp dụng cho tcp và udp; hãy bỏ chúng khỏi quy tắc icmp");
        assertThat(c.check(answer, Messages.of(Language.EN)).problems()).extracting(AnswerProblem::message).contains(
                "rule numbers go from 1 to 32766, found 40000",
                "ports apply to tcp and udp only; remove them for icmp",
                "a network ACL rule's source is an IPv4 address range like 10.0.0.0/16 (it cannot name a security group), found 'web-sg'");
    }
}
