package dev.secpillar.policy;

import dev.secpillar.i18n.Rephrase;
import dev.secpillar.i18n.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax messages in the reader's language. Jackson writes English only, in three
 * parts: what it met ("Unexpected character ('x' (code 120))"), sometimes where ("in numeric
 * value"), and after ": " what it wanted ("was expecting comma to separate Object entries").
 * Each part a learner meets while typing JSON is recognised by its English words and said again
 * from the bundles; a part not recognised stays Jackson's English, so nothing is lost. In English
 * the message renders exactly as given.
 */
public final class JacksonWords {
    private static final String VALUE_KINDS = "\\(JSON String, Number.*Array, Object or token 'null', 'true' or 'false'\\)";

    /** What Jackson met; the first sentence of its message opens with one of these. */
    private static final List<Rephrase> HEADS = List.of(
            Rephrase.of("[Uu]nexpected character \\((.+?\\))\\)", m -> Text.of("policy.jackson.unexpected_character", character(m.group(1)))),
            Rephrase.of("Unexpected end-of-input|unexpected end of the text", "policy.jackson.unexpected_end"),
            Rephrase.of("Unexpected close marker ('.')", m -> Text.of("policy.jackson.unexpected_close", m.group(1))),
            Rephrase.of("Unrecognized token ('.*?')(?=: |$)|unrecognized word ('.*?')(?=: |$)",
                    m -> Text.of("policy.jackson.unrecognized_token", m.group(1) != null ? m.group(1) : m.group(2))),
            Rephrase.of("Duplicate field ('.*')$", m -> Text.of("policy.jackson.duplicate_field", m.group(1))),
            Rephrase.of("Unrecognized character escape (.+? \\(code \\d+\\))", m -> Text.of("policy.jackson.bad_escape", character(m.group(1)))),
            Rephrase.of("Illegal unquoted character \\((.+?\\))\\)", m -> Text.of("policy.jackson.unescaped_character", character(m.group(1)))),
            Rephrase.of("Illegal character \\((.+?\\))\\)", m -> Text.of("policy.jackson.illegal_character", character(m.group(1)))),
            Rephrase.of("Invalid numeric value", "policy.jackson.invalid_number"),
            Rephrase.of("Non-standard token ('.*?')(?=: |$)", m -> Text.of("policy.jackson.non_standard", m.group(1))),
            Rephrase.of("Trailing token \\(of type \\w+\\) found after value", "policy.jackson.trailing"));

    /** Where it met it, right after the head. */
    private static final List<Rephrase> PLACES = List.of(
            Rephrase.of(" in numeric value| in a Number value", "policy.jackson.in_number"),
            Rephrase.of(" in field name", "policy.jackson.in_name"),
            Rephrase.of(" in a String value", "policy.jackson.in_string"),
            Rephrase.of(" in a value", "policy.jackson.in_value"),
            Rephrase.of(" in a comment", "policy.jackson.in_comment"),
            Rephrase.of(" in character escape sequence", "policy.jackson.in_escape"),
            Rephrase.of(" within/between (Object|Array) entries", m -> Text.of("policy.jackson.in_entries", m.group(1))));

    /** What it wanted, after ": ". */
    private static final List<Rephrase> TAILS = List.of(
            Rephrase.of("expected ('.')$", m -> Text.of("policy.jackson.expected_close", m.group(1))),
            Rephrase.of("no open (Object|Array) to close$", m -> Text.of("policy.jackson.no_open", m.group(1))),
            Rephrase.of("(expected a valid value |was expecting )" + VALUE_KINDS + "$|expected a value$", "policy.jackson.expected_value"),
            Rephrase.of("was expecting comma to separate (Object|Array) entries$", m -> Text.of("policy.jackson.expected_comma", m.group(1))),
            Rephrase.of("was expecting a colon to separate field name and value$", "policy.jackson.expected_colon"),
            Rephrase.of("was expecting (either valid name character .*or )?double-quote .*to start field name$", "policy.jackson.expected_name_quote"),
            Rephrase.of("was expecting closing quote for a string value$", "policy.jackson.expected_closing_quote"),
            Rephrase.of("expected close marker for (Object|Array)$", m -> Text.of("policy.jackson.expected_close_marker", m.group(1))),
            Rephrase.of("has to be escaped using backslash to be included in string value$", "policy.jackson.escape_in_string"),
            Rephrase.of("has to be escaped using backslash to be included in name$", "policy.jackson.escape_in_name"),
            Rephrase.of("Leading zeroes not allowed$", "policy.jackson.leading_zero"),
            Rephrase.of("expected digit \\(0-9\\) to follow minus sign, for valid numeric value$", "policy.jackson.digit_after_minus"),
            Rephrase.of("expected digit \\(0-9\\) for valid numeric value$|No digit following sign$", "policy.jackson.digit"),
            Rephrase.of("Decimal point not followed by a digit$", "policy.jackson.digit_after_point"),
            Rephrase.of("Exponent indicator not followed by a digit$|expected a digit for number exponent$", "policy.jackson.digit_after_exponent"),
            Rephrase.of("expected a hex-digit for character escape sequence$", "policy.jackson.hex_digit"),
            Rephrase.of("maybe a \\(non-standard\\) comment\\?.*", "policy.jackson.comment"),
            Rephrase.of("JSON spec does not allow numbers to have plus signs.*", "policy.jackson.plus_sign"),
            Rephrase.of("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow$", "policy.jackson.not_a_number"),
            Rephrase.of("only regular white space \\(.*\\) is allowed between tokens.*", "policy.jackson.between_tokens"));

    private static final Pattern PRINTABLE = Pattern.compile("('.+') \\(code (\\d+)( / 0x[0-9a-fA-F]+)?\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

    private JacksonWords() {}

    /** {@code message} already cut to its first sentence; in English it renders exactly as given. */
    public static Text of(String message) {
        return of(message, message);
    }

    /**
     * {@code shown} in English (a reader that shortens Jackson's message, as a challenge answer's
     * does); in other languages the words of {@code full}, Jackson's whole first sentence, so its
     * "was expecting comma …" is said too.
     */
    public static Text of(String shown, String full) {
        Text said = say(full);
        String message = shown;
        // English shows Jackson's message exactly as before ("{0}"); other languages the bundle's words ("{1}")
        return said == null ? Text.plain(message) : Text.of("policy.jackson.either", Text.plain(message), said);
    }

    /** The message in the bundles' words, or null when its opening is not one Jackson's parser writes. */
    private static Text say(String message) {
        Rephrase.Said head = Rephrase.opening(HEADS, message);
        if (head == null) {
            return null;
        }
        Text said = head.text();
        String rest = message.substring(head.end());
        Rephrase.Said place = Rephrase.opening(PLACES, rest);
        if (place != null) {
            said = Text.join(" ", said, place.text());
            rest = rest.substring(place.end());
        }
        if (rest.isEmpty()) {
            return said;
        }
        if (!rest.startsWith(": ")) {
            return Text.join("", said, Text.plain(rest));
        }
        return Text.of("policy.jackson.wanted", said, tail(rest.substring(2)));
    }

    private static Text tail(String english) {
        Rephrase.Said tail = Rephrase.opening(TAILS, english);
        return tail == null ? Text.plain(english) : tail.text();
    }

    /** Jackson's description of a character: "'x' (code 120)" or "(CTRL-CHAR, code 9)". */
    private static Text character(String description) {
        Matcher printable = PRINTABLE.matcher(description);
        if (printable.matches()) {
            return Text.of("policy.jackson.character", printable.group(1), printable.group(2));
        }
        Matcher control = CONTROL.matcher(description);
        if (control.matches()) {
            return Text.of("policy.jackson.control_character", control.group(1));
        }
        return Text.plain(description);
    }
}
