package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves a challenge cannot be passed without learning (rustlings' "dev check" for every
 * exercise): its start fails, its solution passes, an answer that lets everything through
 * fails, and every case can go either way depending on the answer, not on the fixed world.
 */
public final class Soundness {
    private Soundness() {}

    /** Every problem of the challenge, located in its file; empty when it is sound. */
    public static List<SpecProblem> check(Challenge challenge) {
        Checker checker;
        try {
            checker = Checker.compile(challenge);
        } catch (ChallengeSpecException e) {
            return e.problems();
        }
        return check(checker);
    }

    public static List<SpecProblem> check(Checker checker) {
        Spec spec = new Spec(checker.challenge());
        List<SpecProblem> out = new ArrayList<>();
        CheckReport start = checker.check(checker.start());
        if (!start.evaluated()) {
            out.add(new SpecProblem(spec.at("/start"), "the start does not read: " + start.unreadable().get().located()));
        } else if (start.passed()) {
            out.add(new SpecProblem(spec.at("/start"), "the start already passes every case; the learner would have"
                    + " nothing to do"));
        }
        CheckReport solution = checker.check(checker.solution());
        if (!solution.passed()) {
            out.add(new SpecProblem(spec.at("/solution"), "the solution does not pass: " + firstFailure(solution)));
        }
        CheckReport open = checker.check(checker.allowEverything());
        if (open.passed()) {
            out.add(new SpecProblem(spec.at("/cases"), "an answer that lets everything through ("
                    + openName(checker) + ") passes every case; add cases it must refuse"));
        }
        out.addAll(checker.unreachableCases());
        return out;
    }

    private static String openName(Checker checker) {
        return switch (checker.challenge().kind()) {
            case POLICY -> "Allow * on *";
            case DETECTION -> "a pattern matching every event";
            case NETWORK -> "all traffic allowed from and to 0.0.0.0/0";
            case ORDERING -> "every action of the pool, policies allowing *";
        };
    }

    private static String firstFailure(CheckReport r) {
        if (!r.problems().isEmpty()) {
            return r.problems().get(0).located();
        }
        return r.cases().stream().filter(c -> !c.pass()).findFirst()
                .map(c -> "case '" + c.name() + "' expects " + c.expected() + " but got " + c.actual()
                        + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")"))
                .orElse("no cases");
    }
}
