package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module screen shows its challenges with kind, status and time, and Continue comes back to one left unfinished. */
class ModuleChallengesTest extends TuiTestBase {
    @TempDir
    Path temp;

    @Test
    void challengesAreListedOpenedAndTheirProgressShown() {
        Pilot p = pilot(fixtureApp(), 80, 24, COLOUR);
        p.press(KeyType.ArrowDown, KeyType.Enter); // module 1, Basics
        assertThat(p.line(0)).contains("Module 1 · Basics");
        assertThat(p.shows("Challenges")).as(p.text()).isTrue();
        String policy = p.line(p.rowOf("Read the reports, nothing else"));
        assertThat(policy).contains("IAM policy · not started · ~10 min");
        assertThat(p.line(p.rowOf("Order things"))).contains("response plan · not started");
        assertThat(p.line(p.rowOf("Second lesson"))).as("the lesson counts its challenge's time").contains("2+");

        // open the policy challenge from the menu, fix one case, leave
        while (!p.line(p.rowOf("Read the reports, nothing else")).contains("IAM policy")
                || p.cellAt("Read the reports, nothing else").getBackgroundColor()
                        .equals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT)) {
            p.press(KeyType.ArrowDown);
        }
        p.press(KeyType.Enter);
        assertThat(p.line(0)).contains("Challenge › Read the reports, nothing else");
        p.press(KeyType.Escape).press(KeyType.Tab);
        p.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown,
                KeyType.ArrowDown, KeyType.End, KeyType.ArrowLeft, KeyType.ArrowLeft, KeyType.Backspace);
        p.type("GetObject");
        p.press(KeyType.Escape, KeyType.Escape);
        assertThat(p.line(0)).contains("Module 1 · Basics");
        assertThat(p.line(p.rowOf("Read the reports, nothing else"))).contains("IAM policy · 3 of 4 cases");
        p.press(KeyType.Home, KeyType.ArrowDown, KeyType.Enter); // the second lesson holds the other challenge
        assertThat(p.line(0)).contains("Second lesson").endsWith("Step 1 of 3");
        p.press(KeyType.ArrowRight).press('2').press(KeyType.ArrowRight);
        assertThat(p.line(0)).endsWith("Step 3 of 3");
        assertThat(p.text()).contains("Not tried yet.", "cases, about 10 min.");
        p.press(KeyType.Escape);

        // home's Continue now comes back to the unfinished challenge before the next lesson
        p.press(KeyType.Escape);
        assertThat(p.shows("▶ Continue: Read the reports, nothing else (challenge)")).as(p.text()).isTrue();
        p.press(KeyType.Home, KeyType.Enter);
        assertThat(p.line(0)).contains("Challenge › Read the reports, nothing else");
    }

    @Test
    void theFirstHintWarnsWhichBadgeItCostsAndTheBadgeSaysWhatItNeeds() throws Exception {
        Path content = Fixture.copyTo(temp.resolve("clean"));
        java.nio.file.Files.writeString(content.resolve("lessons/course.yaml"), """
                  - id: clean
                    name: Clean Hands
                    description: The policy challenge, unaided.
                    criteria: {challenges: {ids: [basics-policy], no_hints: true}}
                """, java.nio.file.StandardOpenOption.APPEND);
        CourseApp app = app(CourseLoader.load(content));
        Pilot p = pilot(app, 100, 30, COLOUR.withChallenge("basics-policy"));
        p.press(KeyType.Escape).press(KeyType.F6).press('h'); // the story closes into the editor; F6 to the commands
        assertThat(p.text()).as(p.text()).contains("Take a hint?", "won't count for Clean Hands",
                "passes (no hints, no give-up). Take it?");
        p.press('n');
        assertThat(p.shows("Name the action s3:GetObject.")).isFalse();
        assertThat(app.snapshot().challenge("basics-policy").map(r -> r.hintsUsed()).orElse(0)).isZero();
        p.press('h').press('y');
        assertThat(p.shows("Hint 1 of 2")).isTrue();
        p.press(KeyType.Escape).press('h');
        assertThat(p.shows("Hint 2 of 2")).as("only the first hint asks").isTrue();
        p.press(KeyType.Escape, KeyType.Escape).press('b');
        while (!p.shows("Clean Hands")) {
            p.press(KeyType.ArrowDown);
        }
        assertThat(p.text()).as(p.text()).contains("clean passes (no hints, no give-up)");
        p.press(KeyType.End, KeyType.Enter);
        assertThat(p.text()).contains("with clean passes (no hints, no give-up)");
    }
}
