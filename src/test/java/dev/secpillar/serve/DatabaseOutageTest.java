package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.progress.ConnectionSource;
import dev.secpillar.progress.FlakySource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The database goes away mid-session: the learner is told, and the answer is saved once it is back. */
class DatabaseOutageTest extends ServerTestBase {
    @Test
    void theLearnerSeesProgressNotSavedRetryingAndNothingIsLost() throws Exception {
        FlakySource flaky = new FlakySource(ConnectionSource.sqlite(dataDir.resolve("class.db")));
        start(ClassDatabase.over(flaky), options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(100, 30).awaitText("0/2 lessons");
        ana.enter().awaitText("Step 1 of 3");

        flaky.goDown();
        ana.type("n").awaitText("Who patches the guest OS");
        ana.awaitText("progress not saved, retrying (1 answer waiting)");
        // the learner carries on: the check's feedback shows while its answer waits
        ana.type("2").awaitText("progress not saved, retrying (2 answers waiting)");
        ana.awaitText("The customer looks after the guest operating system");

        flaky.comeBack();
        log.await("ana: the queued progress was saved once the database answered again");
        var snapshot = db.learner("ana").snapshot();
        assertThat(snapshot.stepsSeen("first")).containsExactlyInAnyOrder(0, 1);
        assertThat(flaky.count("SELECT COUNT(*) FROM check_answer WHERE learner = 'ana'")).isEqualTo(1);
        assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("the queued progress was saved"));
        // the session carries on as if nothing happened
        ana.type("n").awaitText("Step 3 of 3");
    }
}
