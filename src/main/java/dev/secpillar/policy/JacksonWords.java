package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import java.util.List;

/**
 * Jackson's syntax messages in the reader's language. Jackson writes English only; its few
 * messages a learner meets while typing JSON (a stray character, text that ends early, a bare
 * word) are recognised by their opening words and said again from the bundles, with Jackson's
 * own description of the character kept as it is. Anything else stays Jackson's English.
 */
public final class JacksonWords {
    private record Known(String english, String key) {}

    private static final List<Known> KNOWN = List.of(
            new Known("Unexpected character", "policy.jackson.unexpected_character"),
            new Known("unexpected character", "policy.jackson.unexpected_character"),
            new Known("Unexpected end-of-input", "policy.jackson.unexpected_end"),
            new Known("unexpected end of the text", "policy.jackson.unexpected_end"),
            new Known("Unexpected close marker", "policy.jackson.unexpected_close"),
            new Known("Unrecognized token", "policy.jackson.unrecognized_token"),
            new Known("unrecognized word", "policy.jackson.unrecognized_token"));

    private JacksonWords() {}

    /** {@code message} already cut to its first sentence; in English it renders exactly as given. */
    public static Text of(String message) {
        for (Known k : KNOWN) {
            if (message.startsWith(k.english())) {
                // English shows Jackson's message exactly as before ("{0}"); other languages the bundle's words ("{1}")
                return Text.of("policy.jackson.either", Text.plain(message), Text.of(k.key(), message.substring(k.english().length())));
            }
        }
        return Text.plain(message);
    }

}
