package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The editor's text model on its own: no terminal. */
class EditBufferTest {

    private static EditBuffer typed(EditBuffer b, String text) {
        for (char c : text.toCharArray()) {
            b = c == '\n' ? b.newline() : b.type(c);
        }
        return b;
    }

    @Test
    void aRunOfTypingIsOneUndoStepAndAMoveStartsANewOne() {
        EditBuffer b = typed(EditBuffer.of(""), "abc").left(false);
        b = typed(b, "X");
        assertThat(b.text()).isEqualTo("abXc\n");
        assertThat(b.undo().text()).isEqualTo("abc\n");
        assertThat(b.undo().undo().text()).isEqualTo("");
        assertThat(b.undo().undo().redo().redo().text()).isEqualTo("abXc\n");
    }

    @Test
    void anEditAfterUndoDropsTheRedo() {
        EditBuffer b = typed(EditBuffer.of(""), "ab").undo();
        b = typed(b, "z");
        assertThat(b.redo().text()).isEqualTo("z\n");
    }

    @Test
    void backspacesAreOneStepAndTypingReplacesASelection() {
        EditBuffer b = typed(EditBuffer.of(""), "hello world");
        b = b.backspace().backspace().backspace();
        assertThat(b.text()).isEqualTo("hello wo\n");
        assertThat(b.undo().text()).isEqualTo("hello world\n");
        b = b.home(false).wordRight(true);
        assertThat(b.selectedText()).isEqualTo("hello");
        b = b.type('H');
        assertThat(b.text()).isEqualTo("H wo\n");
        assertThat(b.undo().text()).isEqualTo("hello wo\n");
    }

    @Test
    void aSelectionAcrossLinesIsCutAndPastedWhole() {
        EditBuffer b = EditBuffer.of("one\ntwo\nthree\n").right(false).vertical(1, true);
        assertThat(b.selectedText()).isEqualTo("ne\nt");
        b = b.cut();
        assertThat(b.text()).isEqualTo("owo\nthree\n");
        b = b.documentEnd(false).paste();
        assertThat(b.text()).isEqualTo("owo\nthreene\nt\n");
    }

    @Test
    void ctrlKRunsCollectTheLines() {
        EditBuffer b = EditBuffer.of("a\nb\nc\n").cutLine().cutLine();
        assertThat(b.text()).isEqualTo("c\n");
        assertThat(b.clipboard()).isEqualTo("a\nb\n");
        assertThat(b.undo().text()).isEqualTo("a\nb\nc\n");
        assertThat(EditBuffer.of("only\n").cutLine().text()).isEqualTo("");
    }

    @Test
    void aPasteKeepsItsIndentationAndTabsBecomeSpaces() {
        EditBuffer b = EditBuffer.of("    x").end(false).insert("\n{\n\t\"a\": 1\n}");
        assertThat(b.text()).isEqualTo("    x\n{\n  \"a\": 1\n}\n");
        assertThat(b.cursor()).isEqualTo(new EditBuffer.Pos(3, 1));
    }

    @Test
    void upAndDownRememberTheColumnAcrossShortLines() {
        EditBuffer b = EditBuffer.of("long line\n\nlong line\n").end(false).vertical(1, false);
        assertThat(b.cursor()).isEqualTo(new EditBuffer.Pos(1, 0));
        assertThat(b.vertical(1, false).cursor()).isEqualTo(new EditBuffer.Pos(2, 9));
    }

    @Test
    void onlyTheCursorLineScrollsAndItKeepsTheCursorInView() {
        assertThat(EditBuffer.lineOffset(10, 40)).isZero();
        assertThat(EditBuffer.lineOffset(38, 40)).isZero();
        assertThat(EditBuffer.lineOffset(200, 40)).isEqualTo(162);
    }

    @Test
    void replacingTheTextKeepsTheOldOneUndoable() {
        EditBuffer b = EditBuffer.of("mine\n").replacedBy("theirs\n");
        assertThat(b.text()).isEqualTo("theirs\n");
        assertThat(b.undo().text()).isEqualTo("mine\n");
    }
}
