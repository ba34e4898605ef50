package dev.secpillar.tui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the TUI: in colour or not, optionally straight into one lesson, one quiz, the
 * review of due cards or one challenge, and the learner's own editor for challenge answers.
 *
 * @param colour      false draws with the terminal's default colours, bold and reverse only
 * @param lessonId    a lesson to open at once (its resume step), as {@code secpillar lesson ID} does
 * @param quizId      a quiz to start at once, as {@code secpillar quiz ID} does
 * @param review      open the review of due cards at once, as {@code secpillar review} does
 * @param challengeId a challenge workspace to open at once, as {@code secpillar challenge ID} does
 * @param editor      the command for the learner's editor ($VISUAL or $EDITOR), empty when none
 * @param drafts      the folder where challenge drafts are saved (the data directory's answers);
 *                    empty keeps them in memory for the session
 * @param workshop    a served session: the learner's own editor is never run (it would run on the server)
 * @param tmux        the course runs inside tmux: a terminal editor gets a pane beside the workspace
 * @param languages   switches the course to another language (the home screen's L); empty when the
 *                    launcher offers none
 */
public record TuiOptions(boolean colour, Optional<String> lessonId, Optional<String> quizId, Optional<Long> seed,
                         boolean review, Optional<String> challengeId, List<String> editor,
                         Optional<java.nio.file.Path> drafts, boolean workshop, boolean tmux,
                         Optional<dev.secpillar.app.LanguageSwitch> languages) {
    public TuiOptions {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(challengeId, "challengeId");
        editor = List.copyOf(editor);
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(languages, "languages");
    }

    public TuiOptions(boolean colour, Optional<String> lessonId, Optional<String> quizId, Optional<Long> seed,
                      boolean review, Optional<String> challengeId, List<String> editor,
                      Optional<java.nio.file.Path> drafts, boolean workshop, boolean tmux) {
        this(colour, lessonId, quizId, seed, review, challengeId, editor, drafts, workshop, tmux, Optional.empty());
    }

    /** The home screen's L switches to another language through {@code to}. */
    public TuiOptions withLanguages(dev.secpillar.app.LanguageSwitch to) {
        return new TuiOptions(colour, lessonId, quizId, seed, review, challengeId, editor, drafts, workshop, tmux,
                Optional.of(to));
    }

    public TuiOptions(boolean colour, Optional<String> lessonId, Optional<String> quizId, Optional<Long> seed,
                      boolean review, Optional<String> challengeId, List<String> editor) {
        this(colour, lessonId, quizId, seed, review, challengeId, editor, Optional.empty(), false, false);
    }

    public TuiOptions(boolean colour, Optional<String> lessonId) {
        this(colour, lessonId, Optional.empty(), Optional.empty(), false, Optional.empty(), List.of());
    }

    public TuiOptions withQuiz(String id) {
        return withQuiz(id, Optional.empty());
    }

    /** Starts the quiz at once, shuffled from the seed when one is given (to replay a sitting). */
    public TuiOptions withQuiz(String id, Optional<Long> quizSeed) {
        return new TuiOptions(colour, lessonId, Optional.of(id), quizSeed, review, challengeId, editor, drafts, workshop, tmux, languages);
    }

    public TuiOptions withReview() {
        return new TuiOptions(colour, lessonId, quizId, seed, true, challengeId, editor, drafts, workshop, tmux, languages);
    }

    public static TuiOptions defaults() {
        return new TuiOptions(true, Optional.empty());
    }

    /** Colour unless {@code NO_COLOR} is set to a non-empty value (https://no-color.org); the editor from $VISUAL or $EDITOR. */
    public static TuiOptions fromEnvironment(Map<String, String> env, Optional<String> lessonId) {
        String tmux = env.get("TMUX");
        TuiOptions o = new TuiOptions(!noColour(env), lessonId).withEditor(ExternalEditor.command(env));
        return new TuiOptions(o.colour, o.lessonId, o.quizId, o.seed, o.review, o.challengeId, o.editor, o.drafts,
                false, tmux != null && !tmux.isEmpty());
    }

    /** The one reading of {@code NO_COLOR}: set to anything but the empty string turns colour off (https://no-color.org). */
    public static boolean noColour(Map<String, String> env) {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    public TuiOptions withLesson(String id) {
        return new TuiOptions(colour, Optional.of(id), quizId, seed, review, challengeId, editor, drafts, workshop, tmux, languages);
    }

    public TuiOptions withChallenge(String id) {
        return new TuiOptions(colour, lessonId, quizId, seed, review, Optional.of(id), editor, drafts, workshop, tmux, languages);
    }

    public TuiOptions withEditor(List<String> command) {
        return new TuiOptions(colour, lessonId, quizId, seed, review, challengeId, command, drafts, workshop, tmux, languages);
    }

    /** Saves challenge drafts in {@code folder}. */
    public TuiOptions withDrafts(java.nio.file.Path folder) {
        return new TuiOptions(colour, lessonId, quizId, seed, review, challengeId, editor, Optional.of(folder), workshop, tmux, languages);
    }

    /** A served session: no editor of the learner's runs, and {@code e} says so. */
    public TuiOptions inWorkshop() {
        return new TuiOptions(colour, lessonId, quizId, seed, review, challengeId, List.of(), drafts, true, false, languages);
    }
}
