package dev.secpillar.progress;

import dev.secpillar.i18n.Text;

import dev.secpillar.record.AwardRule;
import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.record.ProgressException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A store that rides out a database outage. A write that fails for a reason that may pass (the
 * database is down, restarting or unreachable) is queued and retried in order, with backoff, on
 * a background timer; the write returns as if done, so the learner carries on with the course,
 * and {@link #unsavedWrites()} lets the course say "progress not saved, retrying" (and say it
 * again at goodbye) instead of claiming the record is saved. Later writes queue behind it so the
 * record keeps its order. Each write is still the inner store's one transaction, and each carries
 * its own idempotency key (see the schema), so a retry of a write whose commit did reach the
 * database before the connection died stores nothing twice.
 *
 * <p>The queue is the only learner state held in memory and only while the database is
 * unreachable; a learner's record is otherwise always read back from the database.
 */
public final class RetryingProgressStore implements ProgressStore {
    /** Runs a task after a delay (a scheduler in the server, a hand-cranked list in tests). */
    @FunctionalInterface
    public interface Timer {
        void after(Duration delay, Runnable task);
    }

    static final Duration FIRST_RETRY = Duration.ofMillis(250);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

    private final ProgressStore inner;
    private final Timer timer;
    private final Consumer<String> log;
    private final Deque<Function<ProgressStore, List<String>>> pending = new ArrayDeque<>();
    private Duration wait = FIRST_RETRY;
    private boolean scheduled;
    private Optional<ProgressSnapshot> lastRead = Optional.empty();

    /**
     * @param log where to report what happened to queued writes (the server's log), one line each
     */
    public RetryingProgressStore(ProgressStore inner, Timer timer, Consumer<String> log) {
        this.inner = inner;
        this.timer = timer;
        this.log = log;
    }

    /** Writes waiting for the database. */
    public synchronized int waiting() {
        return pending.size();
    }

    @Override
    public int unsavedWrites() {
        return waiting();
    }

    /**
     * The record as the database has it; while the database cannot be reached, the last record
     * read (writes of this session still queued are not in it yet).
     */
    @Override
    public ProgressSnapshot snapshot() {
        try {
            ProgressSnapshot s = inner.snapshot();
            synchronized (this) {
                lastRead = Optional.of(s);
            }
            return s;
        } catch (ProgressException e) {
            synchronized (this) {
                if (e.retryable() && lastRead.isPresent()) {
                    return lastRead.get();
                }
            }
            throw e;
        }
    }

    @Override
    public void setAwardRule(AwardRule rule) {
        inner.setAwardRule(rule);
    }

    @Override
    public List<String> recordStep(String lessonId, int step, Instant at) {
        return write(s -> s.recordStep(lessonId, step, at));
    }

    @Override
    public List<String> recordCheckAnswer(String lessonId, int step, int choice, boolean right, Instant at) {
        return write(s -> s.recordCheckAnswer(lessonId, step, choice, right, at));
    }

    @Override
    public Optional<String> setting(String name) {
        return inner.setting(name);
    }

    @Override
    public void saveSetting(String name, String value, Instant at) {
        write(s -> {
            s.saveSetting(name, value, at);
            return List.of();
        });
    }

    @Override
    public List<String> recordLessonDone(String lessonId, Instant at) {
        return write(s -> s.recordLessonDone(lessonId, at));
    }

    /**
     * A sitting needs its id at once, so it cannot wait in the queue: it is tried again once at
     * once under the same key (a start whose commit reached the database before the reply was
     * lost then returns that sitting), and otherwise fails with a message.
     */
    @Override
    public long startQuizAttempt(String sittingKey, String quizId, long seed, List<String> questionOrder, Instant at) {
        synchronized (this) {
            if (!pending.isEmpty()) {
                throw new ProgressException(Text.of("app.store.retrying", Text.count(pending.size())), null, false);
            }
        }
        try {
            return inner.startQuizAttempt(sittingKey, quizId, seed, questionOrder, at);
        } catch (ProgressException e) {
            if (!e.retryable()) {
                throw e;
            }
            log.accept("starting a quiz failed, trying once more: " + e.getMessage());
            return inner.startQuizAttempt(sittingKey, quizId, seed, questionOrder, at);
        }
    }

    @Override
    public List<String> recordQuizAnswer(long attemptId, String questionId, String response, boolean correct,
                                         Instant at, Optional<ReviewCard> card) {
        return write(s -> s.recordQuizAnswer(attemptId, questionId, response, correct, at, card));
    }

    @Override
    public List<String> finishQuizAttempt(long attemptId, int scorePercent, boolean passed, Instant at) {
        return write(s -> s.finishQuizAttempt(attemptId, scorePercent, passed, at));
    }

    @Override
    public List<String> recordReview(ReviewCard card, boolean correct, Instant at) {
        return write(s -> s.recordReview(card, correct, at));
    }

    @Override
    public List<String> recordChallengeEvent(String eventKey, String challengeId, ChallengeEvent event, Instant at) {
        // the key travels with the queued write, so every retry of it is the same event
        return write(s -> s.recordChallengeEvent(eventKey, challengeId, event, at));
    }

    @Override
    public List<String> awardEarned(Instant at) {
        return write(s -> s.awardEarned(at));
    }

    @Override
    public void reset() {
        write(s -> {
            s.reset();
            return List.of();
        });
    }

    /**
     * Writes now when nothing is queued; otherwise, or when the database cannot be reached,
     * queues the write and returns (no badges yet: they are awarded when it is saved). Only the
     * session's own thread writes here, and the timer's thread only drains a non-empty queue, so
     * the direct write never races a retry.
     */
    private List<String> write(Function<ProgressStore, List<String>> op) {
        synchronized (this) {
            if (!pending.isEmpty()) {
                pending.addLast(op);
                return List.of();
            }
        }
        try {
            return op.apply(inner);
        } catch (ProgressException e) {
            if (!e.retryable()) {
                throw e;
            }
            synchronized (this) {
                pending.addLast(op);
                scheduleRetry();
            }
            log.accept("progress not saved, retrying: " + e.getMessage());
            return List.of();
        }
    }

    private void scheduleRetry() {
        if (!scheduled) {
            scheduled = true;
            timer.after(wait, this::retry);
        }
    }

    /** Saves the queue in order; stops at the first write that still fails and tries again later. */
    void retry() {
        while (true) {
            Function<ProgressStore, List<String>> next;
            synchronized (this) {
                scheduled = false;
                next = pending.peekFirst();
                if (next == null) {
                    wait = FIRST_RETRY;
                    return;
                }
            }
            try {
                next.apply(inner);
            } catch (ProgressException e) {
                synchronized (this) {
                    if (e.retryable()) {
                        wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
                        scheduleRetry();
                        return;
                    }
                    // The database refused this write itself; retrying cannot help. Say so where
                    // the instructor sees it and save the rest.
                    pending.pollFirst();
                    log.accept("a queued write was refused by the database and dropped: " + e.getMessage());
                    continue;
                }
            }
            synchronized (this) {
                pending.pollFirst();
                if (pending.isEmpty()) {
                    log.accept("the queued progress was saved once the database answered again");
                }
            }
        }
    }

    @Override
    public String location() {
        return inner.location();
    }

    /** Closes the inner store unless writes still wait for the database; the timer then saves them first. */
    @Override
    public void close() {
        synchronized (this) {
            if (!pending.isEmpty()) {
                log.accept(pending.size() + " write(s) still waiting for the database after the session ended");
                return;
            }
        }
        inner.close();
    }
}
