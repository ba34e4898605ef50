package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.util.regex.Pattern;

/** Ids appear in commands and in the progress record, so they stay simple. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Ids() {}

    static void check(String id, SourceRef where, Problems problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(where, "id '" + id + "' must be lower-case letters, digits and '-' (at most 64)");
        }
    }
}
