package dev.secpillar.badge;

import java.time.Instant;
import java.util.Optional;

/** The outcome of checking a credential file: what was verified, or why it was not. */
public sealed interface Verification {
    /** Structure and signature hold; these are the facts the signature covers. */
    record Verified(String credentialId, String badge, String learner, Optional<String> email, Instant validFrom,
                    Optional<Instant> awardedDate, String issuer, Instant signedAt) implements Verification {}

    /** It must not be trusted, and this is why. */
    record Rejected(String reason) implements Verification {}
}
