package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The challenge workspace, driven through the Pilot over a virtual terminal. */
class ChallengeScreenTest extends TuiTestBase {
    @TempDir
    Path temp;

    @Test
    void theWorkspaceOpensWithTheStoryThenShowsEditorAndCases() {
        Pilot p = workspace(80, 24);
        assertThat(p.line(0)).contains("Challenge › Read the reports, nothing else").endsWith("1/4");
        assertThat(p.shows("Alice needs to read the quarterly reports")).isTrue();
        assertThat(p.shows("You write: the identity policy (JSON).")).isTrue();
        assertThat(p.text()).as("what the learner writes is a paragraph, not one more item of the story's list")
                .doesNotContain("• You write").doesNotContain("• Limits");
        p.press(KeyType.Escape);
        assertThat(p.shows("  7        \"Action\": \"s3:*\",")).isTrue();
        assertThat(p.shows("Cases: 1 of 4 pass")).isTrue();
        assertThat(p.shows("✓ reads a report")).isTrue();
        assertThat(p.shows("✗ cannot change reports: s3:PutObject: expected deny, got allow")).isTrue();
        assertThat(p.shows("Allow: your identity policy statement All")).isTrue();
        assertThat(p.shows("▶ Your answer (JSON) · typing")).as("closing the story puts the focus in the editor").isTrue();
        assertThat(p.shows("Esc/F6 commands")).isTrue();
        p.press(KeyType.Escape);
        assertThat(p.shows("▶ Cases and commands")).isTrue();
        assertThat(p.shows("Tab/F6 edit")).as("the hints follow the focus").isTrue();
    }

