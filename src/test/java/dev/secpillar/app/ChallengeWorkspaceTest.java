package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.progress.JdbcProgressStore;
import dev.secpillar.record.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChallengeWorkspaceTest {
    static final String SOLUTION = Fixture.BASICS_POLICY_SOLUTION;

    @TempDir
    Path temp;
    ProgressStore store;
    CourseApp app;
    ChallengeService service;

    @BeforeEach
    void open() throws Exception {
        Path content = Fixture.copyTo(temp.resolve("content"));
        store = JdbcProgressStore.openSqlite(temp.resolve("data"));
        app = new CourseApp(CourseLoader.load(content), store, Clock.fixed(Instant.parse("2024-05-14T09:00:00Z"), ZoneOffset.UTC));
        service = new ChallengeService(app);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChallengeRecord record() {
        return app.snapshot().challenge("basics-policy").orElseThrow();
    }

    @Test
    void theSolutionStaysHiddenUntilAPassOrAGiveUp() {
        ChallengeWorkspace ws = service.open("basics-policy");
        assertThat(ws.solution()).isEmpty();
        assertThat(ws.check(ws.start()).passed()).isFalse();
        assertThat(ws.solution()).isEmpty();
        String solution = ws.giveUp();
        assertThat(solution).contains("ReadReports");
        assertThat(ws.solution()).contains(solution);
        assertThat(record().gaveUp()).isTrue();
        assertThat(service.open("basics-policy").solution()).as("a give-up is remembered").isPresent();
    }

    @Test
    void hintsAreCountedOneAtATimeAndStayShown() {
        ChallengeWorkspace ws = service.open("basics-policy");
        assertThat(ws.hintsShown()).isEmpty();
        assertThat(ws.nextHint()).contains("Name the action s3:GetObject.");
        assertThat(ws.nextHint()).contains("The reports are under arn:aws:s3:::reports/*.");
        assertThat(ws.nextHint()).isEmpty();
        assertThat(record().hintsUsed()).isEqualTo(2);
        assertThat(service.open("basics-policy").hintsShown()).hasSize(2);
        assertThat(ws.hintsLeft()).isZero();
    }

    @Test
    void aPassIsRecordedOnceAndIsCleanWithoutHints() {
        ChallengeWorkspace ws = service.open("basics-policy");
        ws.check(ws.start());
        assertThat(ws.check(SOLUTION).passed()).isTrue();
        ws.check(SOLUTION);
        ChallengeRecord r = record();
        assertThat(r.checks()).isEqualTo(3);
        assertThat(r.passed()).isTrue();
        assertThat(r.passedClean()).isTrue();
        assertThat(ws.solution()).isPresent();
    }

    @Test
    void aPassAfterAHintIsNotClean() {
        ChallengeWorkspace ws = service.open("basics-policy");
        ws.nextHint();
        ws.check(SOLUTION);
        assertThat(record().passed()).isTrue();
        assertThat(record().passedClean()).isFalse();
    }

    @Test
    void previewsAreNotRecordedUntilTheyPass() {
        ChallengeWorkspace ws = service.open("basics-policy");
        ws.preview(ws.start());
        ws.preview("{ broken");
        assertThat(app.snapshot().challenge("basics-policy")).isEmpty();
        assertThat(ws.preview(SOLUTION).passed()).isTrue();
        ws.preview(SOLUTION);
        assertThat(record().checks()).isEqualTo(1);
        assertThat(record().passed()).isTrue();
    }

    @Test
    void anUnknownChallengeCannotBeOpened() {
        assertThatThrownBy(() -> service.open("nope")).isInstanceOf(ChallengeService.ChallengeUnavailable.class)
                .hasMessage("no challenge 'nope'; 'secpillar list' shows the challenge ids");
    }

    @Test
    void theBriefingAndCaseDetailsDescribeTheWorld() {
        ChallengeWorkspace ws = service.open("basics-policy");
        assertThat(ws.briefing()).contains("You write: the identity policy (JSON).",
                "Limits: no * in the actions an Allow grants.");
        assertThat(ws.caseDetail(0)).contains("principal arn:aws:iam::111122223333:user/alice", "must be   allow");
        assertThat(ws.format().suffix()).isEqualTo("json");
        assertThat(ws.lint(ws.start())).extracting(dev.secpillar.challenge.Finding::severity).contains("limit");
    }
}
