package dev.secpillar.content;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One English content file as the loader read it: which item it holds, so its translations can be found. */
record Source(Kind kind, String id, String moduleId, Path file) {
    enum Kind { COURSE, MODULE, LESSON, CHALLENGE, QUIZ, PLAYBOOKS }

    /** "06-policy-evaluation.vi.yaml": a translation; the English is "06-policy-evaluation.yaml". */
    static final Pattern TRANSLATION = Pattern.compile("(.+)\\.([a-z]{2,3})\\.yaml");

    static boolean isTranslation(Path file) {
        return TRANSLATION.matcher(file.getFileName().toString()).matches();
    }

    /** The translation of this file into the language, beside it. */
    Path translation(String language) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + "." + language + ".yaml");
    }

    /** The English file a translation file belongs to. */
    static Path englishOf(Path translation) {
        Matcher m = TRANSLATION.matcher(translation.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(translation + " is not a translation file");
        }
        return translation.resolveSibling(m.group(1) + ".yaml");
    }

    static String languageOf(Path translation) {
        Matcher m = TRANSLATION.matcher(translation.getFileName().toString());
        return m.matches() ? m.group(2) : "";
    }
}
