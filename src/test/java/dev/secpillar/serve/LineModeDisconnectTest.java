package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A line-mode learner (a dumb PTY, read through JLine) who disconnects puts nothing on the
 * instructor's console: JLine's output pump used to print the stack trace of its write to the
 * closed channel ("SshChannelClosedException ... channel already closed") on every disconnect.
 */
class LineModeDisconnectTest extends ServerTestBase {
    @Test
    void aLineModeLearnerLeavingPrintsNothingOnTheServersConsole() throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            start(options(Optional.empty(), 10, Optional.empty()));
            Learner ana = login("ana", Learner.newKey()).shell(80, 24, "dumb", true);
            ana.awaitText("1. Basics");
            ana.close();
            log.await("ana disconnected (0 open)");
            // The pump threads end once the session has closed its terminal; what they print is printed by then.
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().endsWith("pump thread")) {
                    t.join(Learner.WAIT.toMillis());
                }
            }
        } finally {
            System.setErr(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed on the server's stderr").isEmpty();
        assertThat(server.openSessions()).isZero();
    }
}
