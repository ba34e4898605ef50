package dev.secpillar.badge;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Small wording helpers shared by the criteria, so every message reads the same way. */
final class Words {
    private Words() {}

    /** The day of an instant (UTC), as the record keeps its days. */
    static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** "A", "A and B", "A, B and C" (in the learner's language). */
    static String list(List<String> items, Facts facts) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return facts.say("badge.list.and", String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }

    static String quoted(String s) {
        return "\u201c" + s + "\u201d";
    }
}
