package dev.secpillar.tui;

/** What a key means, before a screen decides what to do with it. */
enum Command {
    UP, DOWN, PAGE_UP, PAGE_DOWN, SPACE, TOP, BOTTOM,
    ENTER, NEXT, PREVIOUS, BACK, QUIT, HELP, NUMBER, PROGRESS,
    /** Shift-↑ or u: move the selected item up (order questions). */
    MOVE_UP,
    /** Shift-↓ or d: move the selected item down. */
    MOVE_DOWN,
    /** r: review the due cards (home), retry (quiz summary). */
    AGAIN,
    /** t f (true, false) and a e i (Allow, Explicit deny, Implicit deny): answer letters, as in line mode. */
    LETTER,
    /** &lt; and &gt;: scroll a long line (a source's address) sideways. */
    SIDEWAYS_LEFT, SIDEWAYS_RIGHT,
    /** s: the lesson's sources. */
    SOURCES
}
