package dev.secpillar.tui;

import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;

/** A lesson's sources, opened with s from any of its steps; Esc goes back to the same step. */
record SourcesScreen(Course course, Module module, Lesson lesson, int scroll, int shift) implements Screen {

    static SourcesScreen of(Course course, Module module, Lesson lesson) {
        return new SourcesScreen(course, module, lesson, 0, 0);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        int total = SourcesView.rows(course, lesson, Chrome.bodyWidth(env.width()), env.app().messages(), shift).size();
        int side = SourcesView.step(env.width());
        return ReadingKeys.scroll(key, env, scroll, total, this::scrollTo, () -> switch (key.command()) {
            case BACK, QUIT, PREVIOUS, SOURCES, ENTER -> new Transition.Pop();
            case SIDEWAYS_LEFT -> new Transition.Stay(new SourcesScreen(course, module, lesson, scroll,
                    SourcesView.clampShift(shift - side, course, lesson, env.width())));
            case SIDEWAYS_RIGHT -> new Transition.Stay(new SourcesScreen(course, module, lesson, scroll,
                    SourcesView.clampShift(shift + side, course, lesson, env.width())));
            default -> new Transition.Stay(this);
        });
    }

    /** The screen scrolled to {@code s}, a scroll already kept within the body. */
    private Transition scrollTo(int s) {
        return new Transition.Stay(new SourcesScreen(course, module, lesson, s, shift));
    }

    @Override
    public void render(Canvas c) {
        SourcesView.draw(c, module.title() + " › " + lesson.title(), c.t("tui.sources.title"),
                SourcesView.rows(course, lesson, Chrome.bodyWidth(c.width), c.words, shift), scroll, course, lesson);
    }

    @Override
    public KeyTable keys() {
        return KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.sources", KeyTable.main("Esc", "keys.back_to_lesson"),
            // < > stays off the footer: the status line names it when an address is too wide
            KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(), KeyTable.more("< >", "keys.sources_sideways"),
            KeyTable.more("k j", "keys.scroll_line"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q s Enter", "keys.back_to_lesson"));
}
