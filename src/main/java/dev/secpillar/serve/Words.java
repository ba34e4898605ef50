package dev.secpillar.serve;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The workshop's words. A learner's session speaks the learner's language (their CourseApp's
 * messages). Before that, while logging in, the server cannot know it: SSH sends the client's
 * environment (LANG, SECPILLAR_LANG) only once a session channel opens, after authentication,
 * so what is said at login is said in every language, English first. The server's own console
 * log is for the operator and stays in English.
 */
final class Words {
    static final Messages LOG = Messages.of(Language.EN);

    private Words() {}

    /** The text in every language the course speaks, one line each, English first. */
    static String both(String key, Object... args) {
        return joined("\n", key, args);
    }

    static String joined(String separator, String key, Object... args) {
        return Arrays.stream(Language.values()).map(l -> Messages.of(l).get(key, args))
                .collect(Collectors.joining(separator));
    }
}
