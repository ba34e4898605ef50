package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.secpillar.app.CourseApp;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.ProgressStore;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The entry point, on a virtual terminal with the keys queued before it starts (so the loop
 * never waits): every way out gives the terminal back as it was.
 */
class TuiRunTest extends TuiTestBase {

    private static DefaultVirtualTerminal shell() {
        DefaultVirtualTerminal t = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        t.putString("user@host$ ");
        return t;
    }

    private static void assertRestored(DefaultVirtualTerminal t) {
        assertThat(t.getCharacter(0, 0).getCharacterString()).as("the shell's screen is back").isEqualTo("u");
        assertThat(t.isCursorVisible()).isTrue();
    }

    @Test
    void quitRestoresTheTerminal() throws IOException {
        DefaultVirtualTerminal t = shell();
        t.addInput(new KeyStroke(KeyType.ArrowDown));
        t.addInput(new KeyStroke('q', false, false));
        assertThat(Tui.run(app(), t, COLOUR)).as("q is not an interruption").isFalse();
        assertRestored(t);
    }

    @Test
    void ctrlCInsideALessonQuitsAndRestores() throws IOException {
        DefaultVirtualTerminal t = shell();
        t.addInput(new KeyStroke(KeyType.Enter));
        t.addInput(new KeyStroke('c', true, false));
        assertThat(Tui.run(app(), t, COLOUR)).as("Ctrl-C ends the run as interrupted: exit 130").isTrue();
        assertRestored(t);
    }

    @Test
    void endOfInputQuits() throws IOException {
        DefaultVirtualTerminal t = shell();
        t.addInput(new KeyStroke(KeyType.EOF));
        Tui.run(app(), t, NO_COLOUR);
        assertRestored(t);
    }

    @Test
    void anUnexpectedErrorRestoresTheTerminalAndReachesTheCaller() {
        CourseApp app = new CourseApp(TestCourses.course(), failingStore(), CLOCK);
        DefaultVirtualTerminal t = shell();
        t.addInput(new KeyStroke(KeyType.Enter)); // opening the lesson records a step: the store blows up
        assertThatThrownBy(() -> Tui.run(app, t, COLOUR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk on fire");
        assertRestored(t);
    }

    /** A store with a bug (not a ProgressException): the TUI must not swallow it. */
    private static ProgressStore failingStore() {
        return (ProgressStore) java.lang.reflect.Proxy.newProxyInstance(ProgressStore.class.getClassLoader(),
                new Class<?>[] {ProgressStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "snapshot" -> ProgressSnapshot.EMPTY;
                    case "location" -> "nowhere";
                    case "recordStep" -> throw new IllegalStateException("disk on fire");
                    case "startQuizAttempt" -> 1L;
                    default -> method.getReturnType() == java.util.List.class ? java.util.List.of() : null;
                });
    }
}
