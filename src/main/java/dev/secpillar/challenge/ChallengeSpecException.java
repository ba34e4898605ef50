package dev.secpillar.challenge;

import java.util.List;

/** A challenge file that cannot become a checker: every problem, located. */
public final class ChallengeSpecException extends Exception {
    private final List<SpecProblem> problems;

    public ChallengeSpecException(List<SpecProblem> problems) {
        super(problems.isEmpty() ? "invalid challenge" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
