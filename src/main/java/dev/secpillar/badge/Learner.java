package dev.secpillar.badge;

import java.util.Optional;

/** Who the credential is for, as far as the learner chose to say: a name, and an email kept only as a salted hash. */
public record Learner(Optional<String> name, Optional<String> email) {
    public static final Learner ANONYMOUS = new Learner(Optional.empty(), Optional.empty());
}
