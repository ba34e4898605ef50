package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.progress.JdbcProgressStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Awards through the real store: in the event's transaction, and exactly once whatever repeats or races. */
class AwardingTest {
    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final Course course = TestCourse.with(
            TestCourse.badge("iam", Map.of("lessons_of_module", "iam")),
            TestCourse.badge("ir", Map.of("lessons_of_module", "ir")),
            TestCourse.badge("guardian", Map.of("all", List.of("iam", "ir"))),
            TestCourse.badge("clean", Map.of("challenges_of", Map.of("module", "iam", "kind", "policy", "no_hints", true))));

    private JdbcProgressStore open() {
        JdbcProgressStore store = JdbcProgressStore.openSqlite(dir);
        store.setAwardRule(BadgeRules.of(course));
        return store;
    }

    @Test
    void theEventThatEarnsABadgeReturnsItAndCommitsItWithTheEvent() {
        try (JdbcProgressStore store = open()) {
            assertThat(store.recordLessonDone("iam-1", T)).isEmpty();
            assertThat(store.recordLessonDone("iam-2", T.plusSeconds(60))).containsExactly("iam");
            assertThat(store.snapshot().badges()).containsEntry("iam", T.plusSeconds(60));
        }
    }

    @Test
    void aRepeatedEventARestartAndAReEvaluationNeverAwardTwice() {
        try (JdbcProgressStore store = open()) {
            store.recordLessonDone("iam-1", T);
            assertThat(store.recordLessonDone("iam-2", T)).containsExactly("iam");
            assertThat(store.recordLessonDone("iam-2", T.plusSeconds(5))).isEmpty();
            assertThat(store.recordStep("iam-2", 0, T.plusSeconds(6))).isEmpty();
            assertThat(store.awardEarned(T.plusSeconds(7))).isEmpty();
        }
        try (JdbcProgressStore again = open()) {
            assertThat(again.awardEarned(T.plusSeconds(8))).isEmpty();
            assertThat(again.snapshot().badges()).containsOnlyKeys("iam").containsEntry("iam", T);
        }
    }

    @Test
    void aBadgeOfBadgesComesInTheSameTransactionAsTheLastOne() {
        try (JdbcProgressStore store = open()) {
            store.recordLessonDone("iam-1", T);
            store.recordLessonDone("iam-2", T);
            assertThat(store.recordLessonDone("ir-1", T)).containsExactlyInAnyOrder("ir", "guardian");
        }
    }

    @Test
    void challengeBadgesFollowTheChallengeEvents() {
        try (JdbcProgressStore store = open()) {
            store.recordChallengeEvent("iam-c1", ChallengeEvent.CHECK, T);
            assertThat(store.recordChallengeEvent("iam-c1", ChallengeEvent.PASS, T)).isEmpty();
            store.recordChallengeEvent("iam-c2", ChallengeEvent.HINT, T);
            assertThat(store.recordChallengeEvent("iam-c2", ChallengeEvent.PASS, T)).isEmpty(); // a hint: not clean
            assertThat(store.snapshot().badges()).doesNotContainKey("clean");
        }
    }

    @Test
    void aBadgeAddedToTheCourseLaterIsAwardedAtTheNextStart() {
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dir)) {
            store.recordLessonDone("ir-1", T); // no rule yet: nothing awarded
        }
        try (JdbcProgressStore store = open()) {
            assertThat(store.awardEarned(T.plusSeconds(1))).containsExactly("ir");
        }
    }

    /**
     * Two programs on one database, several threads each, all finishing the module's last lesson at
     * once: the badge's primary key and the write lock taken at the start of each transaction let
     * exactly one of them award it.
     */
    @Test
    void concurrentEventsFromTwoStoresAwardExactlyOnce() throws Exception {
        try (JdbcProgressStore setup = open()) {
            setup.recordLessonDone("iam-1", T);
        }
        int threads = 8;
        try (JdbcProgressStore a = open(); JdbcProgressStore b = open()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            try {
                for (int i = 0; i < threads; i++) {
                    JdbcProgressStore store = i % 2 == 0 ? a : b;
                    String lesson = i % 3 == 0 ? "ir-1" : "iam-2";
                    results.add(pool.submit(() -> {
                        start.await();
                        List<String> awarded = new ArrayList<>(store.recordLessonDone(lesson, T));
                        awarded.addAll(store.awardEarned(T));
                        return awarded;
                    }));
                }
                start.countDown();
                List<String> all = new ArrayList<>();
                for (Future<List<String>> f : results) {
                    all.addAll(f.get());
                }
                assertThat(all).containsExactlyInAnyOrder("iam", "ir", "guardian");
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.snapshot().badges()).containsOnlyKeys("iam", "ir", "guardian");
        }
    }
}
