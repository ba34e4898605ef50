package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.CourseApp;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every instruction of every shipped challenge can be read whole in the workspace at 80x24 and
 * 100x30: the story and the briefing in the opening box, and the briefing, the hints and every
 * case's name in the panel. A word cut at a pane's edge ("s3:GetObjec") is not on screen as a
 * whole word, so it fails here.
 */
class ShippedChallengesReadTest extends TuiTestBase {

    @ParameterizedTest
    @CsvSource({"80, 24", "100, 30"})
    void everyWordOfEveryChallengeIsOnScreenWhole(int columns, int rows) {
        Course course = CourseLoader.check(Path.of("").toAbsolutePath()).course().orElseThrow();
        CourseApp app = app(course);
        List<String> missing = new ArrayList<>();
        for (Challenge c : course.allChallenges()) {
            ChallengeWorkspace ws = new ChallengeService(app).open(c.id());
            Pilot p = pilot(app, columns, rows, COLOUR.withChallenge(c.id()));
            int inner = Math.max(10, Math.min(columns - 6, 76)); // the box's text width (WorkspaceView.overlay)
            Set<String> story = words(scrolled(p, KeyType.PageDown, (columns - inner - 4) / 2 + 2, inner));
            expect(c.id() + " story box", c.story() + "\n" + String.join("\n", ws.briefing()), story, missing);
            p.press(KeyType.Escape, KeyType.Escape);
            for (int i = 0; i < c.hints().size(); i++) {
                p.press('h');
                if (p.shows("Take a hint?")) { // a challenge a badge needs passed cleanly asks first
                    p.press('y');
                }
                p.press(KeyType.Escape);
            }
            Layout layout = Layout.of(columns, rows);
            Set<String> panel = words(scrolled(p, KeyType.PageDown, layout.panelLeft(), layout.panelWidth()));
            StringBuilder shown = new StringBuilder(String.join("\n", ws.briefing()));
            c.hints().forEach(h -> shown.append('\n').append(h));
            ws.preview(ws.start()).cases().forEach(r -> shown.append('\n').append(r.name()));
            expect(c.id() + " panel", shown.toString(), panel, missing);
            p.close();
        }
        assertThat(missing).as("words not shown whole at " + columns + "x" + rows).isEmpty();
    }

    /** Everything the screen shows in columns [left, left + width) while a key scrolls it to the end. */
    private static String scrolled(Pilot p, KeyType key, int left, int width) {
        StringBuilder all = new StringBuilder(columns(p, left, width));
        String last = p.text();
        for (int i = 0; i < 200; i++) {
            p.press(key);
            String now = p.text();
            if (now.equals(last)) {
                break;
            }
            all.append('\n').append(columns(p, left, width));
            last = now;
        }
        return all.toString();
    }

    private static String columns(Pilot p, int left, int width) {
        StringBuilder sb = new StringBuilder();
        for (String line : p.lines()) {
            sb.append(line.length() <= left ? "" : line.substring(left, Math.min(line.length(), left + width)))
                    .append('\n');
        }
        return sb.toString();
    }

    private static Set<String> words(String screen) {
        Set<String> out = new HashSet<>();
        for (String w : screen.split("[\\s│┌┐└┘─•✓✗]+")) {
            out.add(bare(w));
        }
        out.add(screen.replaceAll("[\\s│]+", "")); // the whole screen run together, for the too-long words
        return out;
    }

    /** A word without the punctuation around it ("s3:GetObject:" in "name: expected" is s3:GetObject). */
    private static String bare(String w) {
        return w.replaceAll("^[\\p{Punct}&&[^/*]]+|[\\p{Punct}&&[^/*]]+$", "");
    }

    private static void expect(String where, String text, Set<String> shown, List<String> missing) {
        // markup marks are not shown: `code` and **bold** appear without them
        String plain = text.replace("`", "").replace("**", "");
        for (String w : plain.split("\\s+")) {
            if (w.isEmpty() || w.equals("-")) {
                continue;
            }
            String word = bare(w);
            if (word.isEmpty() || shown.contains(word)) {
                continue;
            }
            // a word longer than a pane's row can only be broken; it must still be all there, in order
            boolean broken = shown.stream().anyMatch(s -> s.length() > 200 && s.contains(word));
            if (!broken || word.length() < 30) {
                missing.add(where + ": " + w);
            }
        }
    }
}
