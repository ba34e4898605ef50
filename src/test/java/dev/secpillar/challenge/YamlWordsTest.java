package dev.secpillar.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A YAML answer's syntax slips: SnakeYAML's words in English, said again in Vietnamese. */
class YamlWordsTest {
    private static final Messages VI = Messages.of(Language.VI);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a: {b: 1         | 1 | expected ',' or '}', but got <stream end>         | cần ',' hoặc '}' để đóng, nhưng gặp cuối văn bản
            a: [1, 2         | 1 | expected ',' or ']', but got <stream end>         | cần ',' hoặc ']' để đóng, nhưng gặp cuối văn bản
            a:\\n  b: 1\\n - c | 3 | expected <block end>, but found '<block sequence start>' | thụt lề không khớp: khối phía trên cần kết thúc ở đây, nhưng gặp đầu một danh sách
            - a\\nb: 1        | 2 | expected <block end>, but found '?'              | thụt lề không khớp: khối phía trên cần kết thúc ở đây, nhưng gặp một khóa mới
            a: b: c          | 1 | mapping values are not allowed here              | không được có cặp khóa: giá trị ở đây (có dòng thụt lề sai, hoặc một giá trị chứa ": " cần đặt trong dấu nháy)
            a: 'abc          | 1 | found unexpected end of stream                   | văn bản kết thúc khi chuỗi trong dấu nháy chưa được đóng
            a: *x            | 1 | found undefined alias x                          | alias chưa được định nghĩa: x
            a:\\n\\tb: 1      | 2 | found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation) | YAML không cho phép thụt lề bằng tab; hãy dùng dấu cách
            a: @x            | 1 | found character '@' that cannot start any token. (Do not use @ for indentation) | ký tự '@' không thể mở đầu một giá trị YAML (hãy đặt giá trị trong dấu nháy)
            a: [1, }         | 1 | expected the node content, but found '}'         | cần một giá trị, nhưng gặp '}'
            --- a\\n--- b     | 2 | but found another document                       | câu trả lời chỉ được có một tài liệu YAML, nhưng gặp thêm một tài liệu nữa
            """)
    void aSlipReadsAsSnakeYamlWroteItInEnglishAndInVietnamese(String yaml, int line, String english, String vietnamese) {
        UnreadableAnswer e = unreadable(yaml.strip().replace("\\n", "\n").replace("\\t", "\t"));
        assertThat(e.problem().line()).isEqualTo(line);
        assertThat(e.problem().message()).isEqualTo("YAML syntax error: " + english.replace("\\\\t", "\\t"));
        assertThat(e.problem(VI).message()).isEqualTo("lỗi cú pháp YAML: " + vietnamese)
                .doesNotContain("expected", "found", "allowed", "stream");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            something SnakeYAML 3 says
            """)
    void aProblemOfNoKnownWordsStaysEnglish(String problem) {
        Text t = YamlWords.of(problem);
        assertThat(t.render(VI)).isEqualTo(problem);
        assertThat(t.english()).isEqualTo(problem);
    }

    private static UnreadableAnswer unreadable(String yaml) {
        try {
            AnswerTree.read(yaml);
        } catch (UnreadableAnswer e) {
            return e;
        }
        throw new AssertionError("read " + yaml);
    }
}
