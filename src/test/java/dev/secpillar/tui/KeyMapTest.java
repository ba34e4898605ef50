package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private static Optional<Msg> key(char c) {
        return KeyMap.translate(new KeyStroke(c, false, false));
    }

    @Test
    void lettersAndArrowsMeanTheSameEverywhere() {
        assertThat(key('j')).contains(new Msg.Key(Command.DOWN, 0, 'j'));
        assertThat(KeyMap.translate(new KeyStroke(KeyType.ArrowDown))).contains(new Msg.Key(Command.DOWN));
        assertThat(key('k')).contains(new Msg.Key(Command.UP, 0, 'k'));
        assertThat(key('n')).contains(new Msg.Key(Command.NEXT, 0, 'n'));
        assertThat(KeyMap.translate(new KeyStroke(KeyType.ArrowRight))).contains(new Msg.Key(Command.NEXT));
        assertThat(key('b')).contains(new Msg.Key(Command.PREVIOUS, 0, 'b'));
        assertThat(KeyMap.translate(new KeyStroke(KeyType.Escape))).contains(new Msg.Key(Command.BACK));
        assertThat(key('q')).contains(new Msg.Key(Command.QUIT, 0, 'q'));
        assertThat(key('?')).contains(new Msg.Key(Command.HELP, 0, '?'));
        assertThat(key(' ')).contains(new Msg.Key(Command.SPACE, 0, ' '));
        assertThat(key('3')).contains(new Msg.Key(Command.NUMBER, 3, '3'));
        assertThat(key('p')).contains(new Msg.Key(Command.PROGRESS, 0, 'p'));
        for (char c : "tfaei".toCharArray()) {
            assertThat(key(c)).as("answer letter " + c).contains(new Msg.Key(Command.LETTER, 0, c));
        }
    }

    @Test
    void ctrlCAndEndOfInputLeave() {
        assertThat(KeyMap.translate(new KeyStroke('c', true, false))).contains(new Msg.Interrupt());
        assertThat(KeyMap.translate(new KeyStroke(KeyType.EOF))).contains(new Msg.Interrupt());
    }

    @Test
    void everythingElseIsIgnored() {
        assertThat(key('x')).isEmpty();
        assertThat(key('0')).isEmpty();
        assertThat(KeyMap.translate(new KeyStroke('j', false, true))).isEmpty();
        assertThat(KeyMap.translate(new KeyStroke('x', true, false))).isEmpty();
        assertThat(KeyMap.translate(new KeyStroke(KeyType.F1))).isEmpty();
        assertThat(KeyMap.translate(new KeyStroke(KeyType.ArrowUp, true, false))).isEmpty();
        assertThat(KeyMap.translate(null)).isEmpty();
    }

    @Test
    void anAltLetterFromTheTerminalIsTypedAsAltNeverAsText() throws Exception {
        // tmux and an SSH client send Alt-Z as ESC and z; Lanterna reads the two as one key
        var decoder = new com.googlecode.lanterna.input.InputDecoder(new java.io.StringReader("\u001bz"));
        decoder.addProfile(new com.googlecode.lanterna.input.DefaultKeyDecodingProfile());
        KeyStroke stroke = decoder.getNextCharacter(true);
        assertThat(stroke.isAltDown()).isTrue();
        Msg typed = KeyMap.typed(stroke).orElseThrow();
        assertThat(typed).isEqualTo(new Msg.Typed(Msg.TypedKey.CHARACTER, 'z', false, false, true));
        assertThat(((Msg.Typed) typed).alt('z')).isTrue();
        assertThat(KeyMap.typed(new KeyStroke('Z', false, true))).as("Alt-Shift-Z too")
                .contains(new Msg.Typed(Msg.TypedKey.CHARACTER, 'z', false, false, true));
        assertThat(KeyMap.typed(new KeyStroke(KeyType.ArrowUp, false, true))).as("other Alt keys").isEmpty();
    }
}
