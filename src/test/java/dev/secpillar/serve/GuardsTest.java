package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The small gatekeepers of the server: names, the login throttle, the input guard. */
class GuardsTest {
    @Test
    void namesArePlainAsciiNamesInOneCase() {
        assertThat(LearnerName.canonical("Ana")).contains("ana");
        assertThat(LearnerName.canonical("jose.m-2_x")).contains("jose.m-2_x");
        assertThat(LearnerName.canonical("a".repeat(32))).isPresent();
        for (String bad : new String[] {"", " ana", "ana b", "-ana", ".ana", "a'b", "a;b", "x'); DROP TABLE x; --",
                "ana\u0000", "ana\u001b[31m", "ana\u202e", "a".repeat(33),
                // look-alikes and invisibles: Cyrillic a, fullwidth, a Hangul filler, combining marks
                "\u0430na", "\uff41\uff4e\uff41", "ana\u3164", "\u3164", "a" + "\u0301".repeat(31), "jos\u00e9",
                "\u674e\u5c0f\u9f8d", "ana\u200b", "K\u212a"}) {
            assertThat(LearnerName.canonical(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aFewMistakesAreFreeThenEachWaitDoublesAndIsForgottenLater() {
        ServerTestBase.MovableClock clock = new ServerTestBase.MovableClock(Instant.parse("2026-11-28T09:00:00Z"));
        AuthThrottle throttle = new AuthThrottle(3, Duration.ofMinutes(5), Duration.ofMinutes(15), clock);
        throttle.failed("10.0.0.7 as bo");
        throttle.failed("10.0.0.7 as bo");
        assertThat(throttle.blocked("10.0.0.7 as bo")).isFalse();
        throttle.failed("10.0.0.7 as bo");
        assertThat(throttle.waitFor("10.0.0.7 as bo")).contains(Duration.ofSeconds(1));
        assertThat(throttle.blocked("10.0.0.7 as ana")).isFalse(); // another learner at the same address
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked("10.0.0.7 as bo")).isFalse();
        throttle.failed("10.0.0.7 as bo");
        assertThat(throttle.waitFor("10.0.0.7 as bo")).contains(Duration.ofSeconds(2));
        throttle.failed("10.0.0.7 as bo");
        assertThat(throttle.waitFor("10.0.0.7 as bo")).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.7 as bo");
        }
        assertThat(throttle.waitFor("10.0.0.7 as bo")).contains(Duration.ofMinutes(5)); // capped
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blocked("10.0.0.7 as bo")).isFalse();
        throttle.failed("10.0.0.7 as bo");
        assertThat(throttle.blocked("10.0.0.7 as bo")).as("forgotten: free again").isFalse();
    }

    /**
     * Everything the session reads when the client sends the input and then ends, all of it at
     * one instant: the budget does not refill while it is pumped, however slow the machine.
     */
    static String through(String input, boolean crToNewline) throws IOException {
        InputGuard g = new InputGuard(new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), crToNewline, () -> 0L).start("test");
        return new String(g.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void keysPassUntouched() throws IOException {
        assertThat(through("jk\u001b[A\u001b[1;5C\u001bOP\u001b\u001b[B?", false))
                .isEqualTo("jk\u001b[A\u001b[1;5C\u001bOP\u001b\u001b[B?");
    }

    @Test
    void enterArrivesAsNewlineInFullScreen() throws IOException {
        assertThat(through("a\rb", true)).isEqualTo("a\nb");
        assertThat(through("a\rb", false)).isEqualTo("a\rb");
    }

    @Test
    void anOverlongEscapeSequenceIsCutShort() throws IOException {
        String endless = "\u001b[" + "1".repeat(2000) + "~x";
        String out = through(endless, false);
        assertThat(out).hasSize(InputGuard.LONGEST_SEQUENCE + 2).startsWith("\u001b[111").endsWith("~x");
    }

    @Test
    void aFloodBeyondTheBudgetIsDroppedOldestFirst() throws IOException {
        String seen = through("k".repeat(1_000_000) + "?", false);
        // the burst, then the newest byte of each later read of the channel
        assertThat(seen.length()).isLessThan(InputGuard.BURST + InputGuard.CAPACITY);
        assertThat(seen).endsWith("k?"); // the key after the flood is kept
    }

    @Test
    void anEndedGuardReadsAsTheEndAtOnce() throws IOException {
        InputGuard g = new InputGuard(new ByteArrayInputStream(new byte[] {'j'}), Clock.systemUTC(), false).start("test");
        g.end();
        assertThat(g.available()).isEqualTo(1);
        assertThat(g.read()).isEqualTo(-1);
    }

    @Test
    void keysSentJustBeforeTheClientLeavesAreStillRead() throws IOException {
        assertThat(through("q\n", false)).isEqualTo("q\n");
    }

    @Test
    void theClientsEnvironmentChoosesColoursOnlyNeverAProgram() {
        var options = CourseSession.options(java.util.Map.of("TERM", "xterm-256color", "EDITOR", "/bin/sh",
                "VISUAL", "sh -c id"));
        assertThat(options.editor()).isEmpty();
        assertThat(options.colour()).isTrue();
        assertThat(CourseSession.options(java.util.Map.of("TERM", "xterm", "NO_COLOR", "1")).colour()).isFalse();
        assertThat(CourseSession.options(java.util.Map.of("TERM", "vt100")).colour()).isFalse();
    }

    @Test
    void hugeWindowsAreClamped() {
        assertThat(SshTerminal.clamp(100_000, 100_000)).isEqualTo(
                new com.googlecode.lanterna.TerminalSize(SshTerminal.MAX_COLUMNS, SshTerminal.MAX_ROWS));
        assertThat(SshTerminal.clamp(0, -3)).isEqualTo(new com.googlecode.lanterna.TerminalSize(80, 24));
    }
}
