package dev.secpillar.policy;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import dev.secpillar.i18n.Text;

/**
 * The words of a lint finding, kept as a bundle key ({@code lint.CODE...}) and its arguments so
 * that the same finding can be shown in any language; an argument that is itself a LintText (a
 * policy kind, a "did you mean") is rendered in the same language. English is the source: a
 * finding's {@link Finding#message()} is its English rendering.
 *
 * @param key the bundle key, or null for a text that has no key of the lint section (then the one
 *     argument is the text itself, the same in every language, or a {@link Text} of another key)
 * @param args the arguments: strings, numbers, or LintTexts
 */
public record LintText(String key, List<Object> args) {
    static final Messages ENGLISH = Messages.of(Language.EN);
    private static final LintText NOTHING = raw("");

    public LintText {
        args = List.copyOf(args);
    }

    static LintText of(String key, Object... args) {
        return new LintText(key, Arrays.asList(args));
    }

    /** A text that has no key (from a reader whose words are not in the lint bundle section). */
    static LintText raw(String text) {
        return new LintText(null, List.of(text));
    }

    /**
     * Words another part of the domain builds with its own keys (the policy reader's problems):
     * shown in the learner's language like the linter's own.
     */
    static LintText from(Text words) {
        return new LintText(null, List.of(words));
    }

    /** An empty argument: a suggestion that has nothing to suggest. */
    static LintText nothing() {
        return NOTHING;
    }

    /** The text in the language of {@code messages}. */
    public String render(Messages messages) {
        if (key == null) {
            return args.get(0) instanceof Text t ? t.render(messages) : (String) args.get(0);
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object a = args.get(i);
            values[i] = a instanceof LintText t ? t.render(messages) : a;
        }
        return messages.get(key, values);
    }

    /** The English text. */
    public String english() {
        return render(ENGLISH);
    }

    /** "; did you mean "X"?" after a name that does not exist, or nothing. */
    static LintText didYouMean(String candidate) {
        return candidate == null ? NOTHING : of("lint.didYouMean", candidate);
    }

    /** "identity policy", "S3 bucket policy", ... */
    static LintText kind(PolicyKind kind) {
        return of("lint.kind." + kind.name());
    }

    /** "an identity policy", "a service control policy", ...: the kind with its article. */
    static LintText aKind(PolicyKind kind) {
        return of("lint.aKind." + kind.name());
    }

    static LintText kind(ResourcePolicyType type) {
        return of("lint.resourceType." + type.name());
    }
}
