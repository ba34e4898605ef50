package dev.secpillar.badge;

import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** Finds badges that require each other in a ring, which no learner could ever earn. */
final class BadgeCycles {
    private final Map<String, Criterion> criteria;
    private final BiConsumer<SourceRef, String> report;
    private final Set<String> finished = new HashSet<>();
    private final List<String> path = new ArrayList<>();
    private final Set<Set<String>> reported = new HashSet<>();

    private BadgeCycles(Map<String, Criterion> criteria, BiConsumer<SourceRef, String> report) {
        this.criteria = criteria;
        this.report = report;
    }

    /** Reports each cycle once, at the reference that closes it. */
    static void report(Map<String, Criterion> criteria, BiConsumer<SourceRef, String> report) {
        BadgeCycles c = new BadgeCycles(criteria, report);
        criteria.keySet().forEach(c::visit);
    }

    private void visit(String id) {
        if (finished.contains(id) || !criteria.containsKey(id)) {
            return;
        }
        path.add(id);
        for (BadgeEarned ref : criteria.get(id).requiredBadges()) {
            String next = ref.badge().id();
            int start = path.indexOf(next);
            if (start >= 0) {
                List<String> ring = new ArrayList<>(path.subList(start, path.size()));
                if (reported.add(new TreeSet<>(ring))) {
                    ring.add(next);
                    report.accept(ref.badge().where(), ring.size() == 2
                            ? "badge '" + next + "' requires itself, so it can never be earned"
                            : "badges require each other in a cycle, so none can be earned: " + String.join(" -> ", ring));
                }
            } else {
                visit(next);
            }
        }
        path.remove(path.size() - 1);
        finished.add(id);
    }
}
