package dev.secpillar.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the course speaks. English is the source of every text and the default. */
public enum Language {
    EN("en", Locale.ENGLISH),
    VI("vi", Locale.forLanguageTag("vi"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code used on the command line, in settings and in translation file names ("vi"). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** "vi", "VI", "vi_VN.UTF-8", "vi-VN" all name Vietnamese. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> t.equals(l.code) || t.startsWith(l.code + "_") || t.startsWith(l.code + "-")
                        || t.startsWith(l.code + "."))
                .findFirst();
    }

    /** "en, vi": for messages that list the choices. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}
