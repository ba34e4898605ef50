package dev.secpillar.badge;

import dev.secpillar.badge.Criterion.Ref;
import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Module;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.function.BiConsumer;

/** The messages for a criterion naming something the course lacks; each lists what there is. */
final class References {
    private static final int LISTED = 16;

    private References() {}

    static void module(Course course, Ref ref, BiConsumer<SourceRef, String> report) {
        if (course.module(ref.id()).isEmpty()) {
            report.accept(ref.where(), missing("module", ref.id(), course.modules().stream().map(Module::id).toList()));
        }
    }

    static void quiz(Course course, Ref ref, BiConsumer<SourceRef, String> report) {
        if (course.quiz(ref.id()).isEmpty()) {
            report.accept(ref.where(), missing("quiz", ref.id(), course.quizzes().stream().map(Quiz::id).toList()));
        }
    }

    static void challenge(Course course, Ref ref, BiConsumer<SourceRef, String> report) {
        if (course.challenge(ref.id()).isEmpty()) {
            report.accept(ref.where(), missing("challenge", ref.id(),
                    course.allChallenges().stream().map(Challenge::id).toList()));
        }
    }

    static void badge(Course course, Ref ref, BiConsumer<SourceRef, String> report) {
        if (course.badges().stream().noneMatch(b -> b.id().equals(ref.id()))) {
            report.accept(ref.where(), missing("badge", ref.id(), course.badges().stream().map(BadgeDefinition::id).toList()));
        }
    }

    private static String missing(String what, String id, List<String> there) {
        String plural = what.equals("quiz") ? "quizzes" : what + "s";
        if (there.isEmpty()) {
            return "no " + what + " '" + id + "': the course has no " + plural;
        }
        if (there.size() > LISTED) {
            return "no " + what + " '" + id + "' in the course";
        }
        return "no " + what + " '" + id + "' (" + plural + ": " + String.join(", ", there) + ")";
    }
}
