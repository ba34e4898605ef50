package dev.secpillar.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Saves drafts while the learner types without a write on every key: an edit is saved once the
 * typing pauses ({@link #QUIET_NANOS}) and at the latest {@link #LATEST_NANOS} after the first
 * unsaved edit, and {@link #saveAll} writes everything left on the way out. The front end's
 * loop calls {@link #saveDue} whenever it goes round; the shutdown hook may call
 * {@link #saveAll} from another thread.
 */
public final class DraftSaver {
    static final long QUIET_NANOS = 300_000_000L;
    static final long LATEST_NANOS = 900_000_000L;

    private record Pending(ChallengeWorkspace ws, String text, long first, long last) {}

    private final LongSupplier nanoTime;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    public DraftSaver() {
        this(System::nanoTime);
    }

    DraftSaver(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The learner changed a draft; it is saved soon. */
    public synchronized void edited(ChallengeWorkspace ws, String text) {
        long now = nanoTime.getAsLong();
        Pending before = pending.get(ws.challenge().id());
        pending.put(ws.challenge().id(), new Pending(ws, text, before == null ? now : before.first(), now));
    }

    /** True while an edit waits to be saved. */
    public synchronized boolean unsaved() {
        return !pending.isEmpty();
    }

    /** Saves the drafts whose typing paused or that waited long enough; the first failure, if any. */
    public synchronized Optional<String> saveDue() {
        long now = nanoTime.getAsLong();
        return save(p -> now - p.last() >= QUIET_NANOS || now - p.first() >= LATEST_NANOS);
    }

    /** Saves every unsaved draft now (leaving, quitting, the session ending, a signal). */
    public synchronized Optional<String> saveAll() {
        return save(p -> true);
    }

    private Optional<String> save(java.util.function.Predicate<Pending> due) {
        Optional<String> problem = Optional.empty();
        for (Pending p : new ArrayList<>(pending.values())) {
            if (!due.test(p)) {
                continue;
            }
            Optional<String> failed = p.ws().saveDraft(p.text());
            if (failed.isEmpty()) {
                pending.remove(p.ws().challenge().id());
            } else if (problem.isEmpty()) {
                problem = failed; // kept pending: the next round tries again
            }
        }
        return problem;
    }

    /** Forgets an unsaved edit (the draft was saved another way, with newer text). */
    public synchronized void forget(String challengeId) {
        pending.remove(challengeId);
    }

    List<String> pendingIds() {
        return List.copyOf(pending.keySet());
    }
}
