package dev.secpillar.tui;

import dev.secpillar.app.CourseApp;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shown when a lesson is finished: how far the learner is, and the next lesson to open with Enter. */
record LessonDoneScreen(Course course, Module module, Lesson lesson, Optional<Lesson> next, int done, int total)
        implements Screen {

    static LessonDoneScreen of(Course course, Module module, Lesson lesson, CourseApp app) {
        return new LessonDoneScreen(course, module, lesson, app.continueLesson(), app.lessonsDone(),
                course.allLessons().size());
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        return switch (key.command()) {
            case ENTER, NEXT -> next.flatMap(l -> course.module(l.moduleId()).map(m -> (Transition) new Transition.Replace(
                            LessonScreen.open(course, m, l, env.app().progress(l).resumeAt(), env))))
                    .orElse(new Transition.Pop());
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        };
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, module.title() + " › " + lesson.title(), c.t("tui.done.header"));
        int width = Chrome.bodyWidth(c.width);
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(Segment.plain("✓ " + c.t("tui.done.complete"), Role.RIGHT));
        rows.add(List.of());
        rows.addAll(StepView.wrap(lesson.title(), Role.BOLD, width));
        rows.add(List.of());
        rows.addAll(StepView.wrap(c.t("tui.done.count", done, total), Role.TEXT, width));
        rows.add(List.of());
        if (next.isPresent()) {
            String where = course.module(next.get().moduleId()).map(m -> " (" + m.title() + ")").orElse("");
            rows.addAll(StepView.wrap(c.t("tui.done.next", next.get().title() + where), Role.TITLE, width));
            rows.add(List.of());
            rows.addAll(StepView.wrap(c.t("tui.done.start"), Role.MUTED, width));
        } else {
            rows.addAll(StepView.wrap(c.t("tui.done.last"), Role.TITLE, width));
            rows.add(List.of());
            rows.addAll(StepView.wrap(c.t("tui.done.back"), Role.MUTED, width));
        }
        Chrome.body(c, rows, 0, i -> false);
    }

    @Override
    public KeyTable keys() {
        return next.isPresent() ? KEYS_NEXT : KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.lesson_done", KeyTable.main("Esc", "keys.back"), KeyTable.help(),
            KeyTable.more("← b q", "keys.back"));

    static final KeyTable KEYS_NEXT = KeyTable.of("keys.title.lesson_done", KeyTable.main("Enter", "keys.next_lesson"),
            KeyTable.main("Esc", "keys.back"), KeyTable.help(), KeyTable.more("→ n", "keys.next_lesson"),
            KeyTable.more("← b q", "keys.back"));
}
