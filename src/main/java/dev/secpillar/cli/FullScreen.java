package dev.secpillar.cli;

import dev.secpillar.app.CourseApp;
import dev.secpillar.tui.Tui;
import dev.secpillar.tui.TuiOptions;
import java.io.IOException;

/** Opens the full-screen front end on the process's terminal. */
final class FullScreen {
    private FullScreen() {}

    /**
     * The course in another language over the same record, the choice saved for the next start
     * (the home screen's L, line mode's l). The course is loaded before the choice is saved: the
     * context answers {@code course(lang)} from its cache only for the language it speaks now.
     */
    static dev.secpillar.app.LanguageSwitch languages(CourseContext ctx) {
        // The first load of a language parses and checks every file of it (seconds on a small
        // machine, with no screen to show meanwhile); the other languages load in the background
        // from the start, so the learner's first switch is as quick as the next ones.
        java.util.Map<dev.secpillar.i18n.Language, java.util.concurrent.CompletableFuture<dev.secpillar.course.Course>> loading =
                new java.util.EnumMap<>(dev.secpillar.i18n.Language.class);
        for (dev.secpillar.i18n.Language other : dev.secpillar.i18n.Language.values()) {
            if (other != ctx.language()) {
                loading.put(other, ctx.courseInBackground(other));
            }
        }
        return lang -> {
            dev.secpillar.course.Course course;
            var pending = loading.remove(lang);
            try {
                course = pending != null ? pending.join() : ctx.course(lang);
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            CourseApp switched = new CourseApp(course, ctx.store(), java.time.Clock.systemUTC(),
                    dev.secpillar.i18n.Messages.of(lang));
            ctx.saveLanguage(lang);
            return switched;
        };
    }

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
