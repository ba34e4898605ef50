package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where soft wrap breaks a line, in display columns. */
class SoftWrapRowsTest {
    private static List<String> rows(String line, int width) {
        return SoftWrap.rows(line, 0, width).stream().map(r -> line.substring(r.from(), r.to())).toList();
    }

    @Test
    void breaksAfterASpaceCommaColonOrSlashElseAtTheEdge() {
        assertThat(rows("aaa bbb ccc", 8)).containsExactly("aaa bbb ", "ccc");
        assertThat(rows("arn:aws:s3:::bucket/key", 9)).containsExactly("arn:aws:", "s3:::", "bucket/", "key");
        assertThat(rows("x".repeat(12), 5)).containsExactly("xxxxx", "xxxxx", "xx");
        assertThat(rows("short", 10)).containsExactly("short");
        assertThat(rows("", 10)).containsExactly("");
    }

    @Test
    void theLastRowKeepsACellForTheLinesEnd() {
        assertThat(rows("abcde", 5)).as("the cursor after the e needs a cell").containsExactly("abcd", "e");
        assertThat(rows("ab cd", 5)).containsExactly("ab ", "cd");
        assertThat(rows("abcd", 5)).containsExactly("abcd");
        assertThat(rows("\"a\": \"b\",", 9)).as("a comma at the edge").containsExactly("\"a\": ", "\"b\",");
    }

    @Test
    void wideCharactersTakeTwoColumnsAndMarksNone() {
        assertThat(rows("日本語日本語", 5)).containsExactly("日本", "語日", "本語");
        String nfd = "e\u0302\u0301"; // ế, decomposed: one column
        assertThat(rows(nfd.repeat(4), 3)).containsExactly(nfd.repeat(3), nfd);
    }

    @Test
    void columnsAndPositionsWithinARow() {
        String nfd = "e\u0302\u0301";
        String line = nfd.repeat(4);
        SoftWrap.Row first = SoftWrap.rows(line, 0, 3).get(0);
        assertThat(SoftWrap.x(line, first, 6)).isEqualTo(2);
        assertThat(SoftWrap.colAt(line, first, 2)).isEqualTo(6);
        assertThat(SoftWrap.colAt(line, first, 10)).as("past a row the line goes on from: its last cluster").isEqualTo(6);
        SoftWrap.Row last = SoftWrap.rows(line, 0, 3).get(1);
        assertThat(SoftWrap.colAt(line, last, 10)).as("past the last row: the line's end").isEqualTo(12);
    }
}
