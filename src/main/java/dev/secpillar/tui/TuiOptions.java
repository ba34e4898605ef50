package dev.secpillar.tui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the TUI: in colour or not, optionally straight into one lesson or challenge, and
 * the learner's own editor for challenge answers.
 *
 * @param colour      false draws with the terminal's default colours, bold and reverse only
 * @param lessonId    a lesson to open at once (its resume step), as {@code secpillar lesson ID} does
 * @param challengeId a challenge workspace to open at once, as {@code secpillar challenge ID} does
 * @param editor      the command for the learner's editor ($VISUAL or $EDITOR), empty when none
 */
public record TuiOptions(boolean colour, Optional<String> lessonId, Optional<String> challengeId, List<String> editor) {
    public TuiOptions {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(challengeId, "challengeId");
        editor = List.copyOf(editor);
    }

    public TuiOptions(boolean colour, Optional<String> lessonId) {
        this(colour, lessonId, Optional.empty(), List.of());
    }

    public static TuiOptions defaults() {
        return new TuiOptions(true, Optional.empty());
    }

    /** Colour unless {@code NO_COLOR} is set to a non-empty value (https://no-color.org). */
    public static TuiOptions fromEnvironment(Map<String, String> env, Optional<String> lessonId) {
        return fromEnvironment(env, lessonId, Optional.empty());
    }

    public static TuiOptions fromEnvironment(Map<String, String> env, Optional<String> lessonId,
                                             Optional<String> challengeId) {
        String noColour = env.get("NO_COLOR");
        return new TuiOptions(noColour == null || noColour.isEmpty(), lessonId, challengeId,
                ExternalEditor.command(env));
    }

    public TuiOptions withLesson(String id) {
        return new TuiOptions(colour, Optional.of(id), challengeId, editor);
    }

    public TuiOptions withChallenge(String id) {
        return new TuiOptions(colour, lessonId, Optional.of(id), editor);
    }

    public TuiOptions withEditor(List<String> command) {
        return new TuiOptions(colour, lessonId, challengeId, command);
    }
}
