package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A learner in line mode over SSH cannot open a file on the server in their editor: they paste
 * their answer, the course never points them at the server's folders, and the draft is kept
 * where the full screen keeps it, so it is there in their next session in either mode.
 */
class LineModeAnswersTest extends ServerTestBase {
    @TempDir
    Path content;

    private static final String ANSWER = """
            {"Version": "2012-10-17",
             "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no PTY", "dumb PTY"})
    void aPastedAnswerIsCheckedKeptOnTheServerAndOpensInTheFullScreen(String mode) throws Exception {
        startFixture(content);
        KeyPair key = Learner.newKey();
        boolean pty = mode.equals("dumb PTY");
        String enter = pty ? "\r" : "\n";

        Learner ana = login("ana", key).shell(100, 60, "dumb", pty);
        ana.awaitText("1. Basics").type("1" + enter).awaitText("Choose a lesson or challenge number");
        ana.type("4" + enter).awaitText("Type p to paste your answer here");
        assertThat(ana.screen().text()).doesNotContain("Your answer is in", "Edit it in your editor", "workshop-drafts");

        ana.type("p" + enter).awaitText("a line with only a dot");
        ana.type(ANSWER.replace("\n", enter) + "." + enter).awaitText("4 of 4 cases pass. Passed!");
        assertThat(ana.screen().text()).contains("Your draft is now what you pasted (2 lines)");
        ana.type("v" + enter).awaitText("2 |  \"Statement\"");
        ana.type("b" + enter).type("b" + enter).type("q" + enter);
        log.await("ana disconnected");

        Path draft = dataDir.resolve("workshop-drafts").resolve("ana").resolve("basics-policy.json");
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).isEqualTo(ANSWER);

        // The next session, in the full screen, opens the pasted answer in the editor.
        Learner again = login("ana", key).shell(80, 24);
        again.awaitText("▶ Continue").type("j").enter().awaitText("Challenges");
        again.type("jjj").enter().awaitText("Alice needs to read the quarterly reports");
        again.type("\u001b").awaitText("\"Action\": \"s3:GetObject\"");
    }
}
