package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A learner's draft survives a dropped connection: a laptop lid closed or Wi-Fi lost mid-edit,
 * with no Esc, no q, no SSH goodbye. The draft is on the server's disk, and the same learner
 * finds it in the editor on connecting again.
 */
class DroppedDraftTest extends ServerTestBase {
    @TempDir
    Path content;

    private static final String TYPED = "Alice reads reports";

    @Test
    void aDraftTypedBeforeTheConnectionDropsIsSavedAndComesBack() throws Exception {
        startFixture(content);
        KeyPair key = Learner.newKey();
        Path draft = dataDir.resolve("workshop-drafts").resolve("ana").resolve("basics-policy.json");

        Learner ana = openTheChallenge(key);
        // Everything selected and deleted, then a few words typed: the draft is exactly those words.
        ana.send(new byte[] {0x01, 0x7f}).screen().await(s -> !s.shows("\"Version\""), Learner.WAIT, "an empty editor");
        ana.type(TYPED).awaitText(TYPED);
        dropAbruptly(ana);

        // The server logs the disconnection once the session has ended, its drafts saved.
        log.await("ana disconnected");
        assertThat(draft).as("the draft on the server").exists();
        // the editor saves its text as a text file: the typed words and a final newline
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).isEqualTo(TYPED + "\n");

        // The same learner, connecting again, finds the words in the editor.
        Learner again = openTheChallenge(key);
        again.awaitText(TYPED);
        assertThat(again.screen().text()).doesNotContain("\"Action\": \"s3:*\"");
    }

    /**
     * The server stopping (the instructor's Ctrl-C) ends every session as a dropped connection
     * does, and waits for them: when it has stopped, the draft being typed is on disk and the
     * session has closed the learner's record, so the database and the data folder can go.
     */
    @Test
    void aDraftTypedWhenTheServerStopsIsSavedBeforeItHasStopped() throws Exception {
        startFixture(content);
        Path draft = dataDir.resolve("workshop-drafts").resolve("ana").resolve("basics-policy.json");
        Learner ana = openTheChallenge(Learner.newKey());
        ana.send(new byte[] {0x01, 0x7f}).screen().await(s -> !s.shows("\"Version\""), Learner.WAIT, "an empty editor");
        ana.type(TYPED).awaitText(TYPED);

        server.close();

        assertThat(log.lines()).as("the server's log once it has stopped").anyMatch(l -> l.contains("ana disconnected"));
        assertThat(draft).as("the draft on the server").exists();
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).isEqualTo(TYPED + "\n");
    }

    /**
     * Without the interrupt, ending the input is what wakes a session whose connection dropped:
     * in line mode (no PTY, and a dumb PTY read by JLine) and in the full screen alike, the
     * session ends and its place in the workshop is free again.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no PTY", "dumb PTY", "full screen"})
    void aDroppedSessionEndsInEveryMode(String mode) throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        Learner ana = switch (mode) {
            case "no PTY" -> login("ana", Learner.newKey()).shell(80, 24, "xterm", false);
            case "dumb PTY" -> login("ana", Learner.newKey()).shell(80, 24, "dumb", true);
            default -> login("ana", Learner.newKey()).shell(80, 24);
        };
        ana.awaitText(mode.equals("full screen") ? "0/2 lessons" : "1. Basics");
        assertThat(server.openSessions()).isEqualTo(1);
        dropAbruptly(ana);
        log.await("ana disconnected (0 open)");
        assertThat(server.openSessions()).isZero();
    }

    /** Logs in at 80x24 and opens the first module's policy challenge with keys, as a learner would. */
    private Learner openTheChallenge(KeyPair key) {
        Learner l = login("ana", key).shell(80, 24);
        l.awaitText("▶ Continue").type("j").enter().awaitText("Challenges");
        l.type("jjj").enter().awaitText("Alice needs to read the quarterly reports");
        // Esc closes the story; the editor has the focus.
        return l.type("\u001b").awaitText("· typing");
    }

    /** Closes the TCP connection under the SSH session: no channel close, no disconnect message. */
    private static void dropAbruptly(Learner l) throws IOException {
        l.session.getIoSession().close(true);
    }
}
