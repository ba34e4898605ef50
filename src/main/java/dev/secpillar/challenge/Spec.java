package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the kind-specific part of a challenge file: every problem is collected with the
 * line and column the loader recorded for its path, so an author sees them all at once.
 */
final class Spec {
    private final Challenge challenge;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final Data root;

    Spec(Challenge challenge) {
        this.challenge = challenge;
        this.root = Data.root(challenge.spec(), this::problem);
    }

    Challenge challenge() {
        return challenge;
    }

    Data root() {
        return root;
    }

    SourceRef at(String path) {
        return challenge.positions().at(path);
    }

    void problem(String path, String message) {
        problems.add(new SpecProblem(at(path), message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void finish() throws ChallengeSpecException {
        if (!problems.isEmpty()) {
            throw new ChallengeSpecException(problems);
        }
    }
}
