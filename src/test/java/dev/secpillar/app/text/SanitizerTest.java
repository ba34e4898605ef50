package dev.secpillar.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitizerTest {

    @Test
    void plainTextIsReturnedAsIs() {
        String s = "Zero Trust: verify explicitly — 日本語 ok";
        assertThat(Sanitizer.clean(s)).isSameAs(s);
    }

    @Test
    void c0ControlsBecomeCaretNotation() {
        assertThat(Sanitizer.clean("a\u001b[2Jb\u0000c\u0008")).isEqualTo("a^[[2Jb^@c^H");
    }

    @Test
    void delAndC1BecomeVisible() {
        assertThat(Sanitizer.clean("x\u007fy\u0085z\u009b")).isEqualTo("x^?y\uFFFDz\uFFFD");
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreReplaced() {
        assertThat(Sanitizer.clean("a\u202Eb\u2066c\uD800d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(Sanitizer.clean("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void lineEndingsAreNormalizedAndLineModeFlattens() {
        assertThat(Sanitizer.clean("a\r\nb\rc\td")).isEqualTo("a\nb\nc\td");
        assertThat(Sanitizer.cleanLine("a\nb\tc\r")).isEqualTo("a b c ");
    }

    @Test
    void textIsNfcNormalized() {
        assertThat(Sanitizer.clean("e\u0301")).isEqualTo("\u00e9");
    }
}
