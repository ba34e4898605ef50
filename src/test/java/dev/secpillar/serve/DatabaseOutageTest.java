package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.progress.ClassDatabase;
import dev.secpillar.progress.ConnectionSource;
import dev.secpillar.progress.Dialect;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The database goes away mid-session: the learner is told, and the answer is saved once it is back. */
class DatabaseOutageTest extends ServerTestBase {
    volatile boolean down;

    @Test
    void theLearnerSeesProgressNotSavedRetryingAndNothingIsLost() throws Exception {
        ConnectionSource real = ConnectionSource.sqlite(dataDir.resolve("class.db"));
        ConnectionSource flaky = new ConnectionSource() {
            @Override
            public <T> T withConnection(Work<T> work) throws SQLException {
                if (down) {
                    throw new SQLTransientConnectionException("Connection to db.example:5432 refused", "08001");
                }
                return real.withConnection(work);
            }

            @Override
            public Dialect dialect() {
                return real.dialect();
            }

            @Override
            public String location() {
                return "jdbc:postgresql://db.example/class";
            }

            @Override
            public void close() {
                real.close();
            }
        };
        start(ClassDatabase.over(flaky), options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(100, 30).awaitText("0/2 lessons");
        ana.enter().awaitText("Step 1 of 3");

        down = true;
        ana.type("n").awaitText("Who patches the guest OS");
        ana.awaitText("progress not saved, retrying (1 answer waiting)");
        // the learner carries on: the check's feedback shows while its answer waits
        ana.type("2").awaitText("progress not saved, retrying (2 answers waiting)");
        ana.awaitText("The customer looks after the guest operating system");

        down = false;
        log.await("ana: the queued progress was saved once the database answered again");
        var snapshot = db.learner("ana").snapshot();
        assertThat(snapshot.stepsSeen("first")).containsExactlyInAnyOrder(0, 1);
        int answers = real.withConnection(c -> {
            try (var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM check_answer WHERE learner = 'ana'")) {
                r.next();
                return r.getInt(1);
            }
        });
        assertThat(answers).isEqualTo(1);
        assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("the queued progress was saved"));
        // the session carries on as if nothing happened
        ana.type("n").awaitText("Step 3 of 3");
    }
}
