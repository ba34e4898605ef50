package dev.secpillar.cli;

import dev.secpillar.app.CourseApp;
import dev.secpillar.tui.Tui;
import dev.secpillar.tui.TuiOptions;
import java.io.IOException;

/** Opens the full-screen front end on the process's terminal. */
final class FullScreen {
    private FullScreen() {}

    /** {@code answers} is the folder of the learner's challenge drafts, shared with line mode. */
    static int open(CourseApp app, Launch launch, FrontEnds.Target target, java.nio.file.Path answers,
                    dev.secpillar.app.LanguageSwitch languages) {
        try {
            TuiOptions options = TuiOptions.fromEnvironment(launch.env(), target.lessonId()).withDrafts(answers)
                    .withLanguages(languages);
            if (target.quizId().isPresent()) {
                options = options.withQuiz(target.quizId().get(), target.seed());
            }
            if (target.challengeId().isPresent()) {
                options = options.withChallenge(target.challengeId().get());
            }
            boolean interrupted = Tui.run(app, target.review() ? options.withReview() : options);
            return interrupted ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, app.messages().get("cli.error.terminal", e.getMessage()), e);
        }
    }
}
