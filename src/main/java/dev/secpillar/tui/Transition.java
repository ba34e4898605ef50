package dev.secpillar.tui;

/** What a screen's update asks for: stay (with new state), open a screen, replace itself, go back, quit. */
sealed interface Transition {
    record Stay(Screen screen) implements Transition {}

    record Push(Screen screen) implements Transition {}

    record Replace(Screen screen) implements Transition {}

    record Pop() implements Transition {}

    record Quit() implements Transition {}
}
