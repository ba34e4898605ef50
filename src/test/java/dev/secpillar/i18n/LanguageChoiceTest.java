package dev.secpillar.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {
    @Test
    void theFlagWinsThenSecpillarLangThenTheSavedChoiceThenTheLocale() {
        Map<String, String> env = Map.of("SECPILLAR_LANG", "en", "LANG", "vi_VN.UTF-8");
        assertThat(LanguageChoice.resolve(Optional.of("vi"), env, Optional.empty())).isEqualTo(Language.VI);
        assertThat(LanguageChoice.resolve(Optional.empty(), env, Optional.of(Language.VI))).isEqualTo(Language.EN);
        assertThat(LanguageChoice.resolve(Optional.empty(), Map.of("LANG", "en_US.UTF-8"), Optional.of(Language.VI)))
                .isEqualTo(Language.VI);
        assertThat(LanguageChoice.resolve(Optional.empty(), Map.of("LANG", "vi_VN.UTF-8"), Optional.empty()))
                .isEqualTo(Language.VI);
        assertThat(LanguageChoice.resolve(Optional.empty(), Map.of(), Optional.empty())).isEqualTo(Language.EN);
    }

    @Test
    void theLocaleFollowsPosixPrecedence() {
        assertThat(LanguageChoice.fromLocale(Map.of("LC_ALL", "C", "LANG", "vi_VN"))).isEqualTo(Language.EN);
        assertThat(LanguageChoice.fromLocale(Map.of("LC_MESSAGES", "vi_VN.UTF-8", "LANG", "en_US"))).isEqualTo(Language.VI);
        assertThat(LanguageChoice.fromLocale(Map.of("LC_ALL", "", "LANG", "vi"))).isEqualTo(Language.VI);
    }

    @Test
    void anUnknownLanguageNamesWhereItCameFromAndTheChoices() {
        assertThatThrownBy(() -> LanguageChoice.resolve(Optional.of("fr"), Map.of(), Optional.empty()))
                .hasMessage("--lang names an unknown language 'fr' (choose en, vi)");
        assertThatThrownBy(() -> LanguageChoice.explicit(Optional.empty(), Map.of("SECPILLAR_LANG", "klingon")))
                .hasMessageContaining("SECPILLAR_LANG names an unknown language 'klingon'");
    }

    @Test
    void codesAreReadLeniently() {
        assertThat(Language.parse("VI")).contains(Language.VI);
        assertThat(Language.parse("vi-VN")).contains(Language.VI);
        assertThat(Language.parse("en_GB.UTF-8")).contains(Language.EN);
        assertThat(Language.parse("vie")).isEmpty();
    }
}
