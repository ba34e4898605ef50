package dev.secpillar.tui;

import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What the moving keys do on a screen that is a body to read or a list to choose from, the same
 * on every such screen. Keys that mean nothing here are left to the screen ({@code other}).
 */
final class ReadingKeys {
    private ReadingKeys() {}

    /**
     * A body of {@code total} rows, a page of {@code env.bodyRows()} at a time: ↑↓ a row,
     * PgUp/PgDn and Space a page, Home/End the ends. {@code scrollTo} gets the new scroll, kept
     * within the body.
     */
    static Transition scroll(Msg.Key key, Env env, int scroll, int total, IntFunction<Transition> scrollTo,
                             Supplier<Transition> other) {
        int page = env.bodyRows();
        IntFunction<Transition> to = s -> scrollTo.apply(Scroll.clamp(s, total, page));
        return switch (key.command()) {
            case UP -> to.apply(scroll - 1);
            case DOWN -> to.apply(scroll + 1);
            case PAGE_UP -> to.apply(scroll - page);
            case PAGE_DOWN, SPACE -> to.apply(scroll + page);
            case TOP -> to.apply(0);
            case BOTTOM -> to.apply(total);
            default -> other.get();
        };
    }

    /**
     * A list of {@code count} entries: ↑↓ the entry before or after, PgUp/Home the first, PgDn/End
     * the last. {@code select} gets the entry asked for (it keeps it within the list).
     */
    static Transition select(Msg.Key key, int selected, int count, IntFunction<Transition> select,
                             Supplier<Transition> other) {
        return switch (key.command()) {
            case UP -> select.apply(selected - 1);
            case DOWN -> select.apply(selected + 1);
            case PAGE_UP, TOP -> select.apply(0);
            case PAGE_DOWN, BOTTOM -> select.apply(count - 1);
            default -> other.get();
        };
    }
}
