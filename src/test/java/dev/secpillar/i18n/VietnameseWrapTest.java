package dev.secpillar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.StyledLine;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese measures by display width: a letter with its marks is one column, composed or not. */
class VietnameseWrapTest {
    private static final String TEXT = "Tài khoản là một ranh giới cô lập mạnh: tài nguyên, người dùng IAM và hạn mức "
            + "nằm trong một tài khoản trừ khi bạn chủ động chia sẻ, nên một thông tin xác thực bị lộ hoặc một thay đổi "
            + "sai trong tài khoản này không thể chạm tới các tài khoản khác. Hãy áp dụng đặc quyền tối thiểu ở mọi lớp.";

    @Test
    void precomposedAndCombiningFormsHaveTheSameWidth() {
        String nfc = "Đặc quyền tối thiểu";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd.length()).isGreaterThan(nfc.length());
        assertThat(Columns.width(nfc)).isEqualTo(19).isEqualTo(Columns.width(nfd));
    }

    @Test
    void vietnameseWrapsAt80ColumnsWithoutCuttingAWord() {
        for (String text : List.of(TEXT, Normalizer.normalize(TEXT, Normalizer.Form.NFD))) {
            List<StyledLine> lines = MarkupLayout.layout(text, 80);
            assertThat(lines).hasSizeGreaterThan(1);
            StringBuilder joined = new StringBuilder();
            for (StyledLine l : lines) {
                assertThat(l.width()).isLessThanOrEqualTo(80);
                joined.append(l.plainText().strip()).append(' ');
            }
            // every word comes back whole: nothing was cut in the middle of a word or its marks
            assertThat(joined.toString().strip().split(" ")).containsExactly(Normalizer.normalize(text, Normalizer.Form.NFC).split(" "));
            // the NFD text fills lines as far as the NFC text does: marks take no column
            assertThat(lines).hasSize(MarkupLayout.layout(Normalizer.normalize(text, Normalizer.Form.NFC), 80).size());
        }
    }
}
