package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;
import java.util.List;

/**
 * One screen's keys as data, declared once by the screen: the footer draws the entries marked
 * for it (most important first, "? help" last) and the help overlay (?) draws every entry, so
 * the two can never disagree with each other. A screen with several states (a check waiting
 * for its answer, a verdict on show) declares one table per state.
 *
 * <p>The title and the actions are bundle keys ({@code keys.*}), looked up in the learner's
 * language by {@link #in}; so are key names that are words ("any other key"), which start with
 * {@code keys.} too. Key names such as "Enter" or "↑↓" are the keys' own and stay as they are.
 */
record KeyTable(String title, List<Entry> entries) {

    /** Keys and what they do here; {@code footer} when the bottom line shows it too. */
    record Entry(String keys, String action, boolean footer) {
        Entry in(Messages m) {
            return new Entry(keys.startsWith("keys.") ? m.get(keys) : keys, m.get(action), footer);
        }
    }

    /** Keys that work on every screen; the help lists them after the screen's own. */
    static final List<Entry> EVERYWHERE = List.of(new Entry("Ctrl-C", "keys.quit_now", false));

    KeyTable {
        entries = List.copyOf(entries);
    }

    static KeyTable of(String title, Entry... entries) {
        return new KeyTable(title, List.of(entries));
    }

    /** The table in the learner's words. */
    KeyTable in(Messages m) {
        return new KeyTable(m.get(title), entries.stream().map(e -> e.in(m)).toList());
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
        return main("?", "keys.help");
    }

    /** The bottom line: the entries marked for it, in order. */
    List<Chrome.Hint> footer() {
        return entries.stream().filter(Entry::footer).map(e -> new Chrome.Hint(e.keys(), e.action())).toList();
    }
}
