package dev.secpillar.tui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the TUI: in colour or not, and optionally straight into one lesson, one quiz, or
 * the review of due cards.
 *
 * @param colour   false draws with the terminal's default colours, bold and reverse only
 * @param lessonId a lesson to open at once (its resume step), as {@code secpillar lesson ID} does
 * @param quizId   a quiz to start at once, as {@code secpillar quiz ID} does
 * @param review   open the review of due cards at once, as {@code secpillar review} does
 */
public record TuiOptions(boolean colour, Optional<String> lessonId, Optional<String> quizId, Optional<Long> seed,
                         boolean review) {
    public TuiOptions {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(seed, "seed");
    }

    public TuiOptions(boolean colour, Optional<String> lessonId) {
        this(colour, lessonId, Optional.empty(), Optional.empty(), false);
    }

    public TuiOptions withQuiz(String id) {
        return withQuiz(id, Optional.empty());
    }

    /** Starts the quiz at once, shuffled from the seed when one is given (to replay a sitting). */
    public TuiOptions withQuiz(String id, Optional<Long> quizSeed) {
        return new TuiOptions(colour, lessonId, Optional.of(id), quizSeed, review);
    }

    public TuiOptions withReview() {
        return new TuiOptions(colour, lessonId, quizId, seed, true);
    }

    public static TuiOptions defaults() {
        return new TuiOptions(true, Optional.empty());
    }

    /** Colour unless {@code NO_COLOR} is set to a non-empty value (https://no-color.org). */
    public static TuiOptions fromEnvironment(Map<String, String> env, Optional<String> lessonId) {
        String noColour = env.get("NO_COLOR");
        return new TuiOptions(noColour == null || noColour.isEmpty(), lessonId);
    }

    public TuiOptions withLesson(String id) {
        return new TuiOptions(colour, Optional.of(id), quizId, seed, review);
    }
}
