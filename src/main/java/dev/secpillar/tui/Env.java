package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.app.QuizService;
import dev.secpillar.progress.ProgressException;
import java.util.Optional;

/**
 * What a screen's update may use: the course service and the frame size. Writes go through
 * {@link #save} so a failing progress database becomes a message on screen while the learner
 * carries on reading, instead of an exception that ends the session.
 */
final class Env {
    private final CourseApp app;
    private final int width;
    private final int height;
    private String error;

    Env(CourseApp app, int width, int height) {
        this.app = app;
        this.width = width;
        this.height = height;
    }

    CourseApp app() {
        return app;
    }

    /** Quizzes and reviews over the same course service. */
    QuizService quizzes() {
        return new QuizService(app);
    }

    int width() {
        return width;
    }

    int bodyRows() {
        return Chrome.bodyRows(height);
    }

    int bodyWidth() {
        return Chrome.bodyWidth(width);
    }

    /** Runs a write to the learner's record; false (and a message kept for the banner) when it failed. */
    boolean save(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ProgressException e) {
            error = e.getMessage();
            return false;
        }
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
