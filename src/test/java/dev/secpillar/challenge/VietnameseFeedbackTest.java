package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import org.junit.jupiter.api.Test;

/** A challenge checked for a Vietnamese learner explains itself in Vietnamese; English stays as it was. */
class VietnameseFeedbackTest {
    private static final Messages VI = Messages.of(Language.VI);

    @Test
    void anIamPolicyChallengeSaysWhyACaseFailsInVietnamese() {
        Checker c = compile(PolicyCheckerTest.READER);
        CheckReport r = c.check(c.start(), VI);
        CaseResult write = r.cases().get(1);
        assertThat(write.pass()).isFalse();
        assertThat(write.expected()).isEqualTo("từ chối");
        assertThat(write.actual()).isEqualTo("cho phép");
        assertThat(write.reason()).isEqualTo("Cho phép: statement 0 của chính sách dựa trên danh tính của bạn");
        // limits the answer breaks, still located at their line and column
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isEqualTo("statement 0 cho phép \"s3:*\"; hãy nêu từng action mà thử thách này"
                    + " cần thay vì dùng ký tự đại diện");
        });
        assertThat(c.briefing(VI)).contains("Bạn viết: chính sách dựa trên danh tính (JSON).");
        // the same answer, checked in English, reads exactly as before
        assertThat(c.check(c.start()).cases().get(1).reason()).isEqualTo("Allow: your identity policy statement 0");
    }

    @Test
    void aDetectionChallengeSaysWhatThePatternMissedInVietnamese() {
        Checker c = compile(DetectionCheckerTest.STOP_LOGGING);
        CaseResult stop = c.check(c.start(), VI).cases().get(0);
        assertThat(stop.expected()).isEqualTo("khớp");
        assertThat(stop.actual()).isEqualTo("không khớp");
        assertThat(stop.reason())
                .isEqualTo("bỏ sót: detail.eventName là \"StopLogging\"; mẫu sự kiện cần [\"DeleteTrail\"]");
        CaseResult alarm = c.check(c.allowEverything(), VI).cases().get(2);
        assertThat(alarm.reason()).isEqualTo("cảnh báo nhầm: mẫu sự kiện cũng khớp với sự kiện vô hại này");
    }

    @Test
    void aNetworkChallengeSaysWhatBlockedAFlowInVietnamese() {
        Checker c = compile(NetworkCheckerTest.VPC);
        CheckReport r = c.check(c.start(), VI);
        CaseResult https = r.cases().get(0);
        assertThat(https.expected()).isEqualTo("được cho phép");
        assertThat(https.actual()).isEqualTo("bị chặn");
        assertThat(https.reason()).startsWith("bị chặn: không security group nào của web (web-sg) cho phép tcp 443 chiều vào từ");
        assertThat(c.briefing(VI)).anySatisfy(line -> assertThat(line).startsWith("Bạn sửa (YAML): security group"));
    }

    @Test
    void anIncidentResponseOrderingChallengeSaysWhatIsOutOfOrderInVietnamese() {
        Checker c = compile(ResponseCheckerTest.KEY);
        CheckReport r = c.check(c.start(), VI);
        assertThat(r.cases().get(0).reason()).isEqualTo("kế hoạch của bạn bắt đầu bằng review");
        assertThat(r.cases().get(3).reason()).isEqualTo("delete-user không nên có trong kế hoạch (evidence)");
        assertThat(r.cases().get(4).reason()).isEqualTo("revoke không có trong kế hoạch của bạn");
        CheckReport swapped = c.check("- deactivate\n- review\n- revoke\n", VI);
        assertThat(swapped.cases().get(2).actual()).isEqualTo("review trước tiên");
        assertThat(swapped.cases().get(2).reason()).isEqualTo("review đứng trước revoke");
    }

    @Test
    void anUnreadableAnswerIsExplainedInVietnameseAtItsPlace() {
        Checker c = compile(PolicyCheckerTest.READER);
        CheckReport r = c.check("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Alow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]\n}\n", VI);
        assertThat(r.evaluated()).isFalse();
        AnswerProblem p = r.unreadable().orElseThrow();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isPositive();
        assertThat(p.message()).isEqualTo("Effect phải là \"Allow\" hoặc \"Deny\", không phải \"Alow\"");
    }

    @Test
    void aJsonSlipInAnAnswerIsReportedInVietnameseAndInEnglishWithoutJacksonsNoise() {
        assertThat(slip("{\"Statement\": [1, 2}", VI)).isEqualTo("1:20: lỗi cú pháp JSON: dấu đóng không mong đợi '}': cần ']'");
        assertThat(slip("{\"Statement\": [1, 2}", Text.ENGLISH_MESSAGES)).isEqualTo("1:20: JSON syntax error: Unexpected close marker '}': expected ']'");
        assertThat(slip("{\"a\": 1} {}", VI)).isEqualTo("1:10: lỗi cú pháp JSON: có nội dung thừa sau giá trị JSON");
        assertThat(slip("{\"a\": 1} {}", Text.ENGLISH_MESSAGES)).isEqualTo("1:10: JSON syntax error: Trailing token (of type START_OBJECT) found after value");
        assertThat(slip("{\"a\": \"x\ty\"}", VI)).isEqualTo("1:9: lỗi cú pháp JSON: ký tự chưa được thoát (ký tự điều khiển, mã 9):"
                + " muốn đặt nó trong chuỗi, hãy viết dạng thoát với dấu \\ (như \\t, \\n)");
        assertThat(slip("{\"a\": 01}", VI)).isEqualTo("1:8: lỗi cú pháp JSON: giá trị số không hợp lệ: số không được có chữ số 0 ở đầu");
        assertThat(slip("{\"a\": 01}", Text.ENGLISH_MESSAGES)).isEqualTo("1:8: JSON syntax error: Invalid numeric value: Leading zeroes not allowed");
        // English keeps the answer reader's short form of "Unexpected character … was expecting …" as it was;
        // Vietnamese says what was expected too
        assertThat(slip("{\"a\": 1 \"b\": 2}", VI)).isEqualTo("1:9: lỗi cú pháp JSON: ký tự không mong đợi '\"' (mã 34):"
                + " cần dấu phẩy ngăn cách các phần tử của Object");
        assertThat(slip("{\"a\": tru}", VI)).isEqualTo("1:10: lỗi cú pháp JSON: từ không nhận ra 'tru': cần một giá trị JSON"
                + " (chuỗi trong dấu nháy kép, số, mảng, object, true, false hoặc null)");
        assertThat(slip("{\"a\": tru}", Text.ENGLISH_MESSAGES)).isEqualTo("1:10: JSON syntax error: unrecognized word 'tru'");
        assertThat(slip("{\"a\": 1 \"b\": 2}", Text.ENGLISH_MESSAGES)).isEqualTo("1:9: JSON syntax error: unexpected character ('\"' (code 34))");
    }

    private static String slip(String json, Messages m) {
        try {
            JsonText.read(json);
            throw new AssertionError("read " + json);
        } catch (UnreadableAnswer e) {
            AnswerProblem p = e.problem(m);
            return p.line() + ":" + p.column() + ": " + p.message();
        }
    }
}
