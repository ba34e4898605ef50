package dev.secpillar.tui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the TUI: in colour or not, and optionally straight into one lesson.
 *
 * @param colour   false draws with the terminal's default colours, bold and reverse only
 * @param lessonId a lesson to open at once (its resume step), as {@code secpillar lesson ID} does
 */
public record TuiOptions(boolean colour, Optional<String> lessonId) {
    public TuiOptions {
        Objects.requireNonNull(lessonId, "lessonId");
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
        return new TuiOptions(colour, Optional.of(id));
    }
}
