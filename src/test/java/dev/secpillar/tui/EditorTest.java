package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The workspace's built-in editor, driven through the Pilot: paste, undo, selection, long lines. */
class EditorTest extends TuiTestBase {
    /** The workspace of the fixture's policy challenge, story closed, focus in the editor. */
    private Pilot editor(int columns, int rows) {
        return workspace(columns, rows).press(KeyType.Escape);
    }

    private static String text(Pilot p) {
        return ((ChallengeScreen) p.app().screen()).editor().text();
    }

    /** A policy of 40 lines, indented as a formatter would. */
    static String policy40() {
        StringBuilder sb = new StringBuilder("{\n  \"Version\": \"2012-10-17\", \"Statement\": [\n");
        for (int i = 0; i < 4; i++) {
            sb.append("    {\n      \"Sid\": \"Read").append(i).append("\",\n      \"Effect\": \"Allow\",\n")
                    .append("      \"Action\": [\n        \"s3:GetObject\",\n        \"s3:ListBucket\"\n      ],\n")
                    .append("      \"Resource\": \"arn:aws:s3:::reports/*\"\n    }").append(i < 3 ? "," : "").append('\n');
        }
        return sb.append("  ]\n}\n").toString();
    }

    @Test
    void aPastedPolicyIsTheClipboardByteForByteAndOneUndoTakesItBack() {
        Pilot p = editor(80, 24);
        String before = text(p);
        String clipboard = policy40();
        assertThat(clipboard.split("\n")).hasSize(40);
        p.ctrl('a').press(KeyType.Delete).paste(clipboard);
        assertThat(text(p)).isEqualTo(clipboard);
        assertThat(p.shows("      \"Resource\": \"arn:aws:s3:::reports/*\"")).as("no auto-indent").isTrue();
        p.ctrl('z');
        assertThat(text(p)).as("undo after paste: the text before the paste (the selection deleted)").isEqualTo("");
        p.ctrl('z');
        assertThat(text(p)).isEqualTo(before);
        p.ctrl('y').ctrl('y');
        assertThat(text(p)).as("redo").isEqualTo(clipboard);
    }

    @Test
    void aPasteWhileTheCommandsHaveTheFocusGoesToTheEditor() {
        Pilot p = editor(80, 24).press(KeyType.Escape);
        assertThat(p.shows("▶ Cases and commands")).isTrue();
        p.paste("h\n");
        assertThat(text(p)).startsWith("h\n{");
        assertThat(p.shows("Hint 1")).as("pasted letters are never commands").isFalse();
        assertThat(p.shows("▶ Your answer")).isTrue();
    }

    @Test
    void typedEnterKeepsTheIndentButAPastedOneDoesNot() {
        Pilot p = editor(80, 24).press(KeyType.End, true, false);
        p.ctrl('a').press(KeyType.Delete).type("  a").press(KeyType.Enter).type("b");
        assertThat(text(p)).isEqualTo("  a\n  b\n");
        p.ctrl('a').press(KeyType.Delete).paste("  a\nb");
        assertThat(text(p)).isEqualTo("  a\nb\n");
    }

    @Test
    void withSoftWrapOffALongLineScrollsAloneAndTheOtherLinesStayInView() {
        Pilot p = editor(80, 24).alt('z');
        assertThat(p.shows("Soft wrap off")).isTrue();
        String longValue = "x".repeat(200);
        // line 1 is "{": type a 200-column line after it
        p.press(KeyType.End).press(KeyType.Enter).type("\"Long\": \"" + longValue + "\",");
        assertThat(p.shows("\"Version\": \"2012-10-17\",")).as("the other lines are not scrolled away").isTrue();
        assertThat(p.shows("  1  {")).isTrue();
        assertThat(p.shows("‹")).as("the long line shows it is scrolled").isTrue();
        assertThat(p.shows("Ln 2, Col 212")).isTrue();
        p.press(KeyType.ArrowUp);
        assertThat(p.shows("‹")).isFalse();
        assertThat(p.find("\"Long\": \"xxx").orElseThrow().getRow()).isEqualTo(p.rowOf("  2"));
        assertThat(p.line(p.rowOf("  2"))).endsWith("›").as("a line that goes on is marked");
    }

