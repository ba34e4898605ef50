package dev.secpillar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void everyKeyIsInEveryBundle() {
        Set<String> en = keys(Language.EN);
        for (Language l : Language.values()) {
            Set<String> other = keys(l);
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(en);
            assertThat(missing).as("keys of English missing from " + l).isEmpty();
            assertThat(extra).as("keys of " + l + " that English lacks").isEmpty();
        }
    }

    private static Set<String> keys(Language l) {
        // handleKeySet: this bundle's own keys, not those inherited from its parent
        Messages m = Messages.of(l);
        return l == Language.EN ? new TreeSet<>(Collections.list(m.bundle().getKeys()))
                : new TreeSet<>(((java.util.PropertyResourceBundle) m.bundle()).handleGetObject("language.name") == null
                        ? Set.of() : ownKeys(m));
    }

    private static Set<String> ownKeys(Messages m) {
        java.util.PropertyResourceBundle b = (java.util.PropertyResourceBundle) m.bundle();
        Set<String> out = new TreeSet<>();
        for (String k : Collections.list(b.getKeys())) {
            if (b.handleGetObject(k) != null) {
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void vietnameseIsReadAsUtf8AndPluralsFollowTheLanguage() {
        Messages vi = Messages.of(Language.VI);
        Messages en = Messages.of(Language.EN);
        assertThat(vi.get("answer.true")).isEqualTo("Đúng");
        assertThat(en.get("count.lessons", 1)).isEqualTo("one lesson");
        assertThat(en.get("count.lessons", 12)).isEqualTo("12 lessons");
        assertThat(en.get("count.lessons", 0)).isEqualTo("no lessons");
        assertThat(vi.get("count.lessons", 12)).isEqualTo("12 bài học");
        assertThat(vi.get("count.lessons", 1)).isEqualTo("1 bài học");
        assertThat(vi.get("language.unknown", "--lang", "fr", "en, vi")).isEqualTo("--lang chỉ một ngôn ngữ không có 'fr' (chọn en, vi)");
    }
}
