package dev.secpillar.plain;

import dev.secpillar.app.AnswerWords;
import dev.secpillar.i18n.Messages;
import dev.secpillar.app.QuizRun;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.record.ProgressException;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.quiz.Marking;
import dev.secpillar.quiz.QuizResult;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ReviewScheduler;
import dev.secpillar.quiz.ReviewSession;
import dev.secpillar.quiz.ShownQuestion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Quizzes and reviews in line mode: each question printed with numbered choices (a policy
 * decision also shows its scenario as JSON), one typed answer (see {@link AnswerInput}), the
 * verdict and explanation at once, and at the end the score, the missed questions, the
 * lessons to revisit and a retry. Typing b leaves, q quits the program.
 */
final class PlainQuiz {
    /** How a quiz or review ended: back to the menu, or the learner quit (or input ended). */
    enum Exit { BACK, QUIT }

    private static final class Leave extends RuntimeException {
        final Exit exit;

        Leave(Exit exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }

    private final QuizService quizzes;
    private final LineSource reader;
    private final PrintWriter out;
    private final int width;
    private final Messages words;

    PlainQuiz(QuizService quizzes, LineSource reader, int width, Messages words) {
        this.words = words;
        this.quizzes = quizzes;
        this.reader = reader;
        this.out = reader.writer();
        this.width = width;
    }

    /** Takes the quiz, as many times as the learner asks to retry; the first sitting from the seed, if given. */
    Exit take(Quiz quiz, Optional<Long> seed) {
        Optional<Long> first = seed;
        try {
            while (true) {
                QuizRun run;
                try {
                    // a seed replays one sitting exactly; without one, a sitting left half-way is offered first
                    Optional<QuizRun> left = first.isPresent() ? Optional.empty() : quizzes.unfinished(quiz);
                    run = left.isPresent() && resume(left.get()) ? left.get()
                            : first.isPresent() ? quizzes.start(quiz, first.get()) : quizzes.start(quiz);
                    first = Optional.empty();
                } catch (ProgressException e) {
                    say(t("plain.quiz.cannot_start", e.message(words)));
                    return Exit.BACK;
                }
                say("");
                say(t("plain.quiz.intro", quiz.title(), quiz.questions().size(), quiz.passPercent()));
                say(t("plain.quiz.how_to_leave"));
                while (!run.session().finished()) {
                    run = ask(run);
                }
                summary(quizzes.result(run));
                if (!ask(t("plain.quiz.retry")).equals("r")) {
                    return Exit.BACK;
                }
            }
        } catch (Leave leave) {
            return leave.exit;
        }
    }

    /** True when the learner resumes the sitting left half-way, false to start over. */
    private boolean resume(QuizRun left) {
        int answered = left.session().answered().size();
        say("");
        say(t("tui.resume.left", answered, left.session().total(), left.session().rightSoFar()));
        say("1. " + t("tui.resume.resume", answered + 1, left.session().total()));
        say("2. " + t("tui.resume.over"));
        while (true) {
            String typed = ask(t("plain.resume.prompt"));
            if (typed.equals("1") || typed.isEmpty()) {
                return true;
            }
            if (typed.equals("2")) {
                return false;
            }
            if (typed.equals("b")) {
                throw new Leave(Exit.BACK);
            }
            if (typed.equals("q")) {
                throw new Leave(Exit.QUIT);
            }
            say(t("plain.resume.retry"));
        }
    }

    private QuizRun ask(QuizRun run) {
        ShownQuestion q = run.session().current();
        say("");
        say(t("tui.quiz.question_of", Math.min(run.session().answered().size() + 1, run.session().total()),
                run.session().total()) + " (" + kindLabel(q.kind()) + ")");
        show(q);
        while (true) {
            Response r = answerFor(q);
            try {
                QuizRun next = quizzes.answer(run, r);
                var answered = next.session().last().orElseThrow();
                verdict(answered.response(), answered.marking(), q);
                return next;
            } catch (ProgressException e) {
                say(t("plain.quiz.not_saved", e.message(words)));
            }
        }
    }

