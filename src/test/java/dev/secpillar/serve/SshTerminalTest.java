package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.app.CourseApp;
import dev.secpillar.progress.JdbcProgressStore;
import dev.secpillar.tui.Tui;
import dev.secpillar.tui.TuiOptions;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course on an SSH channel's streams, without SSH: what goes over the wire. */
class SshTerminalTest {
    @TempDir
    Path dir;

    /**
     * A learner at the other end: types the next key only once the screen has answered the last
     * one (the terminal flushed a frame), as a person reading the screen would.
     */
    static final class Typist extends InputStream {
        private final byte[] keys;
        private int next;
        private int frames;
        private int framesSeen;

        Typist(String keys) {
            this.keys = keys.getBytes(StandardCharsets.UTF_8);
        }

        final ByteArrayOutputStream screen = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                synchronized (Typist.this) {
                    frames++;
                    Typist.this.notifyAll();
                }
            }
        };

        @Override
        public synchronized int read() throws java.io.IOException {
            if (next == keys.length) {
                return -1;
            }
            try {
                while (frames == framesSeen) {
                    wait();
                }
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            framesSeen = frames;
            return keys[next++];
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    /** Runs the course on a terminal fed these keys, one per frame; returns the bytes sent to the client. */
    byte[] session(String keys) throws Exception {
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dir)) {
            CourseApp app = new CourseApp(WorkshopCourse.course(), store, Clock.systemUTC());
            Typist typist = new Typist(keys);
            InputGuard in = new InputGuard(typist, Clock.systemUTC(), true).start("test");
            SshTerminal terminal = new SshTerminal(in, typist.screen, 100, 30);
            Tui.run(app, terminal, new TuiOptions(true, Optional.empty()));
            return typist.screen.toByteArray();
        }
    }

    @Test
    void aKeySendsWhatChangedNotTheWholeScreen() throws Exception {
        int oneFrame = session("q").length;
        int sevenFrames = session("jkjkjkq").length;
        // Six selection moves send two rows each; redrawing every cell would send seven frames' worth.
        assertThat(sevenFrames).isLessThan(oneFrame * 4);
    }

    @Test
    void theScreenIsGivenBackAsItWas() throws Exception {
        String sent = new String(session("q"), StandardCharsets.UTF_8);
        assertThat(sent).startsWith("\u001b[?1049h"); // alternate screen in
        assertThat(sent).contains("\u001b[?1049l");   // and out again
        assertThat(sent).endsWith("\u001b[?25h");     // with the cursor shown
    }
}
