package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.app.QuizService;
import dev.secpillar.record.ProgressException;
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
    private final Workspaces workspaces;
    private String error;
    private ExternalEdit edit;
    private boolean help;
    private boolean language;
    private boolean workshop;

    Env(CourseApp app, int width, int height) {
        this(app, width, height, new Workspaces(app));
    }

    Env(CourseApp app, int width, int height, Workspaces workspaces) {
        this.app = app;
        this.width = width;
        this.height = height;
        this.workspaces = workspaces;
    }

    CourseApp app() {
        return app;
    }

    /** The interface text for a bundle key, in the learner's language. */
    String t(String key, Object... args) {
        return app.messages().get(key, args);
    }

    /** Challenge workspaces and the answers left in them this session. */
    Workspaces workspaces() {
        return workspaces;
    }

    /** True in a served session: the learner's own editor never runs on the server. */
    boolean workshop() {
        return workshop;
    }

    Env inWorkshop(boolean served) {
        this.workshop = served;
        return this;
    }

    /** Asks for the learner's own editor on this text, once the key is handled. */
    void requestEdit(ExternalEdit request) {
        edit = request;
    }

    Optional<ExternalEdit> editRequest() {
        return Optional.ofNullable(edit);
    }

    /** Asks for the help overlay (screens that take text handle "?" themselves). */
    void requestHelp() {
        help = true;
    }

    boolean helpRequested() {
        return help;
    }

    /** Asks for the course in the next language (home's L), once the key is handled. */
    void requestLanguage() {
        language = true;
    }

    boolean languageRequested() {
        return language;
    }

    int height() {
        return height;
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
            app.unsavedNotice().ifPresent(this::report);
            return true;
        } catch (ProgressException e) {
            error = e.message(app.messages());
            return false;
        }
    }

    /** A problem to show in the banner (a challenge that cannot be opened, say). */
    void report(String message) {
        error = message;
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
