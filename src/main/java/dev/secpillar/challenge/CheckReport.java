package dev.secpillar.challenge;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking one answer: every case, and what is wrong with the answer itself.
 * An unreadable answer has no cases (nothing could be evaluated).
 */
public record CheckReport(List<CaseResult> cases, List<AnswerProblem> problems) {
    public CheckReport {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    static CheckReport unreadable(AnswerProblem problem) {
        return new CheckReport(List.of(), List.of(problem));
    }

    /** False when the answer could not be read, so its cases were not evaluated. */
    public boolean evaluated() {
        return problems.stream().noneMatch(p -> p.kind() == AnswerProblem.Kind.UNREADABLE);
    }

    /** The first reason the answer could not be read. */
    public Optional<AnswerProblem> unreadable() {
        return problems.stream().filter(p -> p.kind() == AnswerProblem.Kind.UNREADABLE).findFirst();
    }

    public boolean passed() {
        return evaluated() && problems.isEmpty() && !cases.isEmpty() && cases.stream().allMatch(CaseResult::pass);
    }

    public int passing() {
        return (int) cases.stream().filter(CaseResult::pass).count();
    }
}
