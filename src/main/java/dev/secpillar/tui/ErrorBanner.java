package dev.secpillar.tui;

import dev.secpillar.app.text.Columns;
import java.util.List;

/**
 * A problem the learner should know about (the progress database failed, a lesson id is
 * unknown), shown above the footer until the next key. The message comes from the layer that
 * failed and already says what to do; it may be long (it names a file), so it wraps onto at
 * most a third of the screen.
 */
final class ErrorBanner {
    private ErrorBanner() {}

    static void render(Canvas c, String message) {
        int width = Chrome.bodyWidth(c.width);
        List<List<Segment>> lines = StepView.wrap("⚠ " + message, Role.ERROR, width);
        int max = Math.max(1, (c.height - 2) / 3);
        int shown = Math.min(lines.size(), max);
        int top = Chrome.statusRow(c) - shown + 1;
        for (int i = 0; i < shown; i++) {
            String text = lines.get(i).get(0).text();
            if (i == shown - 1 && shown < lines.size()) {
                text = Columns.truncate(text + " …", width);
            }
            c.fillRow(top + i, Role.ERROR);
            c.put(1, top + i, text, Role.ERROR);
        }
    }
}