    /** Reviews the due cards once each. */
    Exit review() {
        try {
            ReviewSession session = quizzes.startReview();
            say("");
            if (session.total() == 0) {
                say(t("tui.review.nothing") + quizzes.untilNextReview()
                        .map(d -> " " + t("tui.review.next_due", QuizService.inWords(d, words))).orElse(""));
                return Exit.BACK;
            }
            say(t("plain.review.intro", session.total()));
            while (!session.finished()) {
                ShownQuestion q = session.current();
                say("");
                say(t("tui.review.card_of", Math.min(session.reviewed().size() + 1, Math.max(1, session.total())),
                        session.total()) + " (" + kindLabel(q.kind()) + ")");
                show(q);
                ReviewSession next = null;
                while (next == null) {
                    Response r = answerFor(q);
                    try {
                        next = quizzes.answer(session, r);
                    } catch (ProgressException e) {
                        say(t("plain.review.not_saved", e.message(words)));
                    }
                }
                ReviewSession.Reviewed done = next.last().orElseThrow();
                verdict(done.response(), done.marking(), q);
                say(schedule(done.card()));
                session = next;
            }
            say("");
            say(session.retired() > 0 ? t("plain.review.done_retired", session.right(), session.total(), session.retired())
                    : t("plain.review.done", session.right(), session.total()));
            quizzes.untilNextReview().ifPresent(d -> say(t("tui.review.next_due", QuizService.inWords(d, words))));
            return Exit.BACK;
        } catch (Leave leave) {
            return leave.exit;
        }
    }

    private String schedule(ReviewCard card) {
        return QuizService.schedule(card, words);
    }

    private void show(ShownQuestion q) {
        print(q.question().prompt());
        q.exhibit().ifPresent(e -> {
            say("");
            for (String line : e.json().split("\n")) {
                say("  " + Sanitizer.cleanLine(line));
            }
            say("");
        });
        List<String> choices = AnswerWords.shownChoices(q, words);
        for (int i = 0; i < choices.size(); i++) {
            String key = q.kind() == QuestionKind.POLICY_DECISION ? " (" + "aei".charAt(i) + ")" : "";
            say("  " + (i + 1) + ". " + Sanitizer.cleanLine(choices.get(i)) + key);
        }
    }

    private Response answerFor(ShownQuestion q) {
        while (true) {
            String typed = ask(AnswerInput.prompt(q, words));
            if (typed.equals("b")) {
                throw new Leave(Exit.BACK);
            }
            if (typed.equals("q")) {
                throw new Leave(Exit.QUIT);
            }
            AnswerInput.Parsed p = AnswerInput.parse(q, typed, words);
            if (p.response().isPresent()) {
                return p.response().get();
            }
            say(p.hint() + " " + t("plain.answer.leave"));
        }
    }

    private void verdict(Response r, Marking m, ShownQuestion q) {
        AnswerWords.verdict(q, r, m, words).forEach(this::print);
        print(t("plain.why", q.question().explain()));
    }

    private String t(String key, Object... args) {
        return words.get(key, args);
    }

    private void summary(QuizResult r) {
        say("");
        say(t("plain.summary.score", r.right(), r.total(), r.scorePercent(), r.quiz().passPercent(), r.passed() ? 1 : 0));
        if (r.missed().isEmpty()) {
            say(t("plain.summary.all_right"));
            return;
        }
        say("");
        say(t("plain.summary.missed"));
        int i = 1;
        for (QuizResult.Missed m : r.missed()) {
            say("");
            print(i++ + ". " + m.question().prompt());
            AnswerWords.verdict(m.answer().shown(), m.answer().response(), m.answer().marking(), words)
                    .forEach(line -> print("   " + line));
            print("   " + t("plain.why", m.question().explain()));
            if (!m.lessons().isEmpty()) {
                print("   " + t("plain.summary.taught_in", m.lessons().stream().map(Lesson::title).collect(Collectors.joining("; "))));
            }
        }
        if (!r.revisit().isEmpty()) {
            say("");
            say(t("plain.summary.revisit"));
            r.revisit().forEach(l -> say("  - " + t("plain.summary.revisit_item", l.title(), l.id())));
        }
        say("");
        Optional<String> when = quizzes.untilNextReview().map(QuizService::inWords);
        say(t("plain.summary.comes_back", r.missed().size(), when.map(w -> " " + w).orElse("")));
    }

    private String kindLabel(QuestionKind kind) {
        return switch (kind) {
            case SINGLE -> t("plain.kind.single");
            case MULTI -> t("plain.kind.multi");
            case TRUE_FALSE -> t("plain.kind.true_false");
            case ORDER -> t("plain.kind.order");
            case POLICY_DECISION -> t("plain.kind.policy");
        };
    }

    private void print(String markup) {
        // prose comes wrapped already; code lines stay whole
        PlainText.lines(markup, width, words).forEach(l -> {
            out.println(dev.secpillar.app.text.Sanitizer.clean(l));
            out.flush();
        });
    }

    private void say(String line) {
        LineWrap.say(out, line, width); // wrapped at spaces, as the terminal would cut words
    }

    private String ask(String prompt) {
        List<String> lines = LineWrap.wrap(prompt, width);
        lines.subList(0, lines.size() - 1).forEach(l -> out.println(l));
        Optional<String> line = reader.readLine(lines.get(lines.size() - 1));
        if (line.isEmpty()) {
            say("");
            throw new Leave(Exit.QUIT);
        }
        return line.get().trim().toLowerCase(Locale.ROOT);
    }
}
