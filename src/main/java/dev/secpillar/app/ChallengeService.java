package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.challenge.ChallengeSpecException;
import dev.secpillar.challenge.Checker;
import dev.secpillar.course.Challenge;
import dev.secpillar.challenge.CheckReport;
import dev.secpillar.course.Module;
import dev.secpillar.record.ChallengeRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Opens challenge workspaces for the front ends. Each challenge is compiled once (its world
 * and cases made ready to run) and kept, so reopening one, or re-checking on every key press,
 * costs only the check itself.
 */
public final class ChallengeService {
    private final CourseApp app;
    private final Map<String, Checker> compiled = new HashMap<>();
    private final Drafts drafts;

    /** Drafts kept in memory only (tests, a front end with nowhere to write). */
    public ChallengeService(CourseApp app) {
        this(app, Drafts.inMemory());
    }

    public ChallengeService(CourseApp app, Drafts drafts) {
        this.app = app;
        this.drafts = drafts;
    }

    public Drafts drafts() {
        return drafts;
    }

    /**
     * A workspace for the challenge.
     *
     * @throws ChallengeUnavailable when there is no such challenge or its file is broken
     *                              (the message says which, and where)
     */
    public ChallengeWorkspace open(String challengeId) {
        Challenge challenge = app.course().challenge(challengeId).orElseThrow(() -> new ChallengeUnavailable(
                app.messages().get("app.challenge.unknown", challengeId)));
        Checker checker = compiled.get(challengeId);
        if (checker == null) {
            try {
                checker = Checker.compile(challenge);
            } catch (ChallengeSpecException e) {
                throw new ChallengeUnavailable(app.messages().get("app.challenge.broken", challengeId, e.getMessage()));
            }
            compiled.put(challengeId, checker);
        }
        return new ChallengeWorkspace(app, checker, drafts);
    }

    /**
     * How the learner stands with each challenge of a module, in course order; {@code drafts}
     * gives the saved draft of a challenge, if any, which is scored (never recorded) for "n of m
     * cases".
     */
    public List<ChallengeStanding> standings(Module module, Function<String, Optional<String>> drafts) {
        return module.challenges().stream().map(c -> standing(c, drafts.apply(c.id()))).toList();
    }

    /** The standing of one challenge, its draft (if any) scored without being recorded. */
    public ChallengeStanding standing(Challenge challenge, Optional<String> draft) {
        Optional<ChallengeRecord> r = app.snapshot().challenge(challenge.id());
        Optional<Checker> checker = checker(challenge);
        int cases = checker.map(k -> k.check(startOf(k)).cases().size()).orElse(0);
        if (r.isPresent() && r.get().passed()) {
            return new ChallengeStanding(challenge, r.get().passedClean() ? ChallengeStanding.Status.PASSED
                    : ChallengeStanding.Status.PASSED_WITH_HINTS, cases, cases);
        }
        if (r.isPresent() && r.get().gaveUp()) {
            return new ChallengeStanding(challenge, ChallengeStanding.Status.GAVE_UP, -1, cases);
        }
        boolean worked = r.isPresent() && (r.get().checks() > 0 || r.get().hintsUsed() > 0);
        Optional<String> changed = draft.filter(d -> checker.map(k -> !d.equals(startOf(k))).orElse(true));
        if (!worked && changed.isEmpty()) {
            return new ChallengeStanding(challenge, ChallengeStanding.Status.NOT_STARTED, -1, cases);
        }
        int passing = draft.flatMap(d -> checker.map(k -> k.check(d))).filter(CheckReport::evaluated)
                .map(CheckReport::passing).orElse(-1);
        return new ChallengeStanding(challenge, ChallengeStanding.Status.STARTED, passing, cases);
    }

    /**
     * The first challenge, in course order, that the learner has worked on (a check or a hint)
     * without passing or giving up: "Continue" comes back to it before moving on.
     */
    public Optional<Challenge> unfinished() {
        var snapshot = app.snapshot();
        return app.course().allChallenges().stream()
                .filter(c -> snapshot.challenge(c.id())
                        .filter(r -> !r.passed() && !r.gaveUp() && (r.checks() > 0 || r.hintsUsed() > 0)).isPresent())
                .findFirst();
    }

    /**
     * The drafts saved in the data directory's answer folder: {@code ID.json} or {@code ID.yaml}
     * (the newer when both are there), the one draft file both front ends and {@code --check} use.
     */
    public static Function<String, Optional<String>> savedDrafts(Path answersDir) {
        return id -> Stream.of(answersDir.resolve(id + ".json"), answersDir.resolve(id + ".yaml"))
                .filter(Files::isRegularFile)
                .max(Comparator.comparing(ChallengeService::modified))
                .flatMap(f -> {
                    try {
                        return Optional.of(AnswerFile.read(f));
                    } catch (AnswerFile.Unusable e) {
                        return Optional.empty();
                    }
                });
    }

    private static java.nio.file.attribute.FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (java.io.IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private String startOf(Checker checker) {
        return checker.start(app.messages());
    }

    private Optional<Checker> checker(Challenge challenge) {
        try {
            open(challenge.id());
            return Optional.ofNullable(compiled.get(challenge.id()));
        } catch (ChallengeUnavailable e) {
            return Optional.empty();
        }
    }

    /** A challenge that cannot be opened: unknown id, or a broken challenge file. */
    public static final class ChallengeUnavailable extends RuntimeException {
        ChallengeUnavailable(String message) {
            super(message);
        }
    }
}
