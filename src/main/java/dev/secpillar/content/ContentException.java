package dev.secpillar.content;

import java.util.List;

/** The content cannot be used; every problem found is listed, in file order. */
public class ContentException extends Exception {
    private final List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.isEmpty() ? "invalid content" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
