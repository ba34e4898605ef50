package dev.secpillar.plain;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeStanding;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.CheckOutcome;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.ModuleProgress;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.QuizStanding;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.Step;
import dev.secpillar.record.ProgressException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The course in line mode: numbered menus, text prompts and plain text pages, no cursor
 * addressing, so a screen reader or a script on a pipe can drive it. All course logic is in
 * {@link CourseApp}; this class only prints and reads lines.
 */
public final class PlainUi {
    private final CourseApp app;
    private final LineSource reader;
    private final PrintWriter out;
    private final int width;
    private final Path answers;
    private final ChallengeService challenges;
    private final QuizService quizzes;
    private final PlainQuiz quiz;

    /** Thrown by {@link #ask} when the learner quits or input ends, to unwind every menu at once. */
    static final class Quit extends RuntimeException {
        Quit() {
            super(null, null, false, false);
        }
    }

    /** {@code answers} is the folder where challenge answer files are kept between sessions. */
    public PlainUi(CourseApp app, LineSource reader, int width, Path answers) {
        this.app = app;
        this.reader = reader;
        this.out = reader.writer();
        this.width = Math.max(40, Math.min(width, 100));
        this.answers = answers;
        this.challenges = new ChallengeService(app, dev.secpillar.app.Drafts.in(answers));
        this.quizzes = new QuizService(app);
        this.quiz = new PlainQuiz(quizzes, reader, this.width);
    }

    /** Takes one quiz first (as {@code secpillar quiz ID} does), then the home menu. */
    public void runQuiz(String quizId, Optional<Long> seed) {
        try {
            app.course().quiz(quizId).ifPresent(q -> leaveOnQuit(quiz.take(q, seed)));
            home();
        } catch (Quit q) {
            say("Goodbye. " + app.savedNote());
        }
    }

    /** Reviews the due cards first (as {@code secpillar review} does), then the home menu. */
    public void runReview() {
        try {
            leaveOnQuit(quiz.review());
            home();
        } catch (Quit q) {
            say("Goodbye. " + app.savedNote());
        }
    }

    private void takeQuiz(Quiz q) {
        leaveOnQuit(quiz.take(q, Optional.empty()));
    }

    private static void leaveOnQuit(PlainQuiz.Exit exit) {
        if (exit == PlainQuiz.Exit.QUIT) {
            throw new Quit();
        }
    }

    /** Runs from the home menu, or from a lesson when one is given, until the learner quits. */
    public void run(Optional<String> lessonId) {
        run(lessonId, Optional.empty());
    }

    /** Runs from a challenge, a lesson or the home menu, until the learner quits. */
    public void run(Optional<String> lessonId, Optional<String> challengeId) {
        try {
            challengeId.ifPresent(this::challenge);
            lessonId.flatMap(id -> app.course().lesson(id)).ifPresent(this::readLesson);
            home();
        } catch (Quit q) {
            say("Goodbye. " + app.savedNote());
        }
    }

    private void home() {
        while (true) {
            announceBadges();
            say("");
            say(app.course().title());
            Optional<Lesson> next = app.continueLesson();
            // a challenge worked on and left unfinished comes before the next lesson
            Optional<Challenge> unfinished = challenges.unfinished();
            boolean canContinue = next.isPresent() || unfinished.isPresent();
            if (unfinished.isPresent()) {
                say("c. Continue: " + Sanitizer.cleanLine(unfinished.get().title()) + " (challenge)");
            } else {
                next.ifPresent(l -> say("c. Continue: " + l.title()));
            }
            int due = quizzes.dueCount();
            if (due > 0) {
                say("r. Review: " + due + " due");
            }
            List<ModuleProgress> modules = app.modules();
            for (int i = 0; i < modules.size(); i++) {
                ModuleProgress mp = modules.get(i);
                say((i + 1) + ". " + mp.module().title() + " (" + mp.lessonsDone() + " of " + mp.lessonsTotal()
                        + " lessons done)" + quizzes.quizOf(mp.module().id())
                        .filter(q -> quizzes.standing(q).bestScore().isPresent()).map(q -> ", " + quizNote(q)).orElse(""));
            }
            String answer = ask("Choose a module number" + (canContinue ? ", c to continue" : "")
                    + (due > 0 ? ", r to review" : "") + ", q to quit: ");
            if (answer.equals("c") && unfinished.isPresent()) {
                challenge(unfinished.get().id());
            } else if (answer.equals("c") && next.isPresent()) {
                readLesson(next.get());
            } else if (answer.equals("r") && due > 0) {
                leaveOnQuit(quiz.review());
            } else if (answer.equals("q")) {
                throw new Quit();
            } else {
                number(answer, modules.size()).ifPresentOrElse(i -> module(modules.get(i).module()),
                        () -> say("Please type a number from 1 to " + modules.size() + ", c or q."));
            }
        }
    }

