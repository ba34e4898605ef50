package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" by the smallest edit distance, ignoring case, within a small budget. */
final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within max(2, length / 4) edits, or null. */
    static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int budget = Math.max(2, w.length() / 4);
        String best = null;
        int bestDistance = budget + 1;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lc.length() - w.length()) >= bestDistance) {
                continue;
            }
            int d = distance(w, lc, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Lint's "; did you mean "X"?" after a name that does not exist, or nothing when {@code candidate} is null. */
    static Text didYouMean(String candidate) {
        return candidate == null ? Text.EMPTY : Text.of("lint.didYouMean", candidate);
    }

    /** Levenshtein distance, giving up (returning limit) once every path exceeds the limit. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
