package dev.secpillar.i18n;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One English wording a library writes (Jackson's and SnakeYAML's syntax messages are English
 * only) and how to say what it matched from the bundles. A list of them recognises a message by
 * its English words, first rule first; a message no rule recognises is left to the caller, which
 * keeps the library's English so nothing is lost.
 */
public record Rephrase(Pattern english, Function<Matcher, Text> say) {
    public static Rephrase of(String regex, Function<Matcher, Text> say) {
        return new Rephrase(Pattern.compile(regex), say);
    }

    /** A wording whose restatement takes nothing from the match. */
    public static Rephrase of(String regex, String key) {
        return of(regex, m -> Text.of(key));
    }

    /** What a rule said, and where in the English its match ended. */
    public record Said(Text text, int end) {}

    /** The words of the first rule that recognises the opening of {@code english}, or null. */
    public static Said opening(List<Rephrase> rules, String english) {
        for (Rephrase rule : rules) {
            Matcher m = rule.english().matcher(english);
            if (m.lookingAt()) {
                return new Said(rule.say().apply(m), m.end());
            }
        }
        return null;
    }

    /** The words of the first rule that recognises the whole of {@code english}, or null. */
    public static Text whole(List<Rephrase> rules, String english) {
        for (Rephrase rule : rules) {
            Matcher m = rule.english().matcher(english);
            if (m.matches()) {
                return rule.say().apply(m);
            }
        }
        return null;
    }
}