    /** "quiz best 85%" or "quiz not taken". */
    private String quizNote(Quiz q) {
        QuizStanding st = quizzes.standing(q);
        return st.bestScore().map(b -> "quiz best " + b + "%" + (st.passed() ? ", passed" : "")).orElse("quiz not taken");
    }

    private void module(Module module) {
        while (true) {
            say("");
            say(module.title());
            if (!module.summary().isBlank()) {
                print(module.summary());
            }
            List<Lesson> lessons = module.lessons();
            List<ChallengeStanding> standings = challenges.standings(module, ChallengeService.savedDrafts(answers));
            for (int i = 0; i < lessons.size(); i++) {
                Lesson l = lessons.get(i);
                say((i + 1) + ". " + (app.isDone(l) ? "[done] " : "") + l.title() + " (" + minutes(l, standings) + ")");
            }
            if (!standings.isEmpty()) {
                say("Challenges:");
            }
            for (int i = 0; i < standings.size(); i++) {
                ChallengeStanding c = standings.get(i);
                say((lessons.size() + i + 1) + ". " + Sanitizer.cleanLine(c.challenge().title()) + " (" + c.kindText() + "; "
                        + c.statusText() + "; about " + c.minutes() + " min)");
            }
            int entries = lessons.size() + standings.size();
            Optional<Quiz> moduleQuiz = quizzes.quizOf(module.id());
            moduleQuiz.ifPresent(q -> say("t. Take the quiz: " + q.title() + " (" + q.questions().size()
                    + " questions, pass mark " + q.passPercent() + "%; " + quizNote(q) + ")"));
            String answer = ask("Choose a " + (standings.isEmpty() ? "lesson" : "lesson or challenge") + " number"
                    + (moduleQuiz.isPresent() ? ", t for the quiz" : "")
                    + ", b to go back, q to quit: ");
            if (answer.equals("b")) {
                return;
            }
            if (answer.equals("t") && moduleQuiz.isPresent()) {
                takeQuiz(moduleQuiz.get());
                continue;
            }
            if (answer.equals("q")) {
                throw new Quit();
            }
            number(answer, entries).ifPresentOrElse(
                    i -> {
                        if (i < lessons.size()) {
                            readLesson(lessons.get(i));
                        } else {
                            challenge(standings.get(i - lessons.size()).challenge().id());
                        }
                    },
                    () -> say("Please type a number from 1 to " + entries + ", b or q."));
        }
    }

    /** "7 min", or "7 min + a challenge of about 15 min" for a lesson that holds one. */
    private static String minutes(Lesson l, List<ChallengeStanding> standings) {
        int extra = l.steps().stream().filter(st -> st instanceof Step.ChallengeStep)
                .mapToInt(st -> standings.stream()
                        .filter(c -> c.challenge().id().equals(((Step.ChallengeStep) st).challengeId()))
                        .mapToInt(ChallengeStanding::minutes).findFirst().orElse(0))
                .sum();
        return l.minutes() + " min" + (extra > 0 ? " + a challenge of about " + extra + " min" : "");
    }

    private void readLesson(Lesson lesson) {
        int step = app.progress(lesson).resumeAt();
        int total = lesson.steps().size();
        while (step < total) {
            say("");
            say(lesson.title() + " - step " + (step + 1) + " of " + total);
            int shown = step;
            record(() -> app.stepSeen(lesson, shown));
            Step s = lesson.steps().get(step);
            if (s instanceof Step.Check check) {
                CheckExit exit = askCheck(lesson, step, check);
                if (exit == CheckExit.LEAVE) {
                    return;
                }
                if (exit == CheckExit.PREVIOUS) {
                    step = Math.max(0, step - 1);
                    continue;
                }
            } else if (s instanceof Step.Page page) {
                print(page.text());
            } else if (s instanceof Step.ChallengeStep c) {
                app.course().challenge(c.challengeId()).ifPresent(ch -> {
                    say("Challenge: " + Sanitizer.cleanLine(ch.title()));
                    say(app.snapshot().challenge(ch.id()).map(r -> r.passed() ? "You passed it." : "Not passed yet.")
                            .orElse("Not tried yet."));
                });
            }
            boolean tryIt = s instanceof Step.ChallengeStep;
            String answer = ask((tryIt ? "t to try the challenge, " : "")
                    + (step + 1 < total ? "Enter for the next step, p for the previous, b to leave the lesson: "
                    : "Enter to finish the lesson, p for the previous step, b to leave: "));
            if (tryIt && answer.equals("t")) {
                challenge(((Step.ChallengeStep) s).challengeId());
                continue;
            }
            if (answer.equals("b")) {
                return;
            }
            if (answer.equals("q")) {
                throw new Quit();
            }
            step = answer.equals("p") ? Math.max(0, step - 1) : step + 1;
        }
        record(() -> app.finishLesson(lesson), false);
        say("Lesson complete: " + lesson.title() + ".");
        announceBadges();
        app.continueLesson().ifPresent(l -> say("Next up: " + l.title() + "."));
    }

