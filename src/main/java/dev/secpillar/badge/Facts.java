package dev.secpillar.badge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import dev.secpillar.course.Course;
import dev.secpillar.record.ProgressSnapshot;
import java.util.Set;

/**
 * What a criterion is judged against: the course, the learner's record, and the badges counted
 * as earned. {@code earned} can run ahead of the record while one event's awards are being
 * worked out, so "all module badges" is awarded in the same transaction as the last of them.
 */
record Facts(Course course, ProgressSnapshot progress, Set<String> earned, Messages messages) {
    Facts {
        earned = Set.copyOf(earned);
    }

    /** Judged for English words (awards, credentials). */
    Facts(Course course, ProgressSnapshot progress, Set<String> earned) {
        this(course, progress, earned, Text.ENGLISH_MESSAGES);
    }

    static Facts of(Course course, ProgressSnapshot progress) {
        return of(course, progress, Text.ENGLISH_MESSAGES);
    }

    /** With the learner's language for what the standings say. */
    static Facts of(Course course, ProgressSnapshot progress, Messages messages) {
        return new Facts(course, progress, progress.badges().keySet(), messages);
    }

    /** The text of a key in the learner's language. */
    String say(String key, Object... args) {
        return messages.get(key, args);
    }
}
