package dev.secpillar.plain;

import dev.secpillar.app.text.Block;
import dev.secpillar.app.text.Markup;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.StyledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Light markup as line mode prints it, for screen readers and pipes: prose wrapped as on
 * screen, but a code block as its lines indented between "Code:" and "End of code." rather
 * than inside a box of line-drawing characters a screen reader would spell out.
 */
final class PlainText {
    private PlainText() {}

    static List<String> lines(String markup, int width) {
        List<String> out = new ArrayList<>();
        List<Block> prose = new ArrayList<>();
        for (Block b : Markup.parse(markup)) {
            if (b instanceof Block.CodeBlock code) {
                flush(prose, width, out);
                if (!out.isEmpty()) {
                    out.add("");
                }
                out.add(code.language().isBlank() ? "Code:" : "Code (" + Sanitizer.cleanLine(code.language()) + "):");
                code.lines().forEach(l -> out.add("    " + Sanitizer.cleanLine(l)));
                out.add("End of code.");
            } else {
                if (prose.isEmpty() && !out.isEmpty()) {
                    out.add("");
                }
                prose.add(b);
            }
        }
        flush(prose, width, out);
        return out;
    }

    private static void flush(List<Block> prose, int width, List<String> out) {
        if (!prose.isEmpty()) {
            MarkupLayout.layout(prose, width).stream().map(StyledLine::plainText).forEach(out::add);
            prose.clear();
        }
    }
}
