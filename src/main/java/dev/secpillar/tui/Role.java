package dev.secpillar.tui;

import dev.secpillar.app.text.Style;

/** What a piece of the screen is; the {@link Theme} decides how each looks. */
enum Role {
    TEXT, MUTED, TITLE, HEADER, SELECTED, BOLD, CODE, CODE_BLOCK, FRAME, BULLET,
    BAR_DONE, BAR_TODO, RIGHT, WRONG, ERROR, NOTICE, KEY, FOOTER;

    static Role of(Style style) {
        return switch (style) {
            case NORMAL -> TEXT;
            case BOLD -> BOLD;
            case CODE -> CODE;
            case CODE_BLOCK -> CODE_BLOCK;
            case FRAME -> FRAME;
            case BULLET -> BULLET;
        };
    }
}
