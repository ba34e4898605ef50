package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Course;
import dev.secpillar.course.Positions;
import dev.secpillar.progress.JdbcProgressStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The award pop-up, the badge cabinet (b) and the progress screen (p), driven through the Pilot. */
class BadgeScreensTest extends TuiTestBase {

    private static Course withBadges() {
        Course base = TestCourses.course();
        return new Course(base.title(), base.modules(), base.quizzes(), List.of(
                badge("builder", "Secure Builder", "Finished application security.", List.of("  {</>}", " [_____]"),
                        Map.of("lessons_of_module", "appsec")),
                badge("foundations", "Solid Foundations", "Finished the foundations.", List.of(),
                        Map.of("lessons_of_module", "foundations")),
                badge("both", "Two Modules", "Both badges.", List.of(), Map.of("all", List.of("builder", "foundations"))),
                badge("steady", "Steady", "Three days in a row.", List.of(), Map.of("streak_days", 3L))));
    }

    private static BadgeDefinition badge(String id, String name, String description, List<String> emblem,
                                         Map<String, Object> criteria) {
        return new BadgeDefinition(id, name, description, emblem, criteria, Positions.NONE);
    }

    /** Home, End (Application security), Enter, Enter (its one-page lesson), n: the lesson is done. */
    private static Pilot finishAppsec(Pilot p) {
        return p.press(KeyType.End, KeyType.Enter, KeyType.Enter).press('n');
    }

    @Test
    void anAwardShowsOverTheScreenUntilAKeyIsPressed() {
        Pilot p = finishAppsec(pilot(app(withBadges()), 80, 24, COLOUR));
        assertThat(p.shows("Badge earned")).isTrue();
        assertThat(p.shows("{</>}")).isTrue();
        assertThat(p.shows("[_____]")).isTrue();
        assertThat(p.shows("Secure Builder")).isTrue();
        assertThat(p.shows("Finished application security.")).isTrue();
        assertThat(p.shows("Earned for: Finish every lesson of Application")).isTrue();
        assertThat(p.shows("Press any key to continue")).isTrue();
        assertThat(p.line(0)).as("over the lesson-done screen").contains("Application security");

        p.press(KeyType.Enter);
        assertThat(p.shows("Badge earned")).isFalse();
        assertThat(p.shows("✓ Lesson complete")).as("the key that closed the award did nothing else").isTrue();
    }

    @Test
    void severalAwardsComeOneAfterAnother() {
        CourseApp app = app(withBadges());
        Pilot p = pilot(app, 80, 24, COLOUR);
        // foundations done outside the TUI first, so the last appsec lesson earns two badges at once
        app.finishLesson(app.course().lesson("fnd-shared").orElseThrow());
        app.finishLesson(app.course().lesson("fnd-principles").orElseThrow());
        app.badges().takeNew();
        finishAppsec(p);
        assertThat(p.shows("Secure Builder")).isTrue();
        assertThat(p.shows("Any key: next badge (1 more)")).isTrue();
        p.press('j');
        assertThat(p.shows("Two Modules")).isTrue();
        assertThat(p.shows("Earned for: Earn all of these badges: “Secure Builder”")).isTrue();
        p.press('j');
        assertThat(p.shows("Badge earned")).isFalse();
    }

    @Test
    void aBadgeTheCourseGainedIsAwardedAndShownAtStart() {
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dataDir)) {
            store.recordLessonDone("as-secrets", Instant.parse("2025-01-01T00:00:00Z"));
        }
        Pilot p = pilot(app(withBadges()), 80, 24, COLOUR);
        assertThat(p.shows("Badge earned")).isTrue();
        assertThat(p.shows("Secure Builder")).isTrue();
        p.press('q');
        assertThat(p.finished()).as("q closes the award, it does not quit").isFalse();
        assertThat(p.press('q').finished()).isTrue();
    }

    @Test
    void theCabinetShowsEarnedWithDatesAndLockedWithHowFarAlong() {
        Pilot p = finishAppsec(pilot(app(withBadges()), 80, 24, COLOUR)).press(KeyType.Enter);
        p.press(KeyType.Escape, KeyType.Escape, KeyType.Escape); // lesson done, module, home
        assertThat(p.line(p.rowOf("Continue"))).isNotEmpty();
        p.press('b');
        assertThat(p.line(0)).contains("Badge cabinet").endsWith("1/4 earned");
        assertThat(p.rowOf("Earned")).isLessThan(p.rowOf("✓ Secure Builder"));
        assertThat(p.line(p.rowOf("✓ Secure Builder"))).endsWith("2025-01-02");
        assertThat(p.rowOf("Locked")).isGreaterThan(p.rowOf("✓ Secure Builder"));
        assertThat(p.line(p.rowOf("· Solid Foundations"))).contains("░").endsWith("0/2");
        assertThat(p.shows("Finish every lesson of Security foundations")).isTrue();
        assertThat(p.shows("0 of 2 lessons")).isTrue();
        assertThat(p.shows("1 of 2 badges")).isTrue();
        assertThat(p.shows("current streak 1 of 3 days")).isTrue();

        p.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter);
        assertThat(p.line(0)).contains("Badges › Two Modules").endsWith("Locked");
        assertThat(p.shows("✓ Earn the badge “Secure Builder”")).isTrue();
        assertThat(p.shows("· Earn the badge “Solid Foundations”")).isTrue();
        p.press(KeyType.Escape);
        assertThat(p.line(0)).contains("Badge cabinet");
        p.press('b');
        assertThat(p.shows("▶ Continue")).as("b goes back, as everywhere else").isTrue();
    }

    @Test
    void theProgressScreenShowsModulesStreakBadgesAndTheNextStep() {
        Pilot p = pilot(app(withBadges()), 80, 24, COLOUR).press('p');
        assertThat(p.line(0)).contains("Progress").endsWith("0/10 lessons");
        assertThat(p.line(p.rowOf("Identity and access management"))).endsWith("0/2 lessons");
        assertThat(p.line(p.rowOf("Identity and access management") + 1)).contains("no quiz · challenges 0 of 1 passed");
        assertThat(p.shows("Streak: 0 days in a row now; longest run 0 days; active on 0 days in all.")).isTrue();
        assertThat(p.shows("Badges: 0 of 4 earned")).isTrue();
        assertThat(p.shows("Next: Shared responsibility (secpillar lesson fnd-shared)")).isTrue();
        p.press(KeyType.Enter);
        assertThat(p.line(0)).as("Enter opens the next lesson").contains("Shared responsibility").endsWith("Step 1 of 4");
        p.press(KeyType.Escape);
        assertThat(p.line(0)).as("back on the progress screen, refreshed").contains("Progress");
        assertThat(p.shows("Streak: 1 day in a row now; longest run 1 day; active on 1 day in all.")).isTrue();
    }

    @Test
    void theFooterOfHomeNamesBadgesAndProgress() {
        Pilot p = pilot(app(withBadges()), 80, 24, COLOUR);
        assertThat(p.line(23)).contains("b badges", "p progress", "? help", "q quit");
    }
}
