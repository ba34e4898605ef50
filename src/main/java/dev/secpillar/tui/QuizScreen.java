package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;

import dev.secpillar.app.QuizRun;
import dev.secpillar.course.Quiz;
import dev.secpillar.quiz.QuizSession;
import dev.secpillar.quiz.ShownQuestion;
import java.util.List;
import java.util.Optional;

/**
 * A quiz sitting, one question per screen: the learner answers with numbers, ↑↓ and Enter,
 * Space ticks in select-all questions, Shift-↑↓ or u/d move order items. Each answer is
 * recorded at once and the verdict and explanation shown; Enter goes on, and after the last
 * question the summary replaces this screen. Esc leaves (the answers so far stay recorded).
 */
record QuizScreen(QuizRun run, AnswerForm form, boolean showingAnswer, int scroll, Optional<String> notice)
        implements Screen {

    /** A quiz as the learner opens it: the offer to resume a sitting left half-way, else a new sitting. */
    static Screen open(Quiz quiz, Env env) {
        return env.quizzes().unfinished(quiz).<Screen>map(run -> new QuizResumeScreen(run, 0))
                .orElseGet(() -> start(quiz, env));
    }

    /** Goes on with a sitting left half-way, at its first unanswered question. */
    static QuizScreen resume(QuizRun run, Env env) {
        return new QuizScreen(run, AnswerForm.of(run.session().current()), false, 0,
                Optional.of(env.t("tui.quiz.resumed", run.session().answered().size(), run.session().rightSoFar())));
    }

    /** Starts a sitting (recording the attempt); throws ProgressException when it cannot be recorded. */
    static QuizScreen start(Quiz quiz, Env env) {
        return start(quiz, Optional.empty(), env);
    }

    /** Starts a sitting shuffled from the seed when one is given. */
    static QuizScreen start(Quiz quiz, Optional<Long> seed, Env env) {
        QuizRun run = seed.isPresent() ? env.quizzes().start(quiz, seed.get()) : env.quizzes().start(quiz);
        return new QuizScreen(run, AnswerForm.of(run.session().current()), false, 0, Optional.empty());
    }

    private QuizSession session() {
        return run.session();
    }

    /** The question on screen: the one just answered while its verdict shows, else the current one. */
    private ShownQuestion shown() {
        return showingAnswer ? session().last().orElseThrow().shown() : session().current();
    }

    private StepView.Body body(int width, Messages words) {
        Optional<QuestionView.Verdict> verdict = showingAnswer
                ? session().last().map(a -> new QuestionView.Verdict(a.response(), a.marking()))
                : Optional.empty();
        return QuestionView.of(shown(), form, verdict, width, words);
    }

    private QuizScreen with(QuizRun r, AnswerForm f, boolean showing, int s, Optional<String> n) {
        return new QuizScreen(r, f, showing, s, n);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        if (showingAnswer) {
            return QuestionKeys.around(key, env, scroll, true, () -> next(env), s -> scrollTo(s, env), this);
        }
        QuestionKeys.Outcome o = QuestionKeys.handle(form, key, env.app().messages());
        if (o instanceof QuestionKeys.Outcome.Edit e) {
            return new Transition.Stay(follow(with(run, e.form(), false, scroll, Optional.empty()), env));
        }
        if (o instanceof QuestionKeys.Outcome.Answer a) {
            QuizRun[] next = new QuizRun[1];
            if (!env.save(() -> next[0] = env.quizzes().answer(run, a.response()))) {
                return new Transition.Stay(this);
            }
            return new Transition.Stay(follow(with(next[0], form, true, scroll, Optional.empty()), env));
        }
        if (o instanceof QuestionKeys.Outcome.Hint h) {
            return new Transition.Stay(with(run, form, false, scroll, Optional.of(h.text())));
        }
        return QuestionKeys.around(key, env, scroll, false, () -> next(env), s -> scrollTo(s, env), this);
    }

    private Transition next(Env env) {
        if (session().finished()) {
            return new Transition.Replace(QuizSummaryScreen.of(env.quizzes().result(run), env));
        }
        return new Transition.Stay(with(run, AnswerForm.of(session().current()), false, 0, Optional.empty()));
    }

    private Transition scrollTo(int target, Env env) {
        int total = body(env.bodyWidth(), env.app().messages()).rows().size();
        return new Transition.Stay(with(run, form, showingAnswer, Scroll.clamp(target, total, env.bodyRows()), notice));
    }

    /** The screen scrolled so the selected choice (or the verdict) is in view. */
    private QuizScreen follow(QuizScreen s, Env env) {
        StepView.Body b = s.body(env.bodyWidth(), env.app().messages());
        int to = s.showingAnswer ? Math.min(b.focusTo(), b.focusFrom() + env.bodyRows() - 1) : b.focusTo();
        int sc = Scroll.follow(s.scroll, b.focusFrom(), to, b.rows().size(), env.bodyRows());
        return s.with(s.run, s.form, s.showingAnswer, sc, s.notice);
    }

    @Override
    public void render(Canvas c) {
        int number = showingAnswer ? session().answered().size() : Math.min(session().answered().size() + 1, session().total());
        Chrome.header(c, c.t("tui.quiz.header", session().quiz().title()), c.t("tui.quiz.question_of", number, session().total()));
        StepView.Body b = body(Chrome.bodyWidth(c.width), c.words);
        // The choice follows ↑↓ when it moves (follow); PgDn and End may then read past it, to
        // the end of a policy scenario, before the learner answers.
        Chrome.scrolledBody(c, b.rows(), scroll, b::highlighted, () -> status(c));
    }

    /** A notice, else the score so far. */
    private void status(Canvas c) {
        if (notice.isPresent()) {
            Chrome.status(c, notice.get(), Role.NOTICE);
        } else if (!session().answered().isEmpty()) {
            Chrome.status(c, c.t("tui.quiz.right_so_far", session().rightSoFar(), session().answered().size()), Role.MUTED);
        }
    }

    @Override
    public KeyTable keys() {
        return showingAnswer ? QuestionKeys.verdictKeys("keys.title.quiz", session().finished() ? "keys.summary" : "keys.next_question")
                : QuestionKeys.answerKeys("keys.title.quiz_question", form);
    }
}
