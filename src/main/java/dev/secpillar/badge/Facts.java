package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.record.ProgressSnapshot;
import java.util.Set;

/**
 * What a criterion is judged against: the course, the learner's record, and the badges counted
 * as earned. {@code earned} can run ahead of the record while one event's awards are being
 * worked out, so "all module badges" is awarded in the same transaction as the last of them.
 */
record Facts(Course course, ProgressSnapshot progress, Set<String> earned) {
    Facts {
        earned = Set.copyOf(earned);
    }

    static Facts of(Course course, ProgressSnapshot progress) {
        return new Facts(course, progress, progress.badges().keySet());
    }
}
