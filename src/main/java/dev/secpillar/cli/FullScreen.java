package dev.secpillar.cli;

import dev.secpillar.app.CourseApp;

/** Opens the full-screen front end (wired to the Lanterna TUI). */
final class FullScreen {
    private FullScreen() {}

    static int open(CourseApp app, Launch launch, FrontEnds.Target target) {
        throw new Failure(ExitCodes.USAGE, "the full-screen course is not built yet; use --plain");
    }
}
