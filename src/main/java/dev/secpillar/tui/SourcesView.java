package dev.secpillar.tui;

import dev.secpillar.app.SourceLines;
import dev.secpillar.app.text.Columns;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's sources as body rows, for the lesson-done screen and the sources screen (s). An
 * address is never broken across rows, since a broken one can be neither copied nor followed: it
 * has a row of its own, and one wider than the body is drawn from {@code shift} columns in, which
 * &lt; and &gt; move, so all of it can be read.
 */
final class SourcesView {
    /** Columns an address is indented under its title, when it fits. */
    private static final int URL_INDENT = 4;

    /** In the right margin after a cut-off address: there is more, shown with &gt;. */
    static final String MORE = "›";

    private SourcesView() {}

    static List<SourceLines.Line> lines(Course course, Lesson lesson) {
        return SourceLines.of(course, lesson);
    }

    /** The heading and the sources, or nothing for a lesson without any. */
    static List<List<Segment>> rows(Course course, Lesson lesson, int width, Messages words, int shift) {
        List<SourceLines.Line> sources = lines(course, lesson);
        List<List<Segment>> rows = new ArrayList<>();
        if (sources.isEmpty()) {
            return rows;
        }
        rows.addAll(StepView.wrap(words.get("tui.sources.title"), Role.TITLE, width));
        for (SourceLines.Line s : sources) {
            String title = s.isReference() ? words.get("tui.sources.see", s.title()) : s.title();
            List<List<Segment>> wrapped = StepView.wrap(title, Role.TEXT, width, 2);
            for (int i = 0; i < wrapped.size(); i++) {
                List<Segment> r = new ArrayList<>(wrapped.get(i));
                r.set(0, new Segment(i == 0 ? "- " : "  ", Role.BULLET));
                rows.add(r);
            }
            if (!s.isReference()) {
                rows.add(urlRow(s.url(), width, shift));
            }
        }
        return rows;
    }

    /** The widest address, in columns. */
    static int widest(Course course, Lesson lesson) {
        return lines(course, lesson).stream().mapToInt(l -> Columns.width(l.url())).max().orElse(0);
    }

    /** The shift kept within 0 and the widest address's overhang at this width. */
    static int clampShift(int shift, Course course, Lesson lesson, int screenWidth) {
        int most = Math.max(0, widest(course, lesson) - Chrome.bodyWidth(screenWidth));
        return Math.max(0, Math.min(shift, most));
    }

    /** Half the body: how far one &lt; or &gt; moves. */
    static int step(int screenWidth) {
        return Math.max(1, Chrome.bodyWidth(screenWidth) / 2);
    }

    /**
     * A lesson screen whose body scrolls and may hold sources: the header, the rows from
     * {@code scroll}, the note on long addresses, the scroll position.
     */
    static void draw(Canvas c, String title, String right, List<List<Segment>> rows, int scroll, Course course, Lesson lesson) {
        Chrome.header(c, title, right);
        Chrome.scrolledBody(c, rows, scroll, i -> false, () -> sidewaysNote(c, course, lesson));
    }

    /** "< > show the rest of a long address" on the status line, when an address is wider than the body. */
    static void sidewaysNote(Canvas c, Course course, Lesson lesson) {
        if (widest(course, lesson) > Chrome.bodyWidth(c.width)) {
            Chrome.status(c, c.t("tui.sources.sideways"), Role.MUTED);
        }
    }

    /** The address on a row of its own: indented when it fits, else from the margin, shifted when wider still. */
    private static List<Segment> urlRow(String url, int width, int shift) {
        int w = Columns.width(url);
        if (w + URL_INDENT <= width) {
            return List.of(new Segment(" ".repeat(URL_INDENT), Role.TEXT), new Segment(url, Role.MUTED));
        }
        if (w <= width) {
            return List.of(new Segment(url, Role.MUTED));
        }
        int from = Math.min(shift, w - width);
        // addresses are ASCII in practice; fit() keeps a wider character whole if one turns up
        String rest = url.codePoints().skip(from).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        String shown = Columns.fit(rest, width);
        // a row is drawn from the margin's first column, so the marker lands in the right margin, after the address
        return shown.length() < rest.length()
                ? List.of(new Segment(shown, Role.MUTED), new Segment(MORE, Role.KEY))
                : List.of(new Segment(shown, Role.MUTED));
    }
}
