package dev.secpillar.i18n;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which language a learner gets: what they asked for on the command line (--lang), else
 * SECPILLAR_LANG, else the language they chose before (their settings), else their locale
 * (the first of LC_ALL, LC_MESSAGES, LANG that is set, as POSIX orders them), else English.
 * Over SSH there is no locale of the learner's: the server's own is never used for them.
 */
public final class LanguageChoice {
    /** The language was named but is not one the course speaks. */
    public static final class UnknownLanguage extends IllegalArgumentException {
        private final String source;
        private final String value;

        UnknownLanguage(String source, String value) {
            super(source + " names an unknown language '" + value + "' (choose " + Language.codes() + ")");
            this.source = source;
            this.value = value;
        }

        public String source() {
            return source;
        }

        public String value() {
            return value;
        }
    }

    private LanguageChoice() {}

    /** For a learner at this terminal. */
    public static Language resolve(Optional<String> flag, Map<String, String> env, Optional<Language> saved) {
        Optional<Language> explicit = explicit(flag, env);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return saved.orElseGet(() -> fromLocale(env));
    }

    /** What was asked for in so many words (--lang, then SECPILLAR_LANG); never the locale. */
    public static Optional<Language> explicit(Optional<String> flag, Map<String, String> env) {
        if (flag.isPresent()) {
            return Optional.of(Language.parse(flag.get()).orElseThrow(() -> new UnknownLanguage("--lang", flag.get())));
        }
        String fromEnv = env.get("SECPILLAR_LANG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Language.parse(fromEnv).orElseThrow(() -> new UnknownLanguage("SECPILLAR_LANG", fromEnv)));
        }
        return Optional.empty();
    }

    /** Vietnamese when the locale that decides messages starts with "vi"; English otherwise. */
    public static Language fromLocale(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip().toLowerCase(java.util.Locale.ROOT).startsWith("vi") ? Language.VI : Language.EN;
            }
        }
        return Language.EN;
    }
}
