package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.content.ContentException;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Soft wrap in the workspace's editor: a long line is seen whole, and the keys go by screen rows. */
class SoftWrapTest extends TuiTestBase {
    @TempDir
    Path temp;

    /** The statement of the issue: at 80x24 its Resource ARN used to be cut after "Resource":. */
    static final String STATEMENT = "    {\"Effect\": \"Allow\", \"Action\": \"lambda:UpdateFunctionCode\", "
            + "\"Resource\": \"arn:aws:lambda:us-east-1:111122223333:function:deploy-*\"}";
    static final String ARN = "\"arn:aws:lambda:us-east-1:111122223333:function:deploy-*\"}";

    private Pilot editor(int columns, int rows, Path drafts) {
        CourseApp app;
        try {
            app = app(CourseLoader.load(Fixture.copyTo(temp.resolve("content"))));
        } catch (ContentException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        return pilot(app, columns, rows, COLOUR.withChallenge("basics-policy").withDrafts(drafts)).press(KeyType.Escape);
    }

    private Pilot editor(int columns, int rows) {
        return editor(columns, rows, temp.resolve("answers"));
    }

    private static String text(Pilot p) {
        return ((ChallengeScreen) p.app().screen()).editor().text();
    }

    /** Rows of the editor pane that go on a wrapped line (the ↪ in the gutter). */
    private static long continuationRows(Pilot p) {
        return p.lines().stream().filter(l -> l.startsWith("  ↪  ")).count();
    }

    /** A policy with the statement as its line 4. */
    static final String POLICY = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n" + STATEMENT + "\n  ]\n}\n";

    /** The editor's rows as shown (the header, with its own "›", left out). */
    private static String editorRows(Pilot p) {
        List<String> lines = p.lines();
        StringBuilder sb = new StringBuilder();
        for (String l : lines.subList(2, lines.size() - 2)) {
            if (l.startsWith("─")) {
                break; // the cases below the editor
            }
            sb.append(l.contains("│") ? l.substring(0, l.indexOf('│')) : l).append('\n'); // beside it
        }
        return sb.toString();
    }

    private static Pilot replaceAll(Pilot p, String text) {
        return p.ctrl('a').press(KeyType.Delete).paste(text);
    }

    @Test
    void aLongResourceLineIsShownWholeOverTwoRowsAndSavedWithoutANewline() throws Exception {
        Path drafts = temp.resolve("answers");
        Pilot p = replaceAll(editor(80, 24, drafts), POLICY);
        assertThat(editorRows(p)).doesNotContain("›");
        int first = p.rowOf("  4      {\"Effect\": \"Allow\"");
        assertThat(p.line(first)).as("broken after the space that follows \"Resource\":").endsWith("\"Resource\":");
        assertThat(p.line(first + 1)).isEqualTo("  ↪  " + ARN);
        assertThat(p.line(first + 2)).startsWith("  5    ]");
        p.press(KeyType.Escape).press(KeyType.Escape);
        assertThat(Files.readString(drafts.resolve("basics-policy.json")))
                .as("soft wrap never puts a newline in the answer").isEqualTo(POLICY);
    }

    @Test
    void upAndDownGoThroughAWrappedLineRowByRowKeepingTheColumn() {
        String words = ("word ".repeat(20)).strip(); // 99 columns: rows of 75 and 24
        Pilot p = replaceAll(editor(80, 24), words + "\nshort\n").press(KeyType.Home, true, false);
        p.press(KeyType.ArrowRight, KeyType.ArrowRight, KeyType.ArrowRight);
        assertThat(p.shows("Ln 1, Col 4")).isTrue();
        p.press(KeyType.ArrowDown);
        assertThat(p.shows("Ln 1, Col 79")).as("the same screen column, on the line's second row").isTrue();
        p.press(KeyType.ArrowDown);
        assertThat(p.shows("Ln 2, Col 4")).isTrue();
        p.press(KeyType.ArrowUp);
        assertThat(p.shows("Ln 1, Col 79")).isTrue();
        p.press(KeyType.ArrowUp);
        assertThat(p.shows("Ln 1, Col 4")).isTrue();
        // a long goal survives a short row: from column 60 down to "short" and down again
        p.press(KeyType.Home).press(KeyType.Home);
        for (int i = 0; i < 60; i++) {
            p.press(KeyType.ArrowRight);
        }
        p.press(KeyType.ArrowDown);
        assertThat(p.shows("Ln 1, Col 100")).as("the second row is shorter: its end").isTrue();
        p.press(KeyType.ArrowDown);
        assertThat(p.shows("Ln 2, Col 6")).isTrue();
        p.press(KeyType.ArrowUp, KeyType.ArrowUp);
        assertThat(p.shows("Ln 1, Col 61")).as("back in the column it started from").isTrue();
    }

    @Test
    void homeAndEndGoToTheScreenRowFirstThenTheLineAndTypingAtTheEndAppends() {
        String words = ("word ".repeat(20)).strip();
        Pilot p = replaceAll(editor(80, 24), words + "\n").press(KeyType.Home, true, false);
        p.press(KeyType.End);
        assertThat(p.shows("Ln 1, Col 75")).as("the row's last character, the space it breaks after").isTrue();
        p.press(KeyType.End);
        assertThat(p.shows("Ln 1, Col 100")).as("again: the line's end").isTrue();
        p.type("!");
        assertThat(text(p)).isEqualTo(words + "!\n");
        assertThat(p.text()).contains("  ↪  word word word word word!");
        p.press(KeyType.Home);
        assertThat(p.shows("Ln 1, Col 76")).as("the start of the second row").isTrue();
        p.press(KeyType.Home);
        assertThat(p.shows("Ln 1, Col 1")).isTrue();
    }

    @Test
    void aVietnameseLineWithCombiningMarksWrapsAtItsDisplayWidth() {
        // decomposed: each "quyền" is 5 columns but 7 chars; 20 of them with spaces take 120 columns
        String word = Normalizer.normalize("quyền", Normalizer.Form.NFD);
        assertThat(word).hasSize(7);
        String line = (word + " ").repeat(20).strip();
        Pilot p = replaceAll(editor(80, 24), line + "\n");
        int first = p.rowOf("quy");
        long onFirst = p.line(first).chars().filter(c -> c == 'q').count();
        long onSecond = p.line(first + 1).chars().filter(c -> c == 'q').count();
        assertThat(onFirst).as("12 words of 6 columns fit in 75, counted in columns, not chars").isEqualTo(12);
        assertThat(onSecond).isEqualTo(8);
        assertThat(p.line(first + 1)).startsWith("  ↪  q");
        p.press(KeyType.ArrowUp).press(KeyType.End);
        assertThat(p.shows("Ln 1, Col " + (line.length() + 1))).as("the column stays the line's").isTrue();
        p.press(KeyType.Home, true, false).press(KeyType.ArrowRight, KeyType.ArrowRight, KeyType.ArrowRight,
                KeyType.ArrowRight);
        assertThat(p.shows("Ln 1, Col 7")).as("→ steps over \"ề\" and its two marks at once").isTrue();
        p.press(KeyType.ArrowLeft);
        assertThat(p.shows("Ln 1, Col 4")).isTrue();
    }

    @Test
    void altZTurnsSoftWrapOffAndTheCutLineIsBack() {
        Pilot p = replaceAll(editor(80, 24), POLICY).press(KeyType.Home, true, false);
        assertThat(editorRows(p)).doesNotContain("›");
        p.alt('z');
        assertThat(p.shows("Soft wrap off")).isTrue();
        assertThat(p.line(p.rowOf("  4  "))).endsWith("\"Resource\":›");
        assertThat(continuationRows(p)).isZero();
        assertThat(text(p)).as("Alt-Z types nothing").isEqualTo(POLICY);
        p.alt('z');
        assertThat(p.shows("Soft wrap on")).isTrue();
        assertThat(editorRows(p)).doesNotContain("›");
        assertThat(continuationRows(p)).isEqualTo(1);
        p.press(KeyType.F1);
        assertThat(p.shows("Alt-Z               soft wrap on or off (a long line over several rows)"))
                .as("the editor's keys list it, whole at 80 columns").isTrue();
    }

    @Test
    void aResizeWrapsTheLinesAgain() {
        Pilot p = replaceAll(editor(80, 24), POLICY);
        assertThat(continuationRows(p)).isEqualTo(1);
        p.resize(100, 30); // side by side: the editor is 59 columns wide
        assertThat(continuationRows(p)).isEqualTo(3);
        List<String> lines = p.lines();
        int first = p.rowOf("  4      {\"Effect\"");
        assertThat(lines.get(first)).startsWith("  4      {\"Effect\": \"Allow\", \"Action\":  ");
        assertThat(lines.get(first + 1)).startsWith("  ↪  \"lambda:UpdateFunctionCode\", \"Resource\":  ");
        assertThat(lines.get(first + 2)).startsWith("  ↪  \"arn:aws:lambda:us-east-1:111122223333:function:");
        assertThat(lines.get(first + 3)).startsWith("  ↪  deploy-*\"}");
        assertThat(editorRows(p)).doesNotContain("›");
        p.resize(80, 24);
        assertThat(continuationRows(p)).isEqualTo(1);
    }

    @Test
    void theCursorsRowStaysInViewWhenALineIsLongerThanThePane() {
        // one line of 40 rows at 80x24 (the pane has 11): the cursor at its end is still shown
        String huge = ("abcd ".repeat(15 * 40)).strip();
        Pilot p = replaceAll(editor(80, 24), huge + "\nlast\n");
        assertThat(p.shows("  2  last")).isTrue();
        p.press(KeyType.Home, true, false);
        assertThat(p.line(2)).startsWith("  1").contains("abcd");
        p.press(KeyType.PageDown).press(KeyType.PageDown);
        assertThat(p.line(2)).as("scrolled by screen rows, inside line 1").startsWith("  ↪  abcd");
        assertThat(p.shows("Ln 1, Col ")).isTrue();
    }
}
