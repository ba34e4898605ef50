package dev.secpillar.tui;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeStanding;
import dev.secpillar.app.CheckOutcome;
import dev.secpillar.app.CourseApp;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Step;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lesson reader: one step per screen. Pages scroll; a check takes an answer (a number, or
 * ↑↓ and Enter) before the learner may go on, then shows right or wrong and why; the answers
 * given in this visit stay shown when the learner steps back. Going on from the last step
 * finishes the lesson.
 */
record LessonScreen(Course course, Module module, Lesson lesson, int step, int scroll, int selected,
                    Map<Integer, Answer> answers, Optional<String> notice, Optional<String> challengeStatus)
        implements Screen {

    /** A check answered in this visit. */
    record Answer(int choice, CheckOutcome outcome) {}

    LessonScreen {
        answers = Map.copyOf(answers);
    }

    static LessonScreen open(Course course, Module module, Lesson lesson, int step, Env env) {
        int s = Math.max(0, Math.min(step, lesson.steps().size() - 1));
        LessonScreen screen = new LessonScreen(course, module, lesson, s, 0, 0, Map.of(), Optional.empty(),
                Optional.empty()).withStatus(env);
        screen.markSeen(env);
        return screen;
    }

    private void markSeen(Env env) {
        if (!lesson.steps().isEmpty()) {
            env.save(() -> env.app().stepSeen(lesson, step));
        }
    }

    private int last() {
        return lesson.steps().size() - 1;
    }

    /** An unanswered check: the learner must answer before going on. */
    private Optional<Step.Check> pendingCheck() {
        if (lesson.steps().isEmpty() || answers.containsKey(step)) {
            return Optional.empty();
        }
        return lesson.steps().get(step) instanceof Step.Check c ? Optional.of(c) : Optional.empty();
    }

    private LessonScreen with(int newStep, int newScroll, int newSelected, Map<Integer, Answer> newAnswers,
                              Optional<String> newNotice) {
        return new LessonScreen(course, module, lesson, newStep, newScroll, newSelected, newAnswers, newNotice,
                newStep == step ? challengeStatus : Optional.empty());
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        int rows = env.bodyRows();
        StepView.Body body = StepView.of(this, env.bodyWidth(), env.app().messages());
        int total = body.rows().size();
        Optional<Step.Check> pending = pendingCheck();
        int page = Math.max(1, rows - 1);
        return switch (key.command()) {
            case UP -> pending.isPresent() ? choose(selected - 1, pending.get(), env) : scrollTo(scroll - 1, total, rows);
            case DOWN -> pending.isPresent() ? choose(selected + 1, pending.get(), env) : scrollTo(scroll + 1, total, rows);
            case PAGE_UP -> scrollTo(scroll - page, total, rows);
            case PAGE_DOWN -> scrollTo(scroll + page, total, rows);
            case TOP -> scrollTo(0, total, rows);
            case BOTTOM -> scrollTo(total, total, rows);
            case SPACE -> Scroll.clamp(scroll, total, rows) < Scroll.max(total, rows)
                    ? scrollTo(scroll + page, total, rows)
                    : forward(pending, env);
            case NUMBER -> pending.isPresent() && key.number() <= pending.get().choices().size()
                    ? answer(key.number() - 1, pending.get(), env)
                    : new Transition.Stay(this);
            case ENTER -> pending.isPresent() ? answer(selected, pending.get(), env)
                    : challengeStep().isPresent() ? openChallenge(challengeStep().get(), env) : forward(pending, env);
            case NEXT -> forward(pending, env);
            case PREVIOUS -> step > 0
                    ? goTo(step - 1, env)
                    : new Transition.Stay(with(step, scroll, selected, answers, Optional.of(env.t("tui.lesson.first_step"))));
            case BACK, QUIT -> new Transition.Pop();
            case SOURCES -> lesson.sources().isEmpty() ? new Transition.Stay(this)
                    : new Transition.Push(SourcesScreen.of(course, module, lesson));
            case HELP, PROGRESS, MOVE_UP, MOVE_DOWN, AGAIN, LETTER, SIDEWAYS_LEFT, SIDEWAYS_RIGHT -> new Transition.Stay(this);
        };
    }

    private Optional<Step.ChallengeStep> challengeStep() {
        if (lesson.steps().isEmpty()) {
            return Optional.empty();
        }
        return lesson.steps().get(step) instanceof Step.ChallengeStep c ? Optional.of(c) : Optional.empty();
    }

    /** A challenge step opens its workspace; coming back shows the step again, with the result. */
    private Transition openChallenge(Step.ChallengeStep c, Env env) {
        return ChallengeScreen.open(c.challengeId(), env).<Transition>map(Transition.Push::new)
                .orElse(new Transition.Stay(this));
    }

    /** The screen with how the learner stands with this step's challenge, if it is one. */
    private LessonScreen withStatus(Env env) {
        Optional<String> status = challengeStep().flatMap(c -> course.challenge(c.challengeId()))
                .map(c -> status(new ChallengeService(env.app()).standing(c, env.workspaces().draft(c.id())), env));
        return new LessonScreen(course, module, lesson, step, scroll, selected, answers, notice, status);
    }

    /** The challenge step's line: where the learner stands, with the cases and the time it takes. */
    private static String status(ChallengeStanding c, Env env) {
        return switch (c.status()) {
            case PASSED -> "✓ " + env.t("tui.lesson.challenge.passed");
            case PASSED_WITH_HINTS -> "✓ " + env.t("tui.lesson.challenge.passed_hints");
            case GAVE_UP -> env.t("tui.lesson.challenge.gave_up");
            case STARTED -> env.t("tui.lesson.challenge.started")
                    + (c.passing() >= 0 ? " " + env.t("tui.lesson.challenge.passing", c.statusText(env.app().messages())) : "");
            case NOT_STARTED -> env.t("tui.lesson.challenge.not_started")
                    + (c.cases() > 0 ? " " + env.t("tui.lesson.challenge.cases", c.cases(), c.minutes()) : "");
        };
    }

    @Override
    public Screen refreshed(Env env) {
        return withStatus(env);
    }

    private Transition scrollTo(int target, int total, int rows) {
        return new Transition.Stay(with(step, Scroll.clamp(target, total, rows), selected, answers, Optional.empty()));
    }

    private Transition choose(int choice, Step.Check check, Env env) {
        int c = Math.max(0, Math.min(choice, check.choices().size() - 1));
        LessonScreen next = with(step, scroll, c, answers, Optional.empty());
        StepView.Body body = StepView.of(next, env.bodyWidth(), env.app().messages());
        int s = Scroll.follow(scroll, body.focusFrom(), body.focusTo(), body.rows().size(), env.bodyRows());
        return new Transition.Stay(next.with(step, s, c, answers, Optional.empty()));
    }

    private Transition answer(int choice, Step.Check check, Env env) {
        CourseApp app = env.app();
        CheckOutcome[] recorded = new CheckOutcome[1];
        boolean saved = env.save(() -> recorded[0] = app.answerCheck(lesson, step, choice));
        // When the answer could not be saved the learner still sees the verdict, from the check itself.
        CheckOutcome outcome = saved ? recorded[0] : new CheckOutcome(check.isRight(choice), check.answer(), check.explain());
        Map<Integer, Answer> newAnswers = new HashMap<>(answers);
        newAnswers.put(step, new Answer(choice, outcome));
        LessonScreen next = with(step, scroll, choice, newAnswers, Optional.empty());
        StepView.Body body = StepView.of(next, env.bodyWidth(), env.app().messages());
        int s = Scroll.follow(scroll, body.focusFrom(), body.focusTo(), body.rows().size(), env.bodyRows());
        return new Transition.Stay(next.with(step, s, choice, newAnswers, Optional.empty()));
    }

    private Transition forward(Optional<Step.Check> pending, Env env) {
        if (pending.isPresent()) {
            int n = pending.get().choices().size();
            return new Transition.Stay(with(step, scroll, selected, answers,
                    Optional.of(env.t("tui.lesson.answer_first", QuestionKeys.numbers(n)))));
        }
        if (step < last()) {
            return goTo(step + 1, env);
        }
        if (env.save(() -> env.app().finishLesson(lesson))) {
            return new Transition.Replace(LessonDoneScreen.of(course, module, lesson, env.app()));
        }
        return new Transition.Stay(this);
    }

    private Transition goTo(int target, Env env) {
        LessonScreen next = with(target, 0, 0, answers, Optional.empty()).withStatus(env);
        next.markSeen(env);
        return new Transition.Stay(next);
    }

    @Override
    public void render(Canvas c) {
        int steps = lesson.steps().size();
        Chrome.header(c, module.title() + " › " + lesson.title(),
                steps == 0 ? "" : c.t("tui.lesson.step_of", step + 1, steps));
        StepView.Body body = StepView.of(this, Chrome.bodyWidth(c.width), c.words);
        // the choice follows ↑↓ when it moves; PgDn and End may read past it, as in a quiz
        Chrome.scrolledBody(c, body.rows(), scroll, body::highlighted,
                () -> notice.ifPresent(n -> Chrome.status(c, n, Role.NOTICE)));
    }

    /** Reading a page. */
    static KeyTable pageKeys(boolean lastStep) {
        return KeyTable.of("keys.title.lesson",
                KeyTable.main("→", lastStep ? "keys.finish" : "keys.next"), KeyTable.main("←", "keys.back"),
                KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(), KeyTable.main("Esc", "keys.leave"),
                KeyTable.more("n  b", "keys.next_previous_step"), KeyTable.more("k j", "keys.scroll_line"),
                KeyTable.more("keys.k.pgup_pgdn", "keys.scroll_page"), KeyTable.more("Space", "keys.scroll_page_then_next"),
                KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("Enter", "keys.next_or_challenge"),
                KeyTable.more("s", "keys.sources"), KeyTable.more("q", "keys.leave"));
    }

    /** A knowledge check waiting for its answer: ← still goes back a step. */
    static KeyTable checkKeys(int choices) {
        return KeyTable.of("keys.title.check",
                KeyTable.main(QuestionKeys.numbers(choices), "keys.answer"), KeyTable.main("↑↓", "keys.choose"),
                KeyTable.main("Enter", "keys.answer"), KeyTable.main("←", "keys.back"), KeyTable.help(),
                KeyTable.main("Esc", "keys.leave"), KeyTable.more("k j", "keys.choose"), KeyTable.more("b", "keys.previous_step"),
                KeyTable.more("keys.k.pgup_pgdn", "keys.scroll_page"), KeyTable.more("keys.k.home_end", "keys.top_bottom"),
                KeyTable.more("s", "keys.sources"), KeyTable.more("q", "keys.leave"));
    }

    @Override
    public KeyTable keys() {
        return pendingCheck().map(c -> checkKeys(c.choices().size())).orElseGet(() -> pageKeys(step == last()));
    }
}
