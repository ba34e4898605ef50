package dev.secpillar.plain;

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

    PlainQuiz(QuizService quizzes, LineSource reader, int width) {
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
                    say("The quiz cannot start: " + e.getMessage());
                    return Exit.BACK;
                }
                say("");
                say(quiz.title() + ": " + quiz.questions().size() + " questions, pass mark " + quiz.passPercent() + "%.");
                say("Type b to leave the quiz, q to quit.");
                while (!run.session().finished()) {
                    run = ask(run);
                }
                summary(quizzes.result(run));
                if (!ask("Type r to retry the quiz, or press Enter to go back: ").equals("r")) {
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
        say("You left this quiz half-way: " + answered + " of " + left.session().total() + " questions answered, "
                + left.session().rightSoFar() + " right so far.");
        say("1. Resume (question " + (answered + 1) + " of " + left.session().total() + ")");
        say("2. Start over (a new sitting)");
        while (true) {
            String typed = ask("Type 1 or 2 (b to go back): ");
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
            say("Please type 1 to resume or 2 to start over.");
        }
    }

    private QuizRun ask(QuizRun run) {
        ShownQuestion q = run.session().current();
        say("");
        say(run.session().progress() + " (" + kindLabel(q.kind()) + ")");
        show(q);
        while (true) {
            Response r = answerFor(q);
            try {
                QuizRun next = quizzes.answer(run, r);
                verdict(next.session().last().orElseThrow().marking(), q);
                return next;
            } catch (ProgressException e) {
                say("Progress not saved: " + e.getMessage() + ". Answer again to retry, or b to leave.");
            }
        }
    }

    /** Reviews the due cards once each. */
    Exit review() {
        try {
            ReviewSession session = quizzes.startReview();
            say("");
            if (session.total() == 0) {
                say("Nothing to review now." + quizzes.untilNextReview()
                        .map(d -> " The next card is due " + QuizService.inWords(d) + ".").orElse(""));
                return Exit.BACK;
            }
            say("Review: " + session.total() + (session.total() == 1 ? " card" : " cards")
                    + " due. Type b to stop, q to quit.");
            while (!session.finished()) {
                ShownQuestion q = session.current();
                say("");
                say(session.progress() + " (" + kindLabel(q.kind()) + ")");
                show(q);
                ReviewSession next = null;
                while (next == null) {
                    Response r = answerFor(q);
                    try {
                        next = quizzes.answer(session, r);
                    } catch (ProgressException e) {
                        say("Progress not saved: " + e.getMessage() + ". Answer again to retry, or b to stop.");
                    }
                }
                ReviewSession.Reviewed done = next.last().orElseThrow();
                verdict(done.marking(), q);
                say(schedule(done.card()));
                session = next;
            }
            say("");
            say("Review done: " + session.right() + " of " + session.total() + " right"
                    + (session.retired() > 0 ? ", " + session.retired() + " retired" : "") + ".");
            quizzes.untilNextReview().ifPresent(d -> say("The next card is due " + QuizService.inWords(d) + "."));
            return Exit.BACK;
        } catch (Leave leave) {
            return leave.exit;
        }
    }

    private static String schedule(ReviewCard card) {
        return QuizService.schedule(card);
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
        List<String> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            String key = q.kind() == QuestionKind.POLICY_DECISION ? " (" + "aei".charAt(i) + ")" : "";
            say("  " + (i + 1) + ". " + Sanitizer.cleanLine(choices.get(i)) + key);
        }
    }

    private Response answerFor(ShownQuestion q) {
        while (true) {
            String typed = ask(AnswerInput.prompt(q));
            if (typed.equals("b")) {
                throw new Leave(Exit.BACK);
            }
            if (typed.equals("q")) {
                throw new Leave(Exit.QUIT);
            }
            AnswerInput.Parsed p = AnswerInput.parse(q, typed);
            if (p.response().isPresent()) {
                return p.response().get();
            }
            say(p.hint() + " (b leaves, q quits)");
        }
    }

    private void verdict(Marking m, ShownQuestion q) {
        m.feedback().forEach(this::print);
        print("Why: " + q.question().explain());
    }

    private void summary(QuizResult r) {
        say("");
        say("Score: " + r.right() + " of " + r.total() + " (" + r.scorePercent() + "%). Pass mark "
                + r.quiz().passPercent() + "%: " + (r.passed() ? "passed." : "not passed yet."));
        if (r.missed().isEmpty()) {
            say("Every answer was right.");
            return;
        }
        say("");
        say("Missed questions:");
        int i = 1;
        for (QuizResult.Missed m : r.missed()) {
            say("");
            print(i++ + ". " + m.question().prompt());
            m.answer().marking().feedback().forEach(line -> print("   " + line));
            print("   Why: " + m.question().explain());
            if (!m.lessons().isEmpty()) {
                print("   Taught in: " + m.lessons().stream().map(Lesson::title).collect(Collectors.joining("; ")));
            }
        }
        if (!r.revisit().isEmpty()) {
            say("");
            say("Lessons to revisit:");
            r.revisit().forEach(l -> say("  - " + l.title() + " (secpillar lesson " + l.id() + ")"));
        }
        say("");
        Optional<String> when = quizzes.untilNextReview().map(QuizService::inWords);
        say(r.missed().size() + (r.missed().size() == 1 ? " missed question comes" : " missed questions come")
                + " back for review" + when.map(w -> " " + w).orElse("") + " (secpillar review).");
    }

    private static String kindLabel(QuestionKind kind) {
        return switch (kind) {
            case SINGLE -> "one answer";
            case MULTI -> "every answer that applies";
            case TRUE_FALSE -> "true or false";
            case ORDER -> "put in order";
            case POLICY_DECISION -> "what does AWS decide?";
        };
    }

    private void print(String markup) {
        PlainText.lines(markup, width).forEach(this::say);
    }

    private void say(String line) {
        out.println(dev.secpillar.app.text.Sanitizer.clean(line)); // content: never raw escapes
        out.flush();
    }

    private String ask(String prompt) {
        Optional<String> line = reader.readLine(prompt);
        if (line.isEmpty()) {
            say("");
            throw new Leave(Exit.QUIT);
        }
        return line.get().trim().toLowerCase(Locale.ROOT);
    }
}
