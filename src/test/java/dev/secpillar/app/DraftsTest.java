package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.challenge.AnswerFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts on disk: the file line mode edits, its history, the debounced saver and the watch. */
class DraftsTest {
    @TempDir
    Path answers;
    /** The course and the record beside the drafts, in a folder JUnit removes too. */
    @TempDir
    Path beside;

    @Test
    void aDraftIsTheAnswerFileAndIsReplacedWhole() throws Exception {
        Drafts drafts = Drafts.in(answers);
        assertThat(drafts.load("c1", AnswerFormat.JSON)).isEmpty();
        drafts.save("c1", AnswerFormat.JSON, "{\"a\": 1}\n");
        drafts.save("c1", AnswerFormat.JSON, "{\"a\": 2}\n");
        assertThat(Files.readString(answers.resolve("c1.json"))).isEqualTo("{\"a\": 2}\n");
        assertThat(drafts.load("c1", AnswerFormat.JSON)).contains("{\"a\": 2}\n");
        try (var files = Files.list(answers)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left").containsExactly("c1.json");
        }
    }

    @Test
    void theHistoryKeepsTheLastTwentyVersionsWithTheirScores() throws Exception {
        Drafts drafts = Drafts.in(answers);
        for (int i = 1; i <= 25; i++) {
            drafts.keep("c1", "text " + i, i % 4, 4, false, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i));
        }
        drafts.keep("c1", "text 25", 1, 4, false, Instant.now());
        var history = drafts.history("c1");
        assertThat(history).hasSize(Drafts.KEPT);
        assertThat(history.get(0).number()).isEqualTo(6);
        assertThat(history.get(19).number()).as("the same text again is not a new version").isEqualTo(25);
        assertThat(history.get(19).text()).isEqualTo("text 25");
        assertThat(history.get(19).score()).isEqualTo("1/4");
        assertThat(Files.exists(answers.resolve("history/c1/025.json"))).isTrue();
        assertThat(Files.exists(answers.resolve("history/c1/005.json"))).isFalse();
        assertThat(new DraftVersion(1, Instant.EPOCH, -1, -1, false, "").score()).isEqualTo("does not read");
        assertThat(new DraftVersion(1, Instant.EPOCH, 4, 4, true, "").score()).isEqualTo("passed (4/4)");
    }

    @Test
    void editsAreSavedOnceTypingPausesOrWithinASecondAndAllOnTheWayOut() throws Exception {
        AtomicLong now = new AtomicLong();
        DraftSaver saver = new DraftSaver(now::get);
        Drafts drafts = Drafts.in(answers);
        ChallengeWorkspace ws = workspace(drafts);
        saver.edited(ws, "a");
        now.addAndGet(100_000_000L);
        assertThat(saver.saveDue()).isEmpty();
        assertThat(Files.exists(answers.resolve("basics-policy.json"))).as("still typing").isFalse();
        // typing on, a key every 200 ms: saved within a second of the first edit all the same
        for (int i = 0; i < 4; i++) {
            now.addAndGet(200_000_000L);
            saver.edited(ws, "ab" + i);
            saver.saveDue();
        }
        assertThat(Files.readString(answers.resolve("basics-policy.json"))).startsWith("ab");
        saver.edited(ws, "final");
        assertThat(saver.unsaved()).isTrue();
        assertThat(saver.saveAll()).isEmpty();
        assertThat(Files.readString(answers.resolve("basics-policy.json"))).isEqualTo("final");
        assertThat(saver.unsaved()).isFalse();
    }

    @Test
    void aWatchHandsOnEachSavedTextOnceEvenWhenTheEditorRenamesOverTheFile() throws Exception {
        Path file = answers.resolve("c1.json");
        Files.writeString(file, "one");
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        try (DraftWatch watch = DraftWatch.start(file, "one", seen::add, seen::add)) {
            Files.writeString(file, "two");
            assertThat(seen.poll(10, TimeUnit.SECONDS)).isEqualTo("two");
            // the way vim and most editors save: a new file renamed over the old one
            Path tmp = answers.resolve("c1.json.swp");
            Files.writeString(tmp, "three");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertThat(seen.poll(10, TimeUnit.SECONDS)).isEqualTo("three");
        }
    }

    private ChallengeWorkspace workspace(Drafts drafts) throws Exception {
        Path content = dev.secpillar.content.Fixture.copyTo(beside.resolve("content"));
        var store = dev.secpillar.progress.JdbcProgressStore.openSqlite(beside.resolve("data"));
        CourseApp app = new CourseApp(dev.secpillar.content.CourseLoader.load(content), store, java.time.Clock.systemUTC());
        return new ChallengeService(app, drafts).open("basics-policy");
    }
}
