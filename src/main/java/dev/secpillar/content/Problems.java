package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems so one run of validate reports all of them, not just the first. */
public final class Problems {
    private final List<ContentProblem> list = new ArrayList<>();

    public void add(SourceRef where, String message) {
        list.add(new ContentProblem(where, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<ContentProblem> sorted() {
        return list.stream()
                .distinct()
                .sorted(Comparator.comparing((ContentProblem p) -> p.where().file())
                        .thenComparingInt(p -> p.where().line())
                        .thenComparingInt(p -> p.where().column()))
                .toList();
    }
}
