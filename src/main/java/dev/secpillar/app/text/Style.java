package dev.secpillar.app.text;

/** How a piece of laid-out text should look; each front end maps these to its own means. */
public enum Style {
    /** Body prose. */
    NORMAL,
    /** {@code **bold**} in prose. */
    BOLD,
    /** {@code `inline code`} in prose. */
    CODE,
    /** A line inside a fenced code block. */
    CODE_BLOCK,
    /** The box drawn around a code block, and the marker where a long code line was cut. */
    FRAME,
    /** The bullet or number in front of a list item. */
    BULLET,
    /** In JSON shown to the learner (a policy_decision scenario): an object key. */
    JSON_KEY,
    /** A JSON string value. */
    JSON_STRING,
    /** A JSON number. */
    JSON_NUMBER,
    /** true, false or null. */
    JSON_LITERAL,
    /** Braces, brackets, commas and colons. */
    JSON_PUNCTUATION
}
