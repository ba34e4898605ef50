package dev.secpillar.cli;

import dev.secpillar.app.CourseApp;
import dev.secpillar.tui.Tui;
import dev.secpillar.tui.TuiOptions;
import java.io.IOException;

/** Opens the full-screen front end on the process's terminal. */
final class FullScreen {
    private FullScreen() {}

    static int open(CourseApp app, Launch launch, FrontEnds.Target target) {
        try {
            Tui.run(app, TuiOptions.fromEnvironment(launch.env(), target.lessonId()));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, "terminal error: " + e.getMessage(), e);
        }
    }
}
