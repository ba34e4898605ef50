package dev.secpillar.serve;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The instructor sees the class live, and can open the course themselves. */
class InstructorViewTest extends ServerTestBase {
    @Test
    void theClassViewFollowsALearnerAsTheyProgress() throws Exception {
        java.security.KeyPair bossKey = Learner.newKey();
        start(options(Optional.empty(), 10, Optional.of(new ServeOptions.Instructor("boss", bossKey.getPublic()))));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        Learner boss = login("boss", bossKey).shell(100, 24);
        boss.awaitText("Class · 1 learner").awaitText("Most missed quiz questions");
        boss.screen().await(s -> s.lines().stream().anyMatch(l -> l.startsWith(" ana") && l.contains("0/2")),
                Learner.WAIT, "ana at 0/2");

        ana.enter().type("n").type("2").type("n").type("n").awaitText("✓ Lesson complete");
        // refreshed from the database within a couple of seconds, without a key from the instructor
        boss.screen().await(s -> s.lines().stream().anyMatch(l -> l.startsWith(" ana") && l.contains("1/2")
                && l.contains("Lesson: First steps")), Learner.WAIT, "ana at 1/2");

        // Enter opens the course for the instructor; leaving it comes back to the class
        boss.enter().awaitText("▶ Continue: First steps");
        boss.type("q").awaitText("Class ·");
        boss.type("q").awaitClosed();
    }
}
