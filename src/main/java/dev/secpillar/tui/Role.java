package dev.secpillar.tui;

import dev.secpillar.app.text.Style;

/** What a piece of the screen is; the {@link Theme} decides how each looks. */
enum Role {
    TEXT, MUTED, TITLE, HEADER, SELECTED, SELECTION, BOLD, CODE, CODE_BLOCK, FRAME, BULLET,
    BAR_DONE, BAR_TODO, RIGHT, WRONG, ERROR, NOTICE, KEY, FOOTER,
    JSON_KEY, JSON_STRING, JSON_NUMBER, JSON_LITERAL, JSON_PUNCTUATION;

    static Role of(Style style) {
        return switch (style) {
            case NORMAL -> TEXT;
            case BOLD -> BOLD;
            case CODE -> CODE;
            case CODE_BLOCK -> CODE_BLOCK;
            case FRAME -> FRAME;
            case BULLET -> BULLET;
            case JSON_KEY -> JSON_KEY;
            case JSON_STRING -> JSON_STRING;
            case JSON_NUMBER -> JSON_NUMBER;
            case JSON_LITERAL -> JSON_LITERAL;
            case JSON_PUNCTUATION -> JSON_PUNCTUATION;
        };
    }
}
