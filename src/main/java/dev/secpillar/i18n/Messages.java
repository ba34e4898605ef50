package dev.secpillar.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words in one language, from UTF-8 {@code messages_LANG.properties} bundles.
 * Patterns are {@link MessageFormat}s; plurals use its choice format
 * ({@code {0,choice,0#no lessons|1#one lesson|1<{0} lessons}}), which covers English and
 * Vietnamese (Vietnamese nouns do not inflect for number), so ICU4J would not earn its weight.
 */
public final class Messages {
    static final String BUNDLE = "dev.secpillar.i18n.messages";
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // No fallback to the JVM's default locale: the learner's language decides, not the machine's.
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, b);
    }

    public Language language() {
        return language;
    }

    /** The text for the key, its arguments put in; the key itself when a bundle lacks it (a test forbids that). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Every key of the bundle (for adapters such as the CLI's help bundle). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    /** Whether the bundle has {@code key} (without building the set of every key, as {@link #keys()} does). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of the key as written, no arguments put in (for texts another formatter reads). */
    public String raw(String key) {
        return bundle.getString(key);
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
