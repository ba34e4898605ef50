package dev.secpillar.cli;

import dev.secpillar.app.CourseApp;
import dev.secpillar.plain.LineSource;
import dev.secpillar.plain.PlainUi;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Chooses the front end: full screen on a terminal, line mode with --plain or without one. */
final class FrontEnds {
    private FrontEnds() {}

    /**
     * Where to open the course: home, or first one lesson, one quiz, the review of due cards or
     * one challenge's workspace.
     */
    record Target(Optional<String> lessonId, Optional<String> quizId, Optional<Long> seed, boolean review,
                  Optional<String> challengeId) {
        static Target home() {
            return new Target(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
        }

        static Target lesson(String id) {
            return new Target(Optional.of(id), Optional.empty(), Optional.empty(), false, Optional.empty());
        }

        /** A quiz, shuffled from the seed when one is given. */
        static Target quiz(String id, Optional<Long> seed) {
            return new Target(Optional.empty(), Optional.of(id), seed, false, Optional.empty());
        }

        static Target reviewDue() {
            return new Target(Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty());
        }

        static Target challenge(String id) {
            return new Target(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.of(id));
        }
    }

    static int open(CourseContext ctx, Launch launch, boolean plain, Target target) {
        CourseApp app = ctx.app();
        dev.secpillar.app.LanguageSwitch languages = ctx.languages();
        if (plain || !launch.interactive()) {
            return plain(app, launch, target, ctx.dataDir().resolve("answers"), languages);
        }
        return FullScreen.open(app, launch, target, ctx.dataDir().resolve("answers"), languages);
    }

    private static int plain(CourseApp app, Launch launch, Target target, Path answers,
                             dev.secpillar.app.LanguageSwitch languages) {
        if (!launch.interactive()) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(launch.out(), StandardCharsets.UTF_8), true);
            run(new PlainUi(app, LineSource.of(launch.in(), out), 80, answers).withLanguages(languages), target);
            return ExitCodes.OK;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
            LineSource source = LineSource.of(reader);
            run(new PlainUi(app, source, width, answers).withLanguages(languages), target);
            return source.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, app.messages().get("cli.error.open_terminal", e.getMessage()), e);
        }
    }

    private static void run(PlainUi ui, Target target) {
        if (target.quizId().isPresent()) {
            ui.runQuiz(target.quizId().get(), target.seed());
        } else if (target.review()) {
            ui.runReview();
        } else {
            ui.run(target.lessonId(), target.challengeId());
        }
    }
}
