package dev.secpillar.badge;

import java.time.Instant;
import java.util.Optional;

/** The outcome of checking a credential file: what was verified, or why it was not. */
public sealed interface Verification {
    /** Structure and signature hold; these are the facts the signature covers. */
    record Verified(String credentialId, String badge, String learner, Optional<String> email, Instant validFrom,
                    Optional<Instant> awardedDate, String issuer, Instant signedAt, java.util.Map<String, String> names)
            implements Verification {
        public Verified {
            names = java.util.Map.copyOf(names);
        }

        public Verified(String credentialId, String badge, String learner, Optional<String> email, Instant validFrom,
                        Optional<Instant> awardedDate, String issuer, Instant signedAt) {
            this(credentialId, badge, learner, email, validFrom, awardedDate, issuer, signedAt, java.util.Map.of());
        }

        /** The badge's name in the language with this code ("vi") when the credential carries it, else its name. */
        public String badge(String language) {
            return names.getOrDefault(language, badge);
        }
    }

    /** It must not be trusted, and this is why. */
    record Rejected(String reason) implements Verification {}
}
