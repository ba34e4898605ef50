package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each JSON slip a learner makes while typing a policy, as Jackson reports it: in English exactly
 * Jackson's words (less its source-location noise), in Vietnamese every part said again.
 */
class JacksonWordsTest {
    private static final Messages VI = Messages.of(Language.VI);

    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("{\"Statement\": [}",
                        "1:16: invalid JSON: Unexpected close marker '}': expected ']'",
                        "1:16: JSON không hợp lệ: dấu đóng không mong đợi '}': cần ']'"),
                Arguments.of("{\"Statement\": [1 2]}",
                        "1:18: invalid JSON: Unexpected character ('2' (code 50)): was expecting comma to separate Array entries",
                        "1:18: JSON không hợp lệ: ký tự không mong đợi '2' (mã 50): cần dấu phẩy ngăn cách các phần tử của Array"),
                Arguments.of("{\"a\": 1 \"b\": 2}",
                        "1:9: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                        "1:9: JSON không hợp lệ: ký tự không mong đợi '\"' (mã 34): cần dấu phẩy ngăn cách các phần tử của Object"),
                Arguments.of("{\"a\" 1}",
                        "1:6: invalid JSON: Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value",
                        "1:6: JSON không hợp lệ: ký tự không mong đợi '1' (mã 49): cần dấu hai chấm giữa tên trường và giá trị"),
                Arguments.of("{a: 1}",
                        "1:2: invalid JSON: Unexpected character ('a' (code 97)): was expecting double-quote to start field name",
                        "1:2: JSON không hợp lệ: ký tự không mong đợi 'a' (mã 97): tên trường phải mở đầu bằng dấu nháy kép"),
                Arguments.of("{\"a\": x}",
                        "1:8: invalid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "1:8: JSON không hợp lệ: từ không nhận ra 'x': cần một giá trị JSON (chuỗi trong dấu nháy kép, số, mảng, object, true, false hoặc null)"),
                Arguments.of("{\"a\": }",
                        "1:7: invalid JSON: Unexpected character ('}' (code 125)): expected a value",
                        "1:7: JSON không hợp lệ: ký tự không mong đợi '}' (mã 125): cần một giá trị JSON (chuỗi trong dấu nháy kép, số, mảng, object, true, false hoặc null)"),
                Arguments.of("{\"a\": \"abc",
                        "1:11: invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                        "1:11: JSON không hợp lệ: văn bản kết thúc quá sớm: chuỗi thiếu dấu nháy kép đóng"),
                Arguments.of("{\"a\": \"ab\\qc\"}",
                        "1:11: invalid JSON: Unrecognized character escape 'q' (code 113)",
                        "1:11: JSON không hợp lệ: ký tự thoát không hợp lệ 'q' (mã 113)"),
                Arguments.of("{\"a\": \"ab\tc\"}",
                        "1:10: invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value",
                        "1:10: JSON không hợp lệ: ký tự chưa được thoát (ký tự điều khiển, mã 9): muốn đặt nó trong chuỗi, hãy viết dạng thoát với dấu \\ (như \\t, \\n)"),
                Arguments.of("{\"a\": \"ab\nc\"}",
                        "1:10: invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value",
                        "1:10: JSON không hợp lệ: ký tự chưa được thoát (ký tự điều khiển, mã 10): muốn đặt nó trong chuỗi, hãy viết dạng thoát với dấu \\ (như \\t, \\n)"),
                Arguments.of("{\"a\": 01}",
                        "1:8: invalid JSON: Invalid numeric value: Leading zeroes not allowed",
                        "1:8: JSON không hợp lệ: giá trị số không hợp lệ: số không được có chữ số 0 ở đầu"),
                Arguments.of("{\"a\": -x}",
                        "1:8: invalid JSON: Unexpected character ('x' (code 120)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value",
                        "1:8: JSON không hợp lệ: ký tự không mong đợi 'x' (mã 120) trong giá trị số: sau dấu trừ cần một chữ số (0-9)"),
                Arguments.of("{\"a\": 1.}",
                        "1:8: invalid JSON: Unexpected character ('}' (code 125)) in numeric value: Decimal point not followed by a digit",
                        "1:8: JSON không hợp lệ: ký tự không mong đợi '}' (mã 125) trong giá trị số: sau dấu chấm thập phân cần một chữ số"),
                Arguments.of("{\"a\": 1e}",
                        "1:8: invalid JSON: Unexpected character ('}' (code 125)) in numeric value: Exponent indicator not followed by a digit",
                        "1:8: JSON không hợp lệ: ký tự không mong đợi '}' (mã 125) trong giá trị số: sau ký hiệu số mũ cần một chữ số"),
                Arguments.of("{\"Statement\": {\"Effect\": \"Allow\", \"Effect\": \"Deny\", \"Action\": \"*\"}}",
                        "1:43: invalid JSON: Duplicate field 'Effect'",
                        "1:43: JSON không hợp lệ: tên trường 'Effect' bị lặp lại"),
                Arguments.of("{\"a\": 'x'}",
                        "1:7: invalid JSON: Unexpected character (''' (code 39)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "1:7: JSON không hợp lệ: ký tự không mong đợi ''' (mã 39): cần một giá trị JSON (chuỗi trong dấu nháy kép, số, mảng, object, true, false hoặc null)"),
                Arguments.of("{\"a\": 1,}",
                        "1:9: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                        "1:9: JSON không hợp lệ: ký tự không mong đợi '}' (mã 125): tên trường phải mở đầu bằng dấu nháy kép"),
                Arguments.of("{\"a\": 1",
                        "1:8: invalid JSON: Unexpected end-of-input: expected close marker for Object",
                        "1:8: JSON không hợp lệ: văn bản kết thúc quá sớm: Object chưa được đóng"),
                Arguments.of("{\"a\": [1",
                        "1:9: invalid JSON: Unexpected end-of-input: expected close marker for Array",
                        "1:9: JSON không hợp lệ: văn bản kết thúc quá sớm: Array chưa được đóng"),
                Arguments.of("{\"a\": \"\\u12\"}",
                        "1:12: invalid JSON: Unexpected character ('\"' (code 34)): expected a hex-digit for character escape sequence",
                        "1:12: JSON không hợp lệ: ký tự không mong đợi '\"' (mã 34): sau \\u cần đủ bốn chữ số thập lục phân (0-9, a-f)"),
                Arguments.of("{\"a\": NaN}",
                        "1:10: invalid JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                        "1:10: JSON không hợp lệ: giá trị không chuẩn 'NaN': JSON không có giá trị NaN hay Infinity"),
                Arguments.of("{\"a\": +1}",
                        "1:8: invalid JSON: Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow",
                        "1:8: JSON không hợp lệ: ký tự không mong đợi '+' (mã 43) trong giá trị số: JSON không cho phép dấu cộng trước số"),
                Arguments.of("// c",
                        "1:1: invalid JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
                        "1:1: JSON không hợp lệ: ký tự không mong đợi '/' (mã 47): có phải là chú thích? JSON không cho phép chú thích"),
                Arguments.of("{\"a\": 1}}",
                        "1:9: invalid JSON: Unexpected close marker '}': no open Object to close",
                        "1:9: JSON không hợp lệ: dấu đóng không mong đợi '}': không có Object nào đang mở để đóng"),
                Arguments.of("{\"a",
                        "1:4: invalid JSON: Unexpected end-of-input in field name",
                        "1:4: JSON không hợp lệ: văn bản kết thúc quá sớm trong tên trường"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\",}]}",
                        "1:35: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                        "1:35: JSON không hợp lệ: ký tự không mong đợi '}' (mã 125): tên trường phải mở đầu bằng dấu nháy kép"),
                Arguments.of("{\"a\tb\": 1}",
                        "1:4: invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in name",
                        "1:4: JSON không hợp lệ: ký tự chưa được thoát (ký tự điều khiển, mã 9): muốn đặt nó trong tên trường, hãy viết dạng thoát với dấu \\ (như \\t, \\n)"),
                Arguments.of("{\"a\":1,\"b\":[1,2",
                        "1:16: invalid JSON: Unexpected end-of-input: expected close marker for Array",
                        "1:16: JSON không hợp lệ: văn bản kết thúc quá sớm: Array chưa được đóng"),
                Arguments.of("{\"a\":1,",
                        "1:8: invalid JSON: Unexpected end-of-input within/between Object entries",
                        "1:8: JSON không hợp lệ: văn bản kết thúc quá sớm giữa các phần tử của Object"),
                Arguments.of("{\"a\": Infinity}",
                        "1:15: invalid JSON: Non-standard token 'Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                        "1:15: JSON không hợp lệ: giá trị không chuẩn 'Infinity': JSON không có giá trị NaN hay Infinity"),
                Arguments.of("{\"a\": \"\\u00zz\"}",
                        "1:12: invalid JSON: Unexpected character ('z' (code 122)): expected a hex-digit for character escape sequence",
                        "1:12: JSON không hợp lệ: ký tự không mong đợi 'z' (mã 122): sau \\u cần đủ bốn chữ số thập lục phân (0-9, a-f)"),
                Arguments.of("{\"a\": \"x\\",
                        "1:10: invalid JSON: Unexpected end-of-input in character escape sequence",
                        "1:10: JSON không hợp lệ: văn bản kết thúc quá sớm trong chuỗi thoát"),
                Arguments.of("{\"a\":\u0001 1}",
                        "1:7: invalid JSON: Illegal character ((CTRL-CHAR, code 1)): only regular white space (\\r, \\n, \\t) is allowed between tokens",
                        "1:7: JSON không hợp lệ: ký tự không hợp lệ (ký tự điều khiển, mã 1): giữa các phần tử JSON chỉ được có dấu cách, tab hoặc xuống dòng"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void aSlipReadsAsJacksonSaysItInEnglishAndWhollyInVietnamese(String json, String english, String vietnamese) {
        assertThatThrownBy(() -> PolicyParser.parse(json, "p.json"))
                .isInstanceOfSatisfying(PolicyParseException.class, e -> {
                    assertThat(e.located()).isEqualTo("p.json:" + english);
                    assertThat(e.located(VI)).isEqualTo("p.json:" + vietnamese)
                            // none of Jackson's English words is left (Object, Array, NaN and the quoted text are JSON)
                            .doesNotContainIgnoringCase("expect").doesNotContainIgnoringCase("unexpected")
                            .doesNotContain("code ", "field", "value", "token", "Source:", "marker");
                });
    }

    @Test
    void aMessageOfNoKnownOpeningStaysJacksonsEnglishInBothLanguages() {
        Text t = JacksonWords.of("Something new in Jackson 3");
        assertThat(t.render(VI)).isEqualTo("Something new in Jackson 3");
        assertThat(t.english()).isEqualTo("Something new in Jackson 3");
    }

    @Test
    void aKnownOpeningWithAnUnknownEndingKeepsTheEndingInEnglishSoNothingIsLost() {
        Text t = JacksonWords.of("Unexpected character ('x' (code 120)): was expecting something Jackson added later");
        assertThat(t.render(VI)).isEqualTo("ký tự không mong đợi 'x' (mã 120): was expecting something Jackson added later");
        assertThat(t.english()).isEqualTo("Unexpected character ('x' (code 120)): was expecting something Jackson added later");
    }
}
