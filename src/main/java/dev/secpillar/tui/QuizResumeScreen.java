package dev.secpillar.tui;

import dev.secpillar.app.QuizRun;
import dev.secpillar.app.text.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening a quiz left half-way asks first: "Resume (question 7 of 28)" or "Start over". The
 * sitting's answers so far are kept in the record either way; starting over begins a new one.
 */
record QuizResumeScreen(QuizRun run, int selected) implements Screen {

    static final KeyTable KEYS = KeyTable.of("keys.title.resume",
            KeyTable.main("Enter", "keys.choose"), KeyTable.main("↑↓", "keys.select"), KeyTable.main("1 2", "keys.resume_or_over"),
            KeyTable.help(), KeyTable.main("Esc", "keys.back"), KeyTable.more("k j", "keys.select"), KeyTable.more("q", "keys.back"));

    private String resumeLabel(Canvas c) {
        return c.t("tui.resume.resume", run.session().answered().size() + 1, run.session().total());
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        return switch (key.command()) {
            case UP, DOWN -> new Transition.Stay(new QuizResumeScreen(run, 1 - selected));
            case ENTER, NEXT -> choose(selected, env);
            case NUMBER -> key.number() <= 2 ? choose(key.number() - 1, env) : new Transition.Stay(this);
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        };
    }

    private Transition choose(int choice, Env env) {
        return new Transition.Replace(choice == 0 ? QuizScreen.resume(run, env) : QuizScreen.start(run.session().quiz(), env));
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, c.t("tui.resume.header", run.session().quiz().title()), "");
        int width = Chrome.bodyWidth(c.width);
        List<List<Segment>> rows = new ArrayList<>();
        rows.addAll(StepView.wrap(c.t("tui.resume.left", run.session().answered().size(), run.session().total(),
                run.session().rightSoFar()), Role.TEXT, width));
        rows.add(List.of());
        rows.add(Segment.plain(Columns.truncate((selected == 0 ? "› " : "  ") + "1. " + resumeLabel(c), width), Role.TEXT));
        rows.add(Segment.plain(Columns.truncate((selected == 1 ? "› " : "  ") + "2. " + c.t("tui.resume.over"), width),
                Role.TEXT));
        int highlight = rows.size() - 2 + selected;
        Chrome.body(c, rows, 0, i -> i == highlight);
    }

    @Override
    public KeyTable keys() {
        return KEYS;
    }
}
