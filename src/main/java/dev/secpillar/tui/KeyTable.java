package dev.secpillar.tui;

import java.util.List;

/**
 * One screen's keys as data, declared once by the screen: the footer draws the entries marked
 * for it (most important first, "? help" last) and the help overlay (?) draws every entry, so
 * the two can never disagree with each other. A screen with several states (a check waiting
 * for its answer, a verdict on show) declares one table per state.
 */
record KeyTable(String title, List<Entry> entries) {

    /** Keys and what they do here; {@code footer} when the bottom line shows it too. */
    record Entry(String keys, String action, boolean footer) {}

    /** Keys that work on every screen; the help lists them after the screen's own. */
    static final List<Entry> EVERYWHERE = List.of(new Entry("Ctrl-C", "quit at once", false));

    KeyTable {
        entries = List.copyOf(entries);
    }

    static KeyTable of(String title, Entry... entries) {
        return new KeyTable(title, List.of(entries));
    }

    /** A key shown on the bottom line and in the help. */
    static Entry main(String keys, String action) {
        return new Entry(keys, action, true);
    }

    /** A key listed only in the help (?). */
    static Entry more(String keys, String action) {
        return new Entry(keys, action, false);
    }

    /** The "? help" entry every table ends its footer with. */
    static Entry help() {
        return main("?", "help");
    }

    /** The bottom line: the entries marked for it, in order. */
    List<Chrome.Hint> footer() {
        return entries.stream().filter(Entry::footer).map(e -> new Chrome.Hint(e.keys(), e.action())).toList();
    }
}
