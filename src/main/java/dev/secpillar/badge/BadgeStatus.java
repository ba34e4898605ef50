package dev.secpillar.badge;

import dev.secpillar.course.BadgeDefinition;
import java.time.Instant;
import java.util.Optional;

/** A badge as the cabinet shows it: earned (and when) or locked, with how far along the learner is. */
public record BadgeStatus(BadgeDefinition badge, Optional<Instant> earnedAt, Standing standing) {
    public boolean earned() {
        return earnedAt.isPresent();
    }
}
