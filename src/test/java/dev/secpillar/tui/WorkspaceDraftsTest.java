package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.course.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work is never lost: a draft typed in the workspace is there again after every way out (each
 * test reopens it in a new TUI over the same data directory, as a new run of the program would).
 */
class WorkspaceDraftsTest extends TuiTestBase {
    @TempDir
    Path temp;
    Course course;
    Path answers;

    @BeforeEach
    void load() {
        course = fixtureCourse();
        answers = dataDir.resolve("answers");
    }

    private Pilot open(TuiOptions options) {
        CourseApp app = app(course);
        return pilot(app, 80, 24, options.withChallenge("basics-policy").withDrafts(answers)).press(KeyType.Escape);
    }

    private Pilot open() {
        return open(COLOUR);
    }

    /** Line 7 is `"Action": "s3:*",`: make it s3:GetObject (3 of 4 cases then pass). Closing the story puts us in the editor. */
    private static Pilot narrowTheAction(Pilot p) {
        for (int i = 0; i < 6; i++) {
            p.press(KeyType.ArrowDown);
        }
        return p.press(KeyType.End, KeyType.ArrowLeft, KeyType.ArrowLeft, KeyType.Backspace).type("GetObject");
    }

    @ParameterizedTest(name = "quit by {0}")
    @ValueSource(strings = {"Esc", "q", "Ctrl-C", "session end", "shutdown"})
    void aDraftComesBackAfterEveryWayOut(String way) {
        Pilot p = narrowTheAction(open());
        assertThat(p.shows("Cases: 3 of 4 pass")).isTrue();
        Consumer<Pilot> quit = switch (way) {
            case "Esc" -> x -> x.press(KeyType.Escape).press(KeyType.Escape);
            case "q" -> x -> x.press(KeyType.Escape).press('q');
            case "Ctrl-C" -> x -> x.ctrl('c');
            // a served session's end and SIGTERM (the shutdown hook) both stop the loop with no key
            default -> x -> { };
        };
        quit.accept(p);
        p.close();
        Pilot again = open();
        assertThat(again.shows("\"Action\": \"s3:GetObject\",")).as(again.text()).isTrue();
        assertThat(again.shows("Cases: 3 of 4 pass")).isTrue();
        assertThat(again.line(0)).endsWith("3/4");
        assertThat(again.shows("Your saved draft is back: 3 of 4 cases pass.")).isTrue();
    }

    @Test
    void aPassedChallengeReopensOnThePassingAnswer() throws IOException {
        Pilot p = narrowTheAction(open());
        p.press(KeyType.ArrowDown, KeyType.End, KeyType.ArrowLeft, KeyType.Backspace).type("arn:aws:s3:::reports/*");
        assertThat(p.shows("✓ Passed: 4 of 4 cases")).isTrue();
        assertThat(Files.readString(answers.resolve("basics-policy.json")))
                .as("the passing answer is saved at once").contains("arn:aws:s3:::reports/*");
        p.ctrl('c');
        p.close();
        Pilot again = open();
        assertThat(again.shows("✓ Passed: 4 of 4 cases")).isTrue();
        assertThat(again.line(0)).endsWith("passed");
    }

    @Test
    void startingAgainAsksAndKeepsTheDraftInTheHistory() {
        Pilot p = narrowTheAction(open()).press(KeyType.Escape).press('r');
        assertThat(p.shows("Your draft is kept in its")).as(p.text()).isTrue();
        p.press('n');
        assertThat(p.shows("\"Action\": \"s3:GetObject\",")).as("any other key keeps it").isTrue();
        p.press('r').press('y');
        assertThat(p.shows("\"Action\": \"s3:*\",")).isTrue();
        assertThat(p.shows("The starting answer is back.")).isTrue();
        var ws = ((ChallengeScreen) p.app().screen()).ws();
        assertThat(ws.history()).extracting(v -> v.score()).containsExactly("3/4");
        assertThat(ws.history().get(0).text()).contains("s3:GetObject");
    }

    @Test
    void aDraftThatCannotBeSavedKeepsTheLearnerInTheWorkspaceAndSaysWhy() throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(answers, "a file where the answers folder should be");
        Pilot p = narrowTheAction(open()).press(KeyType.Escape).press(KeyType.Escape);
        assertThat(p.shows("Your draft could not be saved")).as(p.text()).isTrue();
        assertThat(p.app().screen()).isInstanceOf(ChallengeScreen.class);
        assertThat(p.shows("\"Action\": \"s3:GetObject\",")).as("the text is still there").isTrue();
    }

    @Test
    void inAWorkshopTheBuiltInEditorIsTheOnlyOne() {
        Pilot p = open(COLOUR.withEditor(List.of("vi")).inWorkshop()).press(KeyType.Escape).press('e');
        assertThat(p.shows("In a workshop the built-in editor is the only one")).isTrue();
    }

    /**
     * The learner's own editor, watched while it is open: a stand-in editor saves one answer,
     * waits until the course has checked it (its version appears in the history), then saves
     * another; both are checked while the editor is still open.
     */
    @Test
    void eChecksEverySaveWhileTheLearnersEditorIsOpen() throws IOException {
        Path firstAnswer = temp.resolve("first.json");
        Files.writeString(firstAnswer, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}\n");
        Path passing = temp.resolve("passing.json");
        Files.writeString(passing, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::reports/*\"}]}\n");
        Path editor = EditorStandIn.write(temp, firstAnswer, passing, answers.resolve("history/basics-policy"));
        Pilot p = open(COLOUR.withEditor(List.of(editor.toString()))).press(KeyType.Escape).press('e');
        assertThat(p.shows("✓ Passed: 4 of 4 cases")).as(p.text()).isTrue();
        var ws = ((ChallengeScreen) p.app().screen()).ws();
        assertThat(ws.history()).extracting(v -> v.score()).containsExactly("3/4", "passed (4/4)");
        assertThat(Files.readString(temp.resolve("editor.log"))).isEqualTo("saved 1\nsaved 2\n");
    }
}
