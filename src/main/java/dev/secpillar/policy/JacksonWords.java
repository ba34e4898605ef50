package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import java.util.List;
import java.util.function.Function;
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
    /** An English pattern and how to say what it matched. */
    private record Rule(Pattern english, Function<Matcher, Text> say) {
        static Rule of(String regex, Function<Matcher, Text> say) {
            return new Rule(Pattern.compile(regex), say);
        }

        static Rule of(String regex, String key) {
            return of(regex, m -> Text.of(key));
        }
    }

    private static final String VALUE_KINDS = "\\(JSON String, Number.*Array, Object or token 'null', 'true' or 'false'\\)";

    /** What Jackson met; the first sentence of its message opens with one of these. */
    private static final List<Rule> HEADS = List.of(
            Rule.of("[Uu]nexpected character \\((.+?\\))\\)", m -> Text.of("policy.jackson.unexpected_character", character(m.group(1)))),
            Rule.of("Unexpected end-of-input|unexpected end of the text", "policy.jackson.unexpected_end"),
            Rule.of("Unexpected close marker ('.')", m -> Text.of("policy.jackson.unexpected_close", m.group(1))),
            Rule.of("Unrecognized token ('.*?')(?=: |$)|unrecognized word ('.*?')(?=: |$)",
                    m -> Text.of("policy.jackson.unrecognized_token", m.group(1) != null ? m.group(1) : m.group(2))),
            Rule.of("Duplicate field ('.*')$", m -> Text.of("policy.jackson.duplicate_field", m.group(1))),
            Rule.of("Unrecognized character escape (.+? \\(code \\d+\\))", m -> Text.of("policy.jackson.bad_escape", character(m.group(1)))),
            Rule.of("Illegal unquoted character \\((.+?\\))\\)", m -> Text.of("policy.jackson.unescaped_character", character(m.group(1)))),
            Rule.of("Illegal character \\((.+?\\))\\)", m -> Text.of("policy.jackson.illegal_character", character(m.group(1)))),
            Rule.of("Invalid numeric value", "policy.jackson.invalid_number"),
            Rule.of("Non-standard token ('.*?')(?=: |$)", m -> Text.of("policy.jackson.non_standard", m.group(1))),
            Rule.of("Trailing token \\(of type \\w+\\) found after value", "policy.jackson.trailing"));

    /** Where it met it, right after the head. */
    private static final List<Rule> PLACES = List.of(
            Rule.of(" in numeric value| in a Number value", "policy.jackson.in_number"),
            Rule.of(" in field name", "policy.jackson.in_name"),
            Rule.of(" in a String value", "policy.jackson.in_string"),
            Rule.of(" in a value", "policy.jackson.in_value"),
            Rule.of(" in a comment", "policy.jackson.in_comment"),
            Rule.of(" in character escape sequence", "policy.jackson.in_escape"),
            Rule.of(" within/between (Object|Array) entries", m -> Text.of("policy.jackson.in_entries", m.group(1))));

    /** What it wanted, after ": ". */
    private static final List<Rule> TAILS = List.of(
            Rule.of("expected ('.')$", m -> Text.of("policy.jackson.expected_close", m.group(1))),
            Rule.of("no open (Object|Array) to close$", m -> Text.of("policy.jackson.no_open", m.group(1))),
            Rule.of("(expected a valid value |was expecting )" + VALUE_KINDS + "$|expected a value$", "policy.jackson.expected_value"),
            Rule.of("was expecting comma to separate (Object|Array) entries$", m -> Text.of("policy.jackson.expected_comma", m.group(1))),
            Rule.of("was expecting a colon to separate field name and value$", "policy.jackson.expected_colon"),
            Rule.of("was expecting (either valid name character .*or )?double-quote .*to start field name$", "policy.jackson.expected_name_quote"),
            Rule.of("was expecting closing quote for a string value$", "policy.jackson.expected_closing_quote"),
            Rule.of("expected close marker for (Object|Array)$", m -> Text.of("policy.jackson.expected_close_marker", m.group(1))),
            Rule.of("has to be escaped using backslash to be included in string value$", "policy.jackson.escape_in_string"),
            Rule.of("has to be escaped using backslash to be included in name$", "policy.jackson.escape_in_name"),
            Rule.of("Leading zeroes not allowed$", "policy.jackson.leading_zero"),
            Rule.of("expected digit \\(0-9\\) to follow minus sign, for valid numeric value$", "policy.jackson.digit_after_minus"),
            Rule.of("expected digit \\(0-9\\) for valid numeric value$|No digit following sign$", "policy.jackson.digit"),
            Rule.of("Decimal point not followed by a digit$", "policy.jackson.digit_after_point"),
            Rule.of("Exponent indicator not followed by a digit$|expected a digit for number exponent$", "policy.jackson.digit_after_exponent"),
            Rule.of("expected a hex-digit for character escape sequence$", "policy.jackson.hex_digit"),
            Rule.of("maybe a \\(non-standard\\) comment\\?.*", "policy.jackson.comment"),
            Rule.of("JSON spec does not allow numbers to have plus signs.*", "policy.jackson.plus_sign"),
            Rule.of("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow$", "policy.jackson.not_a_number"),
            Rule.of("only regular white space \\(.*\\) is allowed between tokens.*", "policy.jackson.between_tokens"));

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
        for (Rule head : HEADS) {
            Matcher m = head.english().matcher(message);
            if (!m.lookingAt()) {
                continue;
            }
            Text said = head.say().apply(m);
            String rest = message.substring(m.end());
            for (Rule place : PLACES) {
                Matcher p = place.english().matcher(rest);
                if (p.lookingAt()) {
                    said = Text.join(" ", said, place.say().apply(p));
                    rest = rest.substring(p.end());
                    break;
                }
            }
            if (rest.isEmpty()) {
                return said;
            }
            if (!rest.startsWith(": ")) {
                return Text.join("", said, Text.plain(rest));
            }
            return Text.of("policy.jackson.wanted", said, tail(rest.substring(2)));
        }
        return null;
    }

    private static Text tail(String english) {
        for (Rule tail : TAILS) {
            Matcher m = tail.english().matcher(english);
            if (m.lookingAt()) {
                return tail.say().apply(m);
            }
        }
        return Text.plain(english);
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
