package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;
import dev.secpillar.app.QuizService;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.quiz.ReviewScheduler;
import dev.secpillar.quiz.ReviewSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review of the due cards: each missed question asked again (keys as in a quiz), then the
 * verdict, the explanation and when the card comes back (or that it retired). At the end, how
 * it went and when the next card is due; Enter or Esc goes back.
 */
record ReviewScreen(ReviewSession session, Optional<AnswerForm> form, boolean showingAnswer, int scroll,
                    Optional<String> notice, Optional<String> nextDue) implements Screen {

    static ReviewScreen start(Env env) {
        QuizService quizzes = env.quizzes();
        ReviewSession s = quizzes.startReview();
        return new ReviewScreen(s, s.finished() ? Optional.empty() : Optional.of(AnswerForm.of(s.current())), false, 0,
                Optional.empty(), quizzes.untilNextReview().map(QuizService::inWords));
    }

    private ReviewScreen with(ReviewSession s, Optional<AnswerForm> f, boolean showing, int sc, Optional<String> n,
                              Optional<String> due) {
        return new ReviewScreen(s, f, showing, sc, n, due);
    }

    private boolean done() {
        return session.finished() && !showingAnswer;
    }

    private StepView.Body body(int width, Messages words) {
        if (done()) {
            return new StepView.Body(doneRows(width, words), -1, -1, -1, -1);
        }
        if (!showingAnswer) {
            return QuestionView.of(session.current(), form.orElseThrow(), Optional.empty(), width, words);
        }
        ReviewSession.Reviewed r = session.last().orElseThrow();
        StepView.Body b = QuestionView.of(r.shown(), AnswerForm.of(r.shown()),
                Optional.of(new QuestionView.Verdict(r.response(), r.marking())), width, words);
        List<List<Segment>> rows = new ArrayList<>(b.rows());
        rows.add(List.of());
        rows.addAll(StepView.wrap(schedule(r.card(), words), r.card().retired() ? Role.RIGHT : Role.TEXT, width));
        return new StepView.Body(rows, -1, -1, b.focusFrom(), rows.size() - 1);
    }

    private static String schedule(ReviewCard card, Messages words) {
        return (card.retired() ? "✓ " : "") + QuizService.schedule(card, words);
    }

    private List<List<Segment>> doneRows(int width, Messages words) {
        List<List<Segment>> rows = new ArrayList<>();
        if (session.total() == 0) {
            rows.addAll(StepView.wrap(words.get("tui.review.nothing"), Role.TITLE, width));
        } else {
            rows.add(Segment.plain("✓ " + words.get("tui.review.done"), Role.RIGHT));
            rows.add(List.of());
            rows.addAll(StepView.wrap(session.retired() > 0
                    ? words.get("tui.review.score_retired", session.right(), session.total(), session.retired())
                    : words.get("tui.review.score", session.right(), session.total()), Role.TEXT, width));
        }
        nextDue.ifPresent(d -> {
            rows.add(List.of());
            rows.addAll(StepView.wrap(words.get("tui.review.next_due", String.valueOf(d)), Role.TEXT, width));
        });
        rows.add(List.of());
        rows.addAll(StepView.wrap(words.get("tui.review.back"), Role.MUTED, width));
        return rows;
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        if (done()) {
            return switch (key.command()) {
                case ENTER, NEXT, BACK, QUIT, PREVIOUS -> new Transition.Pop();
                default -> new Transition.Stay(this);
            };
        }
        if (showingAnswer) {
            return QuestionKeys.around(key, env, scroll, true, () -> next(env), s -> scrollTo(s, env), this);
        }
        QuestionKeys.Outcome o = QuestionKeys.handle(form.orElseThrow(), key, env.app().messages());
        if (o instanceof QuestionKeys.Outcome.Edit e) {
            return new Transition.Stay(follow(with(session, Optional.of(e.form()), false, scroll, Optional.empty(), nextDue), env));
        }
        if (o instanceof QuestionKeys.Outcome.Answer a) {
            ReviewSession[] next = new ReviewSession[1];
            if (!env.save(() -> next[0] = env.quizzes().answer(session, a.response()))) {
                return new Transition.Stay(this);
            }
            return new Transition.Stay(follow(with(next[0], form, true, scroll, Optional.empty(), nextDue), env));
        }
        if (o instanceof QuestionKeys.Outcome.Hint h) {
            return new Transition.Stay(with(session, form, false, scroll, Optional.of(h.text()), nextDue));
        }
        return QuestionKeys.around(key, env, scroll, false, () -> next(env), s -> scrollTo(s, env), this);
    }

    private Transition next(Env env) {
        if (session.finished()) {
            Optional<String> due = env.quizzes().untilNextReview().map(QuizService::inWords);
            return new Transition.Stay(with(session, Optional.empty(), false, 0, Optional.empty(), due));
        }
        return new Transition.Stay(with(session, Optional.of(AnswerForm.of(session.current())), false, 0,
                Optional.empty(), nextDue));
    }

    private Transition scrollTo(int target, Env env) {
        int total = body(env.bodyWidth(), env.app().messages()).rows().size();
        return new Transition.Stay(with(session, form, showingAnswer, Scroll.clamp(target, total, env.bodyRows()),
                notice, nextDue));
    }

    private ReviewScreen follow(ReviewScreen s, Env env) {
        StepView.Body b = s.body(env.bodyWidth(), env.app().messages());
        int to = s.showingAnswer ? Math.min(b.focusTo(), b.focusFrom() + env.bodyRows() - 1) : b.focusTo();
        int sc = Scroll.follow(s.scroll, b.focusFrom(), to, b.rows().size(), env.bodyRows());
        return s.with(s.session, s.form, s.showingAnswer, sc, s.notice, s.nextDue);
    }

    @Override
    public void render(Canvas c) {
        String progress = session.total() == 0 || done() ? ""
                : c.t("tui.review.card_of", showingAnswer ? session.reviewed().size()
                        : Math.min(session.reviewed().size() + 1, Math.max(1, session.total())), session.total());
        Chrome.header(c, c.t("tui.review.header"), progress);
        StepView.Body b = body(Chrome.bodyWidth(c.width), c.words);
        // The choice follows ↑↓ when it moves (follow); PgDn and End may then read past it.
        Chrome.scrolledBody(c, b.rows(), scroll, b::highlighted,
                () -> notice.ifPresent(n -> Chrome.status(c, n, Role.NOTICE)));
    }

    @Override
    public KeyTable keys() {
        if (done()) {
            return DONE_KEYS;
        }
        return showingAnswer ? QuestionKeys.verdictKeys("keys.title.review", session.finished() ? "keys.finish" : "keys.next_card")
                : QuestionKeys.answerKeys("keys.title.review_question",
                        form.orElseGet(() -> AnswerForm.of(session.last().orElseThrow().shown())));
    }

    static final KeyTable DONE_KEYS = KeyTable.of("keys.title.review", KeyTable.main("Enter", "keys.back"), KeyTable.help(),
            KeyTable.more("Esc q", "keys.back"));
}
