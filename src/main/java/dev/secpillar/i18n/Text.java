package dev.secpillar.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A learner-visible text the domain builds without knowing the learner's language: a message
 * key and its arguments, rendered with {@link Messages} when shown. Arguments that are texts
 * are rendered in the same language; numbers are put in as plain digits (a port is "3389", not
 * "3,389"), except a {@link #count} for a choice format's plural. A {@link #plain} text is shown
 * as it is (a name, an ARN, a policy label).
 */
public final class Text {
    /** English, the language of tests and authors. */
    public static final Messages ENGLISH_MESSAGES = Messages.of(Language.EN);
    /** The empty text: renders as "". */
    public static final Text EMPTY = plain("");

    private final String key;
    private final Object[] args;

    private Text(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** The text of {@code key} in the bundles, with these arguments. */
    public static Text of(String key, Object... args) {
        return new Text(Objects.requireNonNull(key), args.clone());
    }

    /** Words that are the same in every language (ids, ARNs, JSON). */
    public static Text plain(String text) {
        return new Text(null, new Object[] {Objects.requireNonNull(text)});
    }

    /** A number kept as a number, for a choice format ({0,choice,1#one case|1<{0} cases}). */
    public static Object count(long n) {
        return new Count(n);
    }

    /** The parts rendered and joined with {@code separator} (e.g. "; "); empty parts are skipped. */
    public static Text join(String separator, List<Text> parts) {
        return new Text(null, new Object[] {new Joined(separator, List.copyOf(parts))});
    }

    /** "a; b", or whichever of the two is not empty. */
    public static Text join(String separator, Text a, Text b) {
        return join(separator, List.of(a, b));
    }

    private record Count(long n) {}

    private record Joined(String separator, List<Text> parts) {}

    public String render(Messages m) {
        if (key == null) {
            if (args[0] instanceof Joined j) {
                List<String> out = new ArrayList<>();
                for (Text t : j.parts) {
                    String s = t.render(m);
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
                return String.join(j.separator, out);
            }
            return (String) args[0];
        }
        Object[] put = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            put[i] = a instanceof Text t ? t.render(m) : a instanceof Count c ? c.n : a instanceof Number ? a.toString()
                    : a == null ? "null" : a instanceof String ? a : String.valueOf(a);
        }
        return m.get(key, put);
    }

    /** The English text, the source every test and author reads. */
    public String english() {
        return render(ENGLISH_MESSAGES);
    }

    public boolean isEmpty() {
        return english().isEmpty();
    }

    /** The key, or null for a plain or joined text. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && Objects.equals(key, t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(args));
    }
}
