package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.progress.FreshDatabase;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** A workshop on PostgreSQL, end to end; skipped without SECPILLAR_TEST_PG_URL (.ci/run sets it). */
@EnabledIfEnvironmentVariable(named = FreshDatabase.PG_URL_VARIABLE, matches = ".+")
class PostgresWorkshopTest extends ServerTestBase {
    FreshDatabase pg;

    @AfterEach
    void dropSchema() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void twoServersShareOneClass() throws Exception {
        pg = FreshDatabase.postgres();
        start(ClassDatabase.open(pg.url()), options(Optional.empty(), 10, Optional.empty()));
        KeyPair key = Learner.newKey();
        Learner ana = login("ana", key).shell(80, 24).awaitText("0/2 lessons");
        ana.enter().type("n").type("2").type("n").type("n").awaitText("✓ Lesson complete");
        ana.type("\u001b").awaitText("1/2 lessons");
        assertThat(ana.type("q").awaitClosed()).contains(0);

        // A second server on the same database (behind one load balancer, say) knows her and her key.
        try (ClassDatabase other = ClassDatabase.open(pg.url());
             WorkshopServer second = WorkshopServer.start(WorkshopCourse.course(), other, dataDir.resolve("second"),
                     options(Optional.empty(), 10, Optional.empty()), clock, log)) {
            var client2 = Learner.client(second.hostKeyFingerprint());
            try (Learner again = Learner.login(client2, second.port(), "ana", key, Optional.empty()).shell(80, 24)) {
                again.awaitText("1/2 lessons").awaitText("▶ Continue: Second steps");
            } finally {
                client2.stop();
            }
            // and refuses another key for her name
            var client3 = Learner.client(second.hostKeyFingerprint());
            try {
                Learner.login(client3, second.port(), "ana", Learner.newKey(), Optional.empty());
                throw new AssertionError("a second key was let in");
            } catch (Learner.LoginRefused e) {
                assertThat(e.shown).contains("belongs to another SSH key");
            } finally {
                client3.stop();
            }
        }
    }
}
