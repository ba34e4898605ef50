package dev.secpillar.badge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.time.Instant;
import java.util.Optional;

/** The outcome of checking a credential file: what was verified, or why it was not. */
public sealed interface Verification {
    /** Who a credential is for when it names no one. */
    Text UNNAMED_LEARNER = Text.of("badge.verify.unnamed_learner");

    /** Structure and signature hold; these are the facts the signature covers. */
    record Verified(String credentialId, String badge, String learner, Optional<Text> email, Instant validFrom,
                    Optional<Instant> awardedDate, String issuer, Instant signedAt, java.util.Map<String, String> names)
            implements Verification {
        public Verified {
            names = java.util.Map.copyOf(names);
        }

        public Verified(String credentialId, String badge, String learner, Optional<Text> email, Instant validFrom,
                        Optional<Instant> awardedDate, String issuer, Instant signedAt) {
            this(credentialId, badge, learner, email, validFrom, awardedDate, issuer, signedAt, java.util.Map.of());
        }

        /** The learner as named, or "an unnamed learner" in the reader's language. */
        public String learner(Messages m) {
            return learner.equals(UNNAMED_LEARNER.english()) ? UNNAMED_LEARNER.render(m) : learner;
        }

        /** The badge's name in the language with this code ("vi") when the credential carries it, else its name. */
        public String badge(String language) {
            return names.getOrDefault(language, badge);
        }
    }

    /** It must not be trusted, and this is why. */
    record Rejected(Text why) implements Verification {
        /** A reason given as words (tests, older callers). */
        public Rejected(String reason) {
            this(Text.plain(reason));
        }

        /** The reason in English. */
        public String reason() {
            return why.english();
        }

        /** The reason in the reader's language. */
        public String reason(Messages m) {
            return why.render(m);
        }

        /** Two rejections are equal when they say the same (a key or the same words). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Rejected r && reason().equals(r.reason());
        }

        @Override
        public int hashCode() {
            return reason().hashCode();
        }
    }
}
