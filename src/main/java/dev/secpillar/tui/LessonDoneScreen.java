package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shown when a lesson is finished: how far the learner is, the next lesson to open with Enter,
 * and the sources the lesson rests on ({@link SourcesView}; {@code shift} moves a wide address).
 */
record LessonDoneScreen(Course course, Module module, Lesson lesson, Optional<Lesson> next, int done, int total,
                        int scroll, int shift) implements Screen {

    static LessonDoneScreen of(Course course, Module module, Lesson lesson, CourseApp app) {
        return new LessonDoneScreen(course, module, lesson, app.continueLesson(), app.lessonsDone(),
                course.allLessons().size(), 0, 0);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        int total = rows(env.width(), env.app().messages()).size();
        int side = SourcesView.step(env.width());
        return ReadingKeys.scroll(key, env, scroll, total, this::scrollTo, () -> switch (key.command()) {
            case ENTER, NEXT -> next.flatMap(l -> course.module(l.moduleId()).map(m -> (Transition) new Transition.Replace(
                            LessonScreen.open(course, m, l, env.app().progress(l).resumeAt(), env))))
                    .orElse(new Transition.Pop());
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            case SIDEWAYS_LEFT -> shiftTo(shift - side, env.width());
            case SIDEWAYS_RIGHT -> shiftTo(shift + side, env.width());
            default -> new Transition.Stay(this);
        });
    }

    /** The screen scrolled to {@code s}, a scroll already kept within the body. */
    private Transition scrollTo(int s) {
        return new Transition.Stay(new LessonDoneScreen(course, module, lesson, next, done, total,
                s, shift));
    }

    private Transition shiftTo(int s, int width) {
        return new Transition.Stay(new LessonDoneScreen(course, module, lesson, next, done, total, scroll,
                SourcesView.clampShift(s, course, lesson, width)));
    }

    private List<List<Segment>> rows(int screenWidth, Messages words) {
        int width = Chrome.bodyWidth(screenWidth);
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(Segment.plain("✓ " + words.get("tui.done.complete"), Role.RIGHT));
        rows.add(List.of());
        rows.addAll(StepView.wrap(lesson.title(), Role.BOLD, width));
        rows.add(List.of());
        rows.addAll(StepView.wrap(words.get("tui.done.count", done, total), Role.TEXT, width));
        rows.add(List.of());
        if (next.isPresent()) {
            String where = course.module(next.get().moduleId()).map(m -> " (" + m.title() + ")").orElse("");
            rows.addAll(StepView.wrap(words.get("tui.done.next", next.get().title() + where), Role.TITLE, width));
            rows.add(List.of());
            rows.addAll(StepView.wrap(words.get("tui.done.start"), Role.MUTED, width));
        } else {
            rows.addAll(StepView.wrap(words.get("tui.done.last"), Role.TITLE, width));
            rows.add(List.of());
            rows.addAll(StepView.wrap(words.get("tui.done.back"), Role.MUTED, width));
        }
        List<List<Segment>> sources = SourcesView.rows(course, lesson, width, words, shift);
        if (!sources.isEmpty()) {
            rows.add(List.of());
            rows.addAll(sources);
        }
        return rows;
    }

    @Override
    public void render(Canvas c) {
        SourcesView.draw(c, module.title() + " › " + lesson.title(), c.t("tui.done.header"), rows(c.width, c.words),
                scroll, course, lesson);
    }

    @Override
    public KeyTable keys() {
        return next.isPresent() ? KEYS_NEXT : KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.lesson_done", KeyTable.main("Esc", "keys.back"),
            KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(), KeyTable.more("< >", "keys.sources_sideways"),
            KeyTable.more("k j", "keys.scroll_line"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q", "keys.back"));

    static final KeyTable KEYS_NEXT = KeyTable.of("keys.title.lesson_done", KeyTable.main("Enter", "keys.next_lesson"),
            KeyTable.main("Esc", "keys.back"), KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(),
            KeyTable.more("< >", "keys.sources_sideways"), KeyTable.more("→ n", "keys.next_lesson"),
            KeyTable.more("k j", "keys.scroll_line"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q", "keys.back"));
}