    @Test
    void typingAnEditTurnsCasesGreenUntilTheChallengePasses() {
        Pilot p = workspace(80, 24).press(KeyType.Escape);
        assertThat(p.shows("Esc/F6 commands")).isTrue();
        // line 7 is `      "Action": "s3:*",`: replace the * by GetObject
        p.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown,
                KeyType.ArrowDown, KeyType.End, KeyType.ArrowLeft, KeyType.ArrowLeft, KeyType.Backspace);
        p.type("GetObject");
        assertThat(p.shows("\"Action\": \"s3:GetObject\",")).isTrue();
        assertThat(p.shows("✓ cannot change reports: s3:PutObject")).as("a case turned green").isTrue();
        assertThat(p.shows("✗ cannot read payroll: expected deny, got allow")).isTrue();
        assertThat(p.line(0)).endsWith("3/4");
        // line 8 is `      "Resource": "*"`: name the reports
        p.press(KeyType.ArrowDown, KeyType.End, KeyType.ArrowLeft, KeyType.Backspace);
        p.type("arn:aws:s3:::reports/*");
        assertThat(p.shows("✓ Passed: 4 of 4 cases")).isTrue();
        assertThat(p.line(0)).endsWith("passed");
        assertThat(p.shows("✓ Passed! Every case is green.")).isTrue();
        var record = p.app().screen() instanceof ChallengeScreen s ? s.ws().record().orElseThrow() : null;
        assertThat(record.passed()).isTrue();
        assertThat(record.passedClean()).isTrue();
        p.press(KeyType.Escape).press('s');
        assertThat(p.shows("The author's solution")).isTrue();
        assertThat(p.shows("\"Sid\": \"ReadReports\",")).isTrue();
    }

    @Test
    void brokenJsonShowsTheErrorAtItsLineAndKeepsTheCases() {
        Pilot p = workspace(80, 24).press(KeyType.Escape);
        p.press(KeyType.ArrowDown, KeyType.End).type("}");
        assertThat(p.shows("✗ line 2, col")).isTrue();
        assertThat(p.shows("JSON syntax error")).isTrue();
        assertThat(p.shows("  2✗")).as("the line is marked in the gutter").isTrue();
        assertThat(p.shows("Cases: 1 of 4 pass (from your last answer that read)")).isTrue();
        p.press(KeyType.Backspace);
        assertThat(p.shows("✗ line 2")).isFalse();
        assertThat(p.shows("Cases: 1 of 4 pass")).isTrue();
    }

    @Test
    void lettersTypeInTheEditorAndCommandInThePanel() {
        Pilot p = workspace(80, 24).press(KeyType.Escape, KeyType.Escape);
        p.press('h');
        assertThat(p.shows("Hint 1 of 2")).isTrue();
        assertThat(p.shows("Name the action s3:GetObject.")).isTrue();
        p.press(KeyType.Escape).press(KeyType.Tab).type("h");
        assertThat(p.shows("Hint 1 of 2")).isFalse();
        assertThat(p.shows("h{")).as("h was typed at the start of line 1").isTrue();
        p.press(KeyType.Backspace).press(KeyType.F6).press(KeyType.PageDown);
        assertThat(p.shows("Hints")).isTrue();
        assertThat(p.shows("1. Name the action s3:GetObject.")).isTrue();
    }

    @Test
    void theSolutionIsHiddenUntilAGiveUpThatIsRecorded() {
        Pilot p = workspace(80, 24).press(KeyType.Escape, KeyType.Escape);
        p.press('s');
        assertThat(p.shows("The solution is shown once you pass, or after you give up (g).")).isTrue();
        p.press('g');
        assertThat(p.shows("Give up and see the author's solution?")).isTrue();
        p.press('n');
        assertThat(p.shows("Give up?")).isFalse();
        p.press('g').press('y');
        assertThat(p.shows("The author's solution")).isTrue();
        assertThat(((ChallengeScreen) p.app().screen()).ws().gaveUp()).isTrue();
    }

    @Test
    void lintFindingsAndCaseDetailsOpenInABox() {
        Pilot p = workspace(80, 24).press(KeyType.Escape, KeyType.Escape);
        p.press('l');
        assertThat(p.shows("Lint")).isTrue();
        assertThat(p.shows("• 7:7: limit: statement All allows \"s3:*\"")).isTrue();
        p.press(KeyType.Escape).press(KeyType.ArrowDown).press(KeyType.Enter);
        assertThat(p.shows("Case 2: cannot change reports: s3:PutObject")).isTrue();
        assertThat(p.shows("action    s3:PutObject")).isTrue();
        assertThat(p.shows("✗ expected deny, got allow")).isTrue();
    }

    @Test
    void theLearnersOwnEditorChangesTheAnswerAndItIsChecked() throws IOException {
        Path solution = temp.resolve("solution.json");
        Files.writeString(solution, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::reports/*\"}]}\n");
        Path script = temp.resolve("fake-editor.sh");
        Files.writeString(script, "#!/bin/sh\ncp '" + solution + "' \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Pilot p = pilot(fixtureApp(), 80, 24, COLOUR.withChallenge("basics-policy").withEditor(List.of(script.toString())));
        p.press(KeyType.Escape, KeyType.Escape).press('e');
        assertThat(p.shows("✓ Passed: 4 of 4 cases")).isTrue();
        assertThat(p.shows("\"Statement\": [{\"Effect\": \"Allow\"")).isTrue();
    }

    @Test
    void withoutAnEditorSetTheLearnerIsTold() {
        Pilot p = workspace(80, 24).press(KeyType.Escape, KeyType.Escape).press('e');
        assertThat(p.shows("Set $VISUAL or $EDITOR to use your own editor (e).")).isTrue();
    }

    @Test
    void aWideTerminalPutsTheCasesBesideTheEditor() {
        Pilot p = workspace(120, 30).press(KeyType.Escape);
        int editorRow = p.rowOf("\"Version\": \"2012-10-17\",");
        int casesRow = p.rowOf("Cases: 1 of 4 pass");
        assertThat(casesRow).isLessThanOrEqualTo(editorRow);
        assertThat(p.shows("│")).isTrue();
        p.resize(80, 24);
        assertThat(p.rowOf("Cases: 1 of 4 pass")).isGreaterThan(p.rowOf("\"Version\": \"2012-10-17\","));
    }

    @Test
    void theLessonsChallengeStepOpensTheWorkspaceAndShowsThePassAfterwards() {
        Pilot p = pilot(fixtureApp(), 80, 24, COLOUR.withLesson("basics-second"));
        p.press('n').press('2').press('n');
        assertThat(p.shows("Order things")).isTrue();
        assertThat(p.shows("Not tried yet.")).isTrue();
        p.press(KeyType.Enter);
        assertThat(p.line(0)).contains("Challenge › Order things");
        p.press(KeyType.Escape);
        assertThat(p.shows("▶ Your plan · choosing")).as("an ordering challenge opens on its list").isTrue();
        p.ctrl('t');
        assertThat(p.shows("▶ Your answer (YAML) · typing")).as("Ctrl-T: the same plan as text").isTrue();
        // line 8, after the comment listing the pool, is "- recover": replace it by the right plan
        // (↓ goes by screen rows: the comment's long lines are wrapped over several)
        for (int i = 0; i < 20 && !p.shows("Ln 8, "); i++) {
            p.press(KeyType.ArrowDown);
        }
        assertThat(p.shows("Ln 8, ")).isTrue();
        p.press(KeyType.End);
        for (int i = 0; i < "- recover".length(); i++) {
            p.press(KeyType.Backspace);
        }
        assertThat(p.shows("✗ line")).as("an empty plan does not read").isTrue();
        p.type("- contain").press(KeyType.Enter).type("- eradicate").press(KeyType.Enter).type("- recover");
        assertThat(p.shows("✓ Passed: 3 of 3 cases")).isTrue();
        p.press(KeyType.Escape, KeyType.Escape);
        assertThat(p.shows("✓ You passed this challenge.")).isTrue();
    }

    @Test
    void anOrderingPlanIsBuiltByMovingItemsAndIsTheSameYamlAsTyped() {
        Pilot p = pilot(fixtureApp(), 80, 24, COLOUR.withChallenge("basics-challenge")).press(KeyType.Escape);
        assertThat(p.shows("Your plan, in order:")).isTrue();
        assertThat(p.shows(" ▶ 1. recover — Recover")).isTrue();
        assertThat(p.shows("contain — Contain the damage")).as("the pool, with what each action does").isTrue();
        p.press(KeyType.ArrowDown).press(KeyType.Enter); // contain goes to the end of the plan
        assertThat(p.shows("2. contain — Contain the damage")).isTrue();
        p.press('u'); // and up, before recover
        assertThat(p.shows("1. contain")).isTrue();
        p.press(KeyType.ArrowDown, KeyType.ArrowDown).press(KeyType.Enter); // eradicate to the end
        p.press(KeyType.ArrowUp, false, true); // Shift-↑ moves it as in an order question
        assertThat(p.shows("✓ Passed: 3 of 3 cases")).isTrue();
        ChallengeScreen s = (ChallengeScreen) p.app().screen();
        assertThat(PlanText.read(s.editor().text()).orElseThrow().ids()).containsExactly("contain", "eradicate", "recover");
        assertThat(s.editor().text()).endsWith("- contain\n- eradicate\n- recover\n");
        assertThat(s.ws().check(s.editor().text()).passed()).as("the text is the answer --check reads").isTrue();
        p.press(KeyType.Enter);
        assertThat(PlanText.read(((ChallengeScreen) p.app().screen()).editor().text()).orElseThrow().ids())
                .as("Enter on a plan item takes it out").containsExactly("contain", "recover");
        p.ctrl('z');
        assertThat(PlanText.read(((ChallengeScreen) p.app().screen()).editor().text()).orElseThrow().ids())
                .as("undo").containsExactly("contain", "eradicate", "recover");
    }

    @Test
    void helpInTheWorkspaceListsTheWorkspacesKeys() {
        Pilot p = workspace(100, 30).press(KeyType.Escape, KeyType.Escape).press('?');
        assertThat(p.shows("Keys: Challenge: commands")).as(p.text()).isTrue();
        assertThat(p.text()).contains("hint", "lint", "give up", "story", "start again").doesNotContain("tick");
        p.press(KeyType.Escape);
        assertThat(p.shows("Keys:")).isFalse();
        assertThat(p.shows("Cases: 1 of 4 pass")).isTrue();
    }
}
