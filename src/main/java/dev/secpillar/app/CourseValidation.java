package dev.secpillar.app;

import dev.secpillar.challenge.Soundness;
import dev.secpillar.challenge.SpecProblem;
import dev.secpillar.content.ContentProblem;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code secpillar validate} checks: the loader's checks of every file, then, on a
 * course that loads, that every challenge is sound (its start fails, its solution passes, an
 * allow-everything answer fails and every case depends on the answer).
 */
public final class CourseValidation {
    private CourseValidation() {}

    public static CourseLoader.Result check(Path root) {
        CourseLoader.Result loaded = CourseLoader.check(root);
        if (loaded.course().isEmpty()) {
            return loaded;
        }
        List<ContentProblem> problems = soundness(loaded.course().get());
        if (problems.isEmpty()) {
            return loaded;
        }
        return new CourseLoader.Result(Optional.empty(), problems, loaded.files());
    }

    static List<ContentProblem> soundness(Course course) {
        List<ContentProblem> out = new ArrayList<>();
        for (Challenge c : course.allChallenges()) {
            for (SpecProblem p : Soundness.check(c)) {
                out.add(new ContentProblem(p.where(), p.message()));
            }
        }
        out.sort(Comparator.comparing((ContentProblem p) -> p.where().file())
                .thenComparingInt(p -> p.where().line())
                .thenComparingInt(p -> p.where().column()));
        return out;
    }
}