    /** How a knowledge check ended: answered, back a step without answering, or leaving the lesson. */
    private enum CheckExit { ANSWERED, PREVIOUS, LEAVE }

    /** Asks until answered; p goes back a step and b leaves, so a reopened lesson never traps the learner here. */
    private CheckExit askCheck(Lesson lesson, int step, Step.Check check) {
        print("Check: " + check.prompt());
        for (int i = 0; i < check.choices().size(); i++) {
            choice(i + 1, check.choices().get(i));
        }
        while (true) {
            String answer = ask("Your answer (1-" + check.choices().size() + "), p for the previous step, b to leave: ");
            if (answer.equals("b")) {
                return CheckExit.LEAVE;
            }
            if (answer.equals("p") && step > 0) {
                return CheckExit.PREVIOUS;
            }
            if (answer.equals("q")) {
                throw new Quit();
            }
            Optional<Integer> choice = number(answer, check.choices().size());
            if (choice.isEmpty()) {
                say("Please type a number from 1 to " + check.choices().size() + ", p for the previous step, or b to leave.");
                continue;
            }
            CheckOutcome[] outcome = new CheckOutcome[1];
            record(() -> outcome[0] = app.answerCheck(lesson, step, choice.get()));
            if (outcome[0] == null) {
                return CheckExit.ANSWERED;
            }
            say(outcome[0].right() ? "Right." : "Not quite. The answer is " + (outcome[0].rightChoice() + 1) + ": "
                    + Sanitizer.cleanLine(check.choices().get(outcome[0].rightChoice())) + ".");
            print(outcome[0].explain());
            return CheckExit.ANSWERED;
        }
    }

    /** Opens a challenge's workspace; a broken challenge is reported and the course goes on. */
    private void challenge(String id) {
        ChallengeWorkspace ws;
        try {
            ws = challenges.open(id);
        } catch (ChallengeService.ChallengeUnavailable e) {
            say(e.getMessage());
            return;
        }
        new PlainChallenge(this, ws).run();
    }

    /** The warning before a first hint that would cost a badge, if it would. */
    Optional<String> hintWarning(String challengeId) {
        return app.badges().hintWarning(challengeId);
    }

    /** A write that fails is reported and the lesson goes on; the learner loses nothing typed. */
    void record(Runnable write) {
        record(write, true);
    }

    /** Announces the badges the write earned unless the caller has something to say first. */
    private void record(Runnable write, boolean announce) {
        try {
            write.run();
            app.unsavedNotice().ifPresent(n -> say("Note: " + n + "."));
        } catch (ProgressException e) {
            say("Progress not saved: " + e.getMessage());
        }
        if (announce) {
            announceBadges();
        }
    }

    /** Right after the action that earned them: emblem, name, and what earned it. */
    private void announceBadges() {
        for (BadgeStatus b : app.badges().takeNew()) {
            say("");
            say("Badge earned: " + Sanitizer.cleanLine(b.badge().name()));
            b.badge().emblem().forEach(row -> say("    " + Sanitizer.cleanLine(row)));
            say(Sanitizer.cleanLine(b.badge().description()));
            say("Earned for: " + Sanitizer.cleanLine(b.standing().description()) + ". See them all with: secpillar badges");
        }
    }

    /** A numbered choice, wrapped with its continuation lines under the text, not the number. */
    private void choice(int number, String text) {
        String label = "  " + number + ". ";
        List<StyledLine> lines = MarkupLayout.layout(Sanitizer.cleanLine(text), width - label.length());
        for (int i = 0; i < lines.size(); i++) {
            say((i == 0 ? label : " ".repeat(label.length())) + lines.get(i).plainText());
        }
    }

    void print(String markup) {
        PlainText.lines(markup, width).forEach(this::say);
    }

    void say(String line) {
        out.println(dev.secpillar.app.text.Sanitizer.clean(line)); // content, names, policies: never raw escapes
        out.flush();
    }

    String ask(String prompt) {
        Optional<String> line = reader.readLine(prompt);
        if (line.isEmpty()) {
            say("");
            throw new Quit();
        }
        return line.get().trim().toLowerCase(Locale.ROOT);
    }

    static Optional<Integer> number(String text, int count) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 1 && n <= count ? Optional.of(n - 1) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
