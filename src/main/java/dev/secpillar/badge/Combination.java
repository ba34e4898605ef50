package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * What {@code all} and {@code any} share: a criterion made of parts names whatever its parts
 * name (badges, best practices, challenges to pass cleanly) and is checked part by part. They
 * differ in when they are met, what they say, and which badges they cannot be met without.
 */
sealed interface Combination extends Criterion permits AllOf, AnyOf {

    List<Criterion> parts();

    @Override
    default Set<String> cleanPassesNeeded(Course course) {
        Set<String> out = new TreeSet<>();
        parts().forEach(p -> out.addAll(p.cleanPassesNeeded(course)));
        return out;
    }

    @Override
    default Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>();
        parts().forEach(p -> out.addAll(p.bestPractices(course)));
        return out;
    }

    @Override
    default void check(Course course, BiConsumer<SourceRef, String> report) {
        parts().forEach(p -> p.check(course, report));
    }

    @Override
    default List<BadgeEarned> badgeRefs() {
        return parts().stream().flatMap(p -> p.badgeRefs().stream()).toList();
    }
}
