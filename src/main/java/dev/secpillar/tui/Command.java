package dev.secpillar.tui;

/** What a key means, before a screen decides what to do with it. */
enum Command {
    UP, DOWN, PAGE_UP, PAGE_DOWN, SPACE, TOP, BOTTOM,
    ENTER, NEXT, PREVIOUS, BACK, QUIT, HELP, NUMBER
}
