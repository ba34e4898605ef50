package dev.secpillar.plain;

import dev.secpillar.app.text.Columns;
import dev.secpillar.app.text.Sanitizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a line longer than the terminal at spaces, measured in display columns, the rest of it
 * hanging under its text ("16. A permissions boundary …" continues under "A"). Left alone, the
 * terminal would break it mid-word ("a" / "bout 35 min"). A word longer than the line stays
 * whole (an address is never split), and so do lines of code, which are printed verbatim.
 */
final class LineWrap {
    private LineWrap() {}

    /** Indentation, then a list marker: "12. ", "c. ", "- ", "• ", "✓ ", and a case's "✗  5. ". */
    private static final Pattern LEAD = Pattern.compile("^ *(?:(?:\\d{1,3}|[a-z])\\. +|[-•✓✗] +(?:\\d{1,3}\\. +)?)?");

    /**
     * Prints text (content, names, policies: never raw escapes) line by line, each wrapped at
     * spaces to {@code width}: the line modes' "say".
     */
    static void say(PrintWriter out, String text, int width) {
        for (String part : Sanitizer.clean(text).split("\n", -1)) {
            wrap(part, width).forEach(out::println);
        }
        out.flush();
    }

    static List<String> wrap(String line, int width) {
        if (Columns.width(line) <= width) {
            return List.of(line);
        }
        Matcher lead = LEAD.matcher(line);
        lead.lookingAt();
        int hang = Columns.width(lead.group());
        String indent = " ".repeat(hang > width / 2 ? 0 : hang);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(lead.group());
        int columns = hang;
        boolean words = false;
        for (String word : line.substring(lead.end()).split(" ", -1)) {
            int w = Columns.width(word);
            if (words && columns + 1 + w > width && !word.isEmpty()) {
                out.add(current.toString().stripTrailing());
                current = new StringBuilder(indent).append(word);
                columns = indent.length() + w;
            } else if (!words) {
                current.append(word);
                columns += w;
                words = !word.isEmpty();
            } else {
                current.append(' ').append(word);
                columns += 1 + w;
            }
        }
        out.add(current.toString());
        return out;
    }
}
