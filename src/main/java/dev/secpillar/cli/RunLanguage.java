package dev.secpillar.cli;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.LanguageChoice;
import dev.secpillar.progress.DataDirectory;
import dev.secpillar.progress.JdbcProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The language of a run decided from its raw arguments, for what is printed before a command
 * runs (help, usage errors): --lang, then SECPILLAR_LANG, then the learner's saved choice, then
 * the locale, as {@link CourseContext} decides it for the commands themselves. The saved choice
 * is read only when a record already exists: asking for help never creates one.
 */
final class RunLanguage {
    private RunLanguage() {}

    static Language of(Launch launch, String... args) {
        Optional<String> flag = value(args, "--lang");
        try {
            Optional<Language> explicit = LanguageChoice.explicit(flag, launch.env());
            if (explicit.isPresent()) {
                return explicit.get();
            }
        } catch (LanguageChoice.UnknownLanguage e) {
            return LanguageChoice.fromLocale(launch.env());
        }
        return LanguageChoice.resolve(Optional.empty(), launch.env(), saved(launch, args));
    }

    private static Optional<Language> saved(Launch launch, String... args) {
        try {
            Path dir = DataDirectory.resolve(value(args, "--data-dir").map(Path::of), launch.env(), launch.userHome());
            if (!Files.isRegularFile(dir.resolve("progress.db"))) {
                return Optional.empty();
            }
            try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dir)) {
                return store.setting(CourseContext.LANGUAGE_SETTING).flatMap(Language::parse);
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // an unreadable record is reported by the command, not by its help
        }
    }

    /** The value of an option given as "--name VALUE" or "--name=VALUE". */
    static Optional<String> value(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
