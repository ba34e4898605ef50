package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;

/**
 * One screen: its state is the record implementing this, {@link #update} returns what comes
 * next, {@link #render} draws from the state alone (header, body and status line; the footer
 * and overlays are drawn around it by {@link TuiApp}).
 */
sealed interface Screen permits HomeScreen, ModuleScreen, LessonScreen, LessonDoneScreen, BadgeCabinetScreen,
        BadgeScreen, ProgressScreen, QuizScreen, QuizResumeScreen, QuizSummaryScreen, ReviewScreen, ChallengeScreen,
        SourcesScreen {

    Transition update(Msg.Key key, Env env);

    void render(Canvas canvas);

    /** This screen's keys, as it is now: the footer and the help (?) are both drawn from it. */
    KeyTable keys();

    /** True when the screen wants keys as typed ({@link Msg.Typed}) rather than as commands. */
    default boolean takesText() {
        return false;
    }

    /** A key as typed; only called when {@link #takesText()} is true. */
    default Transition typed(Msg.Typed key, Env env) {
        return new Transition.Stay(this);
    }

    /** Text pasted into the terminal (bracketed paste); only called when {@link #takesText()} is true. */
    default Transition pasted(String text, Env env) {
        return new Transition.Stay(this);
    }

    /** True when Ctrl-C would copy a selection here rather than quit. */
    default boolean copies() {
        return false;
    }

    /** The screen again with fresh progress, when the learner comes back to it. */
    default Screen refreshed(Env env) {
        return this;
    }
}
