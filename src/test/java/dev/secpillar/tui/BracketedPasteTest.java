package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The paste markers as Lanterna's decoder reads them from a terminal's bytes. */
class BracketedPasteTest {

    @Test
    void theMarkersBecomeKeysAndTheCollectorGivesBackThePastedText() throws IOException {
        String bytes = "x\u001b[200~{\n  \"a\": [1,\t2]\n}\u001b[201~y";
        InputDecoder decoder = new InputDecoder(new StringReader(bytes));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(BracketedPaste.PROFILE);
        BracketedPaste.Collector collector = new BracketedPaste.Collector();
        StringBuilder typed = new StringBuilder();
        Optional<String> pasted = Optional.empty();
        KeyStroke k;
        while ((k = decoder.getNextCharacter(false)) != null && k.getKeyType() != KeyType.EOF) {
            if (k instanceof BracketedPaste.Mark || collector.collecting()) {
                Optional<String> done = collector.take(k);
                if (done.isPresent()) {
                    pasted = done;
                }
            } else {
                typed.append(k.getCharacter());
            }
        }
        assertThat(typed.toString()).isEqualTo("xy");
        assertThat(pasted).contains("{\n  \"a\": [1,\t2]\n}");
    }
}