    @Test
    void afterAGiveUpTheSolutionIsADiffAndLLoadsItUndoably() {
        Pilot p = editor(80, 24);
        // a long unbroken word in the answer: the diff wraps it (it used to loop for ever)
        p.press(KeyType.End).press(KeyType.Enter).type("\"Note\": \"" + "x".repeat(150) + "\",");
        String mine = text(p);
        p.press(KeyType.Escape).press('g').press('y');
        assertThat(p.shows("The author's solution (− yours, + the solution's)")).isTrue();
        assertThat(p.shows("│ - \"Note\":")).as("the learner's line, marked").isTrue();
        assertThat(p.shows("│ -       \"Sid\": \"All\",")).isTrue();
        assertThat(p.shows("│ +       \"Sid\": \"ReadReports\",")).as("the solution's line, marked").isTrue();
        assertThat(p.shows("│         \"Effect\": \"Allow\",")).as("a line both have").isTrue();
        p.press('L');
        assertThat(text(p)).contains("\"Sid\": \"ReadReports\"");
        assertThat(p.shows("✓ Passed: 4 of 4 cases")).isTrue();
        assertThat(p.shows("▶ Your answer")).isTrue();
        p.ctrl('z');
        assertThat(text(p)).as("the learner's text is one undo away").isEqualTo(mine);
    }

    @Test
    void ctrlKCutsLinesAndCtrlVPutsThemBack() {
        Pilot p = editor(80, 24);
        String before = text(p);
        p.ctrl('k').ctrl('k');
        assertThat(text(p)).isEqualTo(before.substring(before.indexOf('\n', before.indexOf('\n') + 1) + 1));
        p.press(KeyType.End, true, false).press(KeyType.Enter).ctrl('v');
        assertThat(text(p)).endsWith("}\n" + before.lines().limit(2).collect(Collectors.joining("\n")) + "\n");
        p.ctrl('z').ctrl('z').ctrl('z');
        assertThat(text(p)).as("one undo per run: paste, Enter, the two Ctrl-K").isEqualTo(before);
    }

    @Test
    void shiftArrowsSelectAndCtrlXCtrlVMoveTheText() {
        Pilot p = editor(80, 24);
        // select "{" and the newline after it, cut, go to the end, paste
        p.press(KeyType.ArrowDown, false, true);
        assertThat(((ChallengeScreen) p.app().screen()).editor().selectedText()).isEqualTo("{\n");
        p.ctrl('x');
        assertThat(text(p)).doesNotStartWith("{");
        p.press(KeyType.End, true, false).press(KeyType.Enter).ctrl('v');
        assertThat(text(p)).endsWith("}\n{\n");
        p.ctrl('z');
        assertThat(text(p)).endsWith("\"Resource\": \"*\"\n    }\n  ]\n}\n");
    }

    @Test
    void ctrlCCopiesASelectionAndQuitsWithout() {
        Pilot p = editor(80, 24);
        p.press(KeyType.End, false, true).ctrl('c');
        assertThat(p.finished()).isFalse();
        assertThat(p.shows("Copied.")).isTrue();
        p.press(KeyType.End, true, false).ctrl('v');
        assertThat(text(p)).endsWith("}{\n");
        p.ctrl('c');
        assertThat(p.finished()).isTrue();
    }

    @Test
    void wordMovesAndTabAndTheFocusKey() {
        Pilot p = editor(80, 24).press(KeyType.ArrowDown);
        // line 2 is `  "Version": "2012-10-17",`
        p.press(KeyType.ArrowRight, true, false);
        assertThat(p.shows("Ln 2, Col 4")).isTrue();
        p.press(KeyType.ArrowRight, true, false);
        assertThat(p.shows("Ln 2, Col 11")).isTrue();
        p.press(KeyType.Home).press(KeyType.Home).press(KeyType.Tab);
        assertThat(text(p).lines().skip(1).findFirst().orElseThrow()).startsWith("    \"Version\"");
        p.press(KeyType.F6);
        assertThat(p.shows("▶ Cases and commands")).isTrue();
        p.press(KeyType.F6);
        assertThat(p.shows("▶ Your answer")).isTrue();
        p.ctrl('o');
        assertThat(p.shows("▶ Cases and commands")).isTrue();
        p.press(KeyType.Tab).press(KeyType.F1);
        assertThat(p.shows("Keys: Challenge: editor")).as("F1 lists the editor's keys").isTrue();
        assertThat(p.text()).contains("Ctrl-K again", "two spaces", "(no auto-indent)", "quit at once");
    }

    @Test
    void pageKeysAndCtrlHomeEndReachBothEnds() {
        Pilot p = editor(80, 24).paste(IntStream.range(0, 60).mapToObj(i -> "line " + i).collect(
                Collectors.joining("\n")) + "\n");
        p.press(KeyType.Home, true, false);
        assertThat(p.shows("Ln 1, Col 1")).isTrue();
        p.press(KeyType.PageDown);
        assertThat(p.shows("Ln 12, Col 1")).as(p.text()).isTrue();
        p.press(KeyType.End, true, false);
        long last = text(p).lines().count();
        assertThat(p.shows("Ln " + last + ", Col 2")).isTrue();
        assertThat(p.shows(last + "  }")).isTrue();
    }
}
