package dev.secpillar.app.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts line by line, the whole of the second with the first's lines that differ: what a
 * learner reads after a pass or a give-up, their answer against the author's. Every line of
 * both is there (no hunks to piece together: answers are a screen or two long).
 */
public final class LineDiff {
    private LineDiff() {}

    /** How a line of the diff came to be. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** One line: unchanged, only in the first text, or only in the second. */
    public record Line(Kind kind, String text) {
        /** The line with its mark, as unified diffs write it ("  ", "- ", "+ "). */
        public String marked() {
            return switch (kind) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
            } + text;
        }
    }

    public static List<Line> of(String from, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int pos = d.getSource().getPosition();
            for (; at < pos; at++) {
                out.add(new Line(Kind.SAME, a.get(at)));
            }
            d.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            d.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            at += d.getSource().size();
        }
        for (; at < a.size(); at++) {
            out.add(new Line(Kind.SAME, a.get(at)));
        }
        return out;
    }

    /** True when the texts differ in more than trailing blank space. */
    public static boolean differ(String a, String b) {
        return !lines(a).equals(lines(b));
    }

    private static List<String> lines(String text) {
        String t = text.replace("\r\n", "\n").stripTrailing();
        return t.isEmpty() ? List.of() : List.of(t.split("\n", -1));
    }
}
