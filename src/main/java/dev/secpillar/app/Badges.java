package dev.secpillar.app;

import dev.secpillar.i18n.Messages;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.badge.EarnedBadge;
import dev.secpillar.content.PillarMapLoader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The badge cabinet as the front ends and commands see it, read from the learner's latest record. */
public final class Badges {
    private final CourseApp app;

    Badges(CourseApp app) {
        this.app = app;
    }

    /** Every badge in course order, earned or locked, with how far along the learner is. */
    public List<BadgeStatus> all() {
        return app.badgeRules().statuses(app.snapshot(), app.messages());
    }

    public List<BadgeStatus> earned() {
        return all().stream().filter(BadgeStatus::earned).toList();
    }

    public Optional<BadgeStatus> status(String id) {
        return app.badgeRules().status(id, app.snapshot(), app.messages());
    }

    /**
     * The badges awarded since the last call, in course order, for the front end to announce
     * right after the action that earned them.
     */
    public List<BadgeStatus> takeNew() {
        List<String> ids = app.takeNewBadges();
        List<String> order = all().stream().map(s -> s.badge().id()).toList();
        return ids.stream()
                .sorted(Comparator.comparingInt(order::indexOf))
                .flatMap(id -> status(id).stream())
                .toList();
    }

    /**
     * Before the first hint of a challenge: the warning that a hint costs a badge, naming the
     * badges not yet earned that need this challenge passed cleanly; empty when a hint costs
     * nothing (no such badge, the badge already earned, or the challenge already passed or
     * helped with).
     */
    public Optional<String> hintWarning(String challengeId) {
        Optional<dev.secpillar.record.ChallengeRecord> r = app.snapshot().challenge(challengeId);
        if (r.isPresent() && (r.get().passed() || r.get().hintsUsed() > 0 || r.get().gaveUp())) {
            return Optional.empty();
        }
        List<String> names = app.badgeRules().needingCleanPass(challengeId).stream()
                .flatMap(id -> status(id).stream())
                .filter(s -> !s.earned())
                .map(s -> s.badge().name())
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Messages m = app.messages();
        return Optional.of(m.get("app.hint.warning", String.join(m.get("app.hint.or"), names)));
    }

    /** What an exported credential says about the badge; empty unless it is earned. */
    public Optional<EarnedBadge> forExport(String id) {
        return app.badgeRules().earned(id, app.snapshot(), PillarMapLoader.load(), app.messages());
    }
}
