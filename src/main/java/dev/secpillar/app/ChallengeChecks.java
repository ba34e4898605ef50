package dev.secpillar.app;

import dev.secpillar.challenge.Soundness;
import dev.secpillar.challenge.SpecProblem;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.util.function.BiConsumer;

/**
 * The course check for challenges (run by validate and by loading): each challenge file must
 * compile into a checker, and be sound: its start fails, its solution passes, an
 * allow-everything answer fails, and every case depends on the answer.
 */
final class ChallengeChecks {
    private ChallengeChecks() {}

    static void check(Course course, BiConsumer<SourceRef, String> report) {
        for (Challenge c : course.allChallenges()) {
            for (SpecProblem p : Soundness.check(c)) {
                report.accept(p.where(), p.message());
            }
        }
    }
}
