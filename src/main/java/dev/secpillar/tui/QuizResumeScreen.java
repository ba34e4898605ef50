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

    static final KeyTable KEYS = KeyTable.of("Resume a quiz",
            KeyTable.main("Enter", "choose"), KeyTable.main("↑↓", "move"), KeyTable.main("1 2", "resume, start over"),
            KeyTable.help(), KeyTable.main("Esc", "back"), KeyTable.more("k j", "move"), KeyTable.more("q", "back"));

    private String resumeLabel() {
        return "Resume (question " + (run.session().answered().size() + 1) + " of " + run.session().total() + ")";
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
        return new Transition.Replace(choice == 0 ? QuizScreen.resume(run) : QuizScreen.start(run.session().quiz(), env));
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, "Quiz · " + run.session().quiz().title(), "");
        int width = Chrome.bodyWidth(c.width);
        List<List<Segment>> rows = new ArrayList<>();
        rows.addAll(StepView.wrap("You left this quiz half-way: " + run.session().answered().size() + " of "
                + run.session().total() + " questions answered, " + run.session().rightSoFar() + " right so far.",
                Role.TEXT, width));
        rows.add(List.of());
        rows.add(Segment.plain(Columns.truncate((selected == 0 ? "› " : "  ") + "1. " + resumeLabel(), width), Role.TEXT));
        rows.add(Segment.plain(Columns.truncate((selected == 1 ? "› " : "  ") + "2. Start over (a new sitting)", width),
                Role.TEXT));
        int highlight = rows.size() - 2 + selected;
        Chrome.body(c, rows, 0, i -> i == highlight);
    }

    @Override
    public KeyTable keys() {
        return KEYS;
    }
}
