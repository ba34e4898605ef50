package dev.secpillar.tui;

import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import java.io.IOException;
import java.util.List;

/**
 * Bracketed paste (xterm's mode 2004): once asked, the terminal wraps pasted text in
 * {@code ESC[200~} … {@code ESC[201~}, so the editor can insert it as it is instead of typing it
 * key by key (where Enter would indent each new line further, and a paste of 40 lines would
 * be re-checked 2,000 times). Lanterna 3.1.5 does not know the mode; this adds the two markers
 * to its key decoder as keys of their own, and {@link Collector} gathers what comes between.
 * A terminal that does not know the mode ignores the request and pastes as typing, as before.
 */
final class BracketedPaste {
    static final String ENABLE = "\u001b[?2004h";
    static final String DISABLE = "\u001b[?2004l";
    private static final String START = "\u001b[200~";
    private static final String END = "\u001b[201~";

    private BracketedPaste() {}

    /** A paste marker as a key: {@code start} opens a paste, else it closes it. */
    static final class Mark extends KeyStroke {
        final boolean start;

        Mark(boolean start) {
            super(KeyType.Unknown, false, false, false);
            this.start = start;
        }
    }

    /** The decoder patterns for the two markers. */
    static final KeyDecodingProfile PROFILE = () -> List.of(new Marker(START, true), new Marker(END, false));

    /** One marker: a prefix of it asks for more input, the whole of it is a {@link Mark}. */
    private record Marker(String marker, boolean start) implements CharacterPattern {
        @Override
        public Matching match(List<Character> seq) {
            if (seq.size() > marker.length()) {
                return null;
            }
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) != marker.charAt(i)) {
                    return null;
                }
            }
            return seq.size() == marker.length() ? new Matching(new Mark(start)) : Matching.NOT_YET;
        }
    }

    /** Teaches a terminal's decoder the markers and asks the terminal to send them (stream terminals only). */
    static void enable(Terminal terminal) throws IOException {
        if (terminal instanceof StreamBasedTerminal t) {
            if (t.getInputDecoder().getPatterns().stream().noneMatch(Marker.class::isInstance)) {
                t.getInputDecoder().addProfile(PROFILE);
            }
            write(t, ENABLE);
        }
    }

    /**
     * Writes a control sequence as it is. Lanterna's putString drops control characters (ESC
     * included), and the terminal's raw write is protected, so it is reached by reflection.
     */
    private static void write(StreamBasedTerminal t, String sequence) throws IOException {
        try {
            java.lang.reflect.Method raw = StreamBasedTerminal.class.getDeclaredMethod("writeToTerminal", byte[].class);
            raw.setAccessible(true);
            raw.invoke(t, (Object) sequence.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            t.flush();
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a Lanterna without the method: pastes arrive as typing, as they did before
        }
    }

    /** Asks the terminal to paste as typing again (before the terminal is given back). */
    static void disable(Terminal terminal) throws IOException {
        if (terminal instanceof StreamBasedTerminal t) {
            write(t, DISABLE);
        }
    }

    /** Gathers the keys between the markers back into the text that was pasted. */
    static final class Collector {
        private StringBuilder text;

        boolean collecting() {
            return text != null;
        }

        /** Takes a key; returns the whole paste when this key ended one. */
        java.util.Optional<String> take(KeyStroke key) {
            if (key instanceof Mark m) {
                if (m.start) {
                    text = new StringBuilder();
                    return java.util.Optional.empty();
                }
                String done = text == null ? "" : text.toString();
                text = null;
                return java.util.Optional.of(done);
            }
            if (text == null) {
                return java.util.Optional.empty();
            }
            switch (key.getKeyType()) {
                case Character -> {
                    if (!key.isCtrlDown() && !key.isAltDown()) {
                        text.append(key.getCharacter());
                    }
                }
                case Enter -> text.append('\n');
                case Tab -> text.append('\t');
                default -> {
                    // a pasted control sequence is not text; it is dropped rather than run as a key
                }
            }
            return java.util.Optional.empty();
        }
    }
}
