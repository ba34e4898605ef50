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
        assertThat(key('j')).contains(new Msg.Key(Command.DOWN));
        assertThat(KeyMap.translate(new KeyStroke(KeyType.ArrowDown))).contains(new Msg.Key(Command.DOWN));
        assertThat(key('k')).contains(new Msg.Key(Command.UP));
        assertThat(key('n')).contains(new Msg.Key(Command.NEXT));
        assertThat(KeyMap.translate(new KeyStroke(KeyType.ArrowRight))).contains(new Msg.Key(Command.NEXT));
        assertThat(key('b')).contains(new Msg.Key(Command.PREVIOUS));
        assertThat(KeyMap.translate(new KeyStroke(KeyType.Escape))).contains(new Msg.Key(Command.BACK));
        assertThat(key('q')).contains(new Msg.Key(Command.QUIT));
        assertThat(key('?')).contains(new Msg.Key(Command.HELP));
        assertThat(key(' ')).contains(new Msg.Key(Command.SPACE));
        assertThat(key('3')).contains(new Msg.Key(Command.NUMBER, 3));
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
}
