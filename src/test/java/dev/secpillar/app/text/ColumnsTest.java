package dev.secpillar.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void asciiIsOneColumnEach() {
        assertThat(Columns.width("least privilege")).isEqualTo(15);
    }

    @Test
    void eastAsianWideAndEmojiTakeTwo() {
        assertThat(Columns.width("日本語")).isEqualTo(6);
        assertThat(Columns.width("한국")).isEqualTo(4);
        assertThat(Columns.width("ＡＢ")).isEqualTo(4);
        assertThat(Columns.width("\uD83D\uDD12")).isEqualTo(2); // lock emoji
    }

    @Test
    void combiningMarksAndFormatCharactersTakeNone() {
        assertThat(Columns.width("q\u0301")).isEqualTo(1);
        assertThat(Columns.width("a\u200Bb")).isEqualTo(2);
    }

    @Test
    void clustersKeepMarksWithTheirBase() {
        assertThat(Columns.clusters("aq\u0301b")).containsExactly("a", "q\u0301", "b");
    }

    @Test
    void fitAndTruncateNeverSplitAWideCharacter() {
        assertThat(Columns.fit("日本語", 3)).isEqualTo("日");
        assertThat(Columns.truncate("日本語", 5)).isEqualTo("日本…");
        assertThat(Columns.truncate("short", 10)).isEqualTo("short");
        assertThat(Columns.pad("ab", 4)).isEqualTo("ab  ");
    }
}
