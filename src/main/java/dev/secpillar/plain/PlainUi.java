package dev.secpillar.plain;

import dev.secpillar.app.ChallengeService;
import dev.secpillar.app.ChallengeStanding;
import dev.secpillar.app.ChallengeWorkspace;
import dev.secpillar.app.CheckOutcome;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.LanguageSwitch;
import dev.secpillar.app.ModuleProgress;
import dev.secpillar.app.QuizService;
import dev.secpillar.app.QuizStanding;
import dev.secpillar.app.SourceLines;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.Step;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
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
    private CourseApp app;
    private final LineSource reader;
    private final PrintWriter out;
    private final int width;
    private final Path answers;
    private ChallengeService challenges;
    private QuizService quizzes;
    private PlainQuiz quiz;
    private Optional<LanguageSwitch> languages = Optional.empty();
    private boolean remote;

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
        over(app);
    }

    /** The services over the course app in the learner's language. */
    private void over(CourseApp courseApp) {
        this.app = courseApp;
        this.challenges = new ChallengeService(courseApp, dev.secpillar.app.Drafts.in(answers));
        this.quizzes = new QuizService(courseApp);
        this.quiz = new PlainQuiz(quizzes, reader, this.width, courseApp.messages());
    }

    /** Offers l on the home menu: the course in the other language, remembered for the next start. */
    public PlainUi withLanguages(LanguageSwitch to) {
        this.languages = Optional.of(to);
        return this;
    }

    /**
     * The learner is on another machine (the SSH workshop): their answer files are on the
     * server, out of their editor's reach, so a challenge takes answers pasted here and never
     * names the server's folder.
     */
    public PlainUi remote() {
        this.remote = true;
        return this;
    }

    boolean isRemote() {
        return remote;
    }

    /** The next line of an answer being typed or pasted, as it came; empty when input ended. */
    Optional<String> readMore() {
        return reader.readMore();
    }

    /** The interface text for a bundle key, in the learner's language. */
    String t(String key, Object... args) {
        return app.messages().get(key, args);
    }

    Messages words() {
        return app.messages();
    }

    private Language nextLanguage() {
        Language[] all = Language.values();
        return all[(app.messages().language().ordinal() + 1) % all.length];
    }

    private void switchLanguage() {
        Language next = nextLanguage();
        try {
            over(languages.orElseThrow().switchTo(next));
            say(app.messages().get("language.switched"));
        } catch (RuntimeException e) {
            say(t("tui.language.failed", e.getMessage()));
        }
    }

    /** Takes one quiz first (as {@code secpillar quiz ID} does), then the home menu. */
    public void runQuiz(String quizId, Optional<Long> seed) {
        try {
            app.course().quiz(quizId).ifPresent(q -> leaveOnQuit(quiz.take(q, seed)));
            home();
        } catch (Quit q) {
            say(t("plain.goodbye", app.savedNote()));
        }
    }

    /** Reviews the due cards first (as {@code secpillar review} does), then the home menu. */
    public void runReview() {
        try {
            leaveOnQuit(quiz.review());
            home();
        } catch (Quit q) {
            say(t("plain.goodbye", app.savedNote()));
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
            say(t("plain.goodbye", app.savedNote()));
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
                say("c. " + t("plain.home.continue_challenge", Sanitizer.cleanLine(unfinished.get().title())));
            } else {
                next.ifPresent(l -> say("c. " + t("plain.home.continue", l.title())));
            }
            int due = quizzes.dueCount();
            if (due > 0) {
                say("r. " + t("plain.home.review", due));
            }
            List<ModuleProgress> modules = app.modules();
            for (int i = 0; i < modules.size(); i++) {
                ModuleProgress mp = modules.get(i);
                say((i + 1) + ". " + t("plain.home.module", mp.module().title(), mp.lessonsDone(), mp.lessonsTotal())
                        + quizzes.quizOf(mp.module().id())
                        .filter(q -> quizzes.standing(q).bestScore().isPresent()).map(q -> ", " + quizNote(q)).orElse(""));
            }
            if (languages.isPresent()) {
                say("l. " + t("plain.home.language", Messages.of(nextLanguage()).get("language.name")));
            }
            String answer = ask(t("plain.home.prompt", canContinue ? 1 : 0, due > 0 ? 1 : 0, languages.isPresent() ? 1 : 0));
            if (answer.equals("c") && unfinished.isPresent()) {
                challenge(unfinished.get().id());
            } else if (answer.equals("c") && next.isPresent()) {
                readLesson(next.get());
            } else if (answer.equals("r") && due > 0) {
                leaveOnQuit(quiz.review());
            } else if (answer.equals("l") && languages.isPresent()) {
                switchLanguage();
            } else if (answer.equals("q")) {
                throw new Quit();
            } else {
                number(answer, modules.size()).ifPresentOrElse(i -> module(modules.get(i).module()),
                        () -> say(t("plain.home.retry", modules.size())));
            }
        }
    }

    /** "quiz best 85%" or "quiz not taken". */
    private String quizNote(Quiz q) {
        QuizStanding st = quizzes.standing(q);
        return st.bestScore().map(b -> t("plain.quiz_best", b) + (st.passed() ? t("plain.quiz_passed") : ""))
                .orElse(t("plain.quiz_not_taken"));
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
                say((i + 1) + ". " + (app.isDone(l) ? t("plain.module.done_mark") + " " : "") + l.title() + " ("
                        + minutes(l, standings) + ")");
            }
            if (!standings.isEmpty()) {
                say(t("plain.module.challenges"));
            }
            for (int i = 0; i < standings.size(); i++) {
                ChallengeStanding c = standings.get(i);
                say((lessons.size() + i + 1) + ". " + t("plain.module.challenge", Sanitizer.cleanLine(c.challenge().title()),
                        c.kindText(app.messages()), c.statusText(app.messages()), c.minutes()));
            }
            int entries = lessons.size() + standings.size();
            Optional<Quiz> moduleQuiz = quizzes.quizOf(module.id());
            moduleQuiz.ifPresent(q -> say("t. " + t("plain.module.quiz", q.title(), q.questions().size(), q.passPercent(),
                    quizNote(q))));
            String answer = ask(t("plain.module.prompt", standings.isEmpty() ? 0 : 1, moduleQuiz.isPresent() ? 1 : 0));
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
                    () -> say(t("plain.module.retry", entries)));
        }
    }

    /** "7 min", or "7 min + a challenge of about 15 min" for a lesson that holds one. */
    private String minutes(Lesson l, List<ChallengeStanding> standings) {
        int extra = l.steps().stream().filter(st -> st instanceof Step.ChallengeStep)
                .mapToInt(st -> standings.stream()
                        .filter(c -> c.challenge().id().equals(((Step.ChallengeStep) st).challengeId()))
                        .mapToInt(ChallengeStanding::minutes).findFirst().orElse(0))
                .sum();
        return extra > 0 ? t("plain.minutes_with_challenge", l.minutes(), extra) : t("plain.minutes", l.minutes());
    }

    private void readLesson(Lesson lesson) {
        int step = app.progress(lesson).resumeAt();
        int total = lesson.steps().size();
        while (step < total) {
            say("");
            say(t("plain.lesson.step", lesson.title(), step + 1, total));
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
                    say(t("plain.lesson.challenge", Sanitizer.cleanLine(ch.title())));
                    say(app.snapshot().challenge(ch.id()).map(r -> r.passed() ? t("plain.lesson.challenge.passed")
                                    : t("tui.lesson.challenge.started"))
                            .orElse(t("tui.lesson.challenge.not_started")));
                });
            }
            boolean tryIt = s instanceof Step.ChallengeStep;
            String answer = ask((tryIt ? t("plain.lesson.try") + " " : "")
                    + (step + 1 < total ? t("plain.lesson.prompt") : t("plain.lesson.prompt_last")));
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
        say(t("plain.lesson.complete", lesson.title()));
        announceBadges(); // the badge belongs to the moment the lesson ends; the reading list comes after it
        printSources(lesson);
        app.continueLesson().ifPresent(l -> say(t("plain.lesson.next", l.title())));
    }

    /**
     * The lesson's sources, each title on a line and its address on the next, whole: the
     * terminal wraps a long one itself, so it can still be copied or clicked in one piece.
     */
    private void printSources(Lesson lesson) {
        List<SourceLines.Line> sources = SourceLines.of(app.course(), lesson);
        if (sources.isEmpty()) {
            return;
        }
        say("");
        say(t("plain.sources.title"));
        for (SourceLines.Line s : sources) {
            say("- " + (s.isReference() ? t("tui.sources.see", s.title()) : s.title()));
            if (!s.isReference()) {
                say("  " + s.url());
            }
        }
        say("");
    }

    /** How a knowledge check ended: answered, back a step without answering, or leaving the lesson. */
    private enum CheckExit { ANSWERED, PREVIOUS, LEAVE }

    /** Asks until answered; p goes back a step and b leaves, so a reopened lesson never traps the learner here. */
    private CheckExit askCheck(Lesson lesson, int step, Step.Check check) {
        print(t("plain.check", check.prompt()));
        for (int i = 0; i < check.choices().size(); i++) {
            choice(i + 1, check.choices().get(i));
        }
        while (true) {
            String answer = ask(t("plain.check.prompt", check.choices().size()));
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
                say(t("plain.check.retry", check.choices().size()));
                continue;
            }
            CheckOutcome[] outcome = new CheckOutcome[1];
            record(() -> outcome[0] = app.answerCheck(lesson, step, choice.get()));
            if (outcome[0] == null) {
                return CheckExit.ANSWERED;
            }
            say(outcome[0].right() ? t("tui.lesson.check.right") : t("tui.lesson.check.wrong", outcome[0].rightChoice() + 1,
                    Sanitizer.cleanLine(check.choices().get(outcome[0].rightChoice()))));
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
            app.unsavedNotice().ifPresent(n -> say(t("plain.note", n)));
        } catch (ProgressException e) {
            say(t("plain.not_saved", e.message(words())));
        }
        if (announce) {
            announceBadges();
        }
    }

    /** Right after the action that earned them: emblem, name, and what earned it. */
    private void announceBadges() {
        for (BadgeStatus b : app.badges().takeNew()) {
            say("");
            say(t("plain.badge.earned", Sanitizer.cleanLine(b.badge().name())));
            b.badge().emblem().forEach(row -> say("    " + Sanitizer.cleanLine(row)));
            say(Sanitizer.cleanLine(b.badge().description()));
            say(t("plain.badge.for", Sanitizer.cleanLine(b.standing().description())));
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

    /** Prose comes out of PlainText wrapped already; its code lines stay whole, as code. */
    void print(String markup) {
        PlainText.lines(markup, width, app.messages()).forEach(this::sayVerbatim);
    }

    /** A line of text, wrapped at spaces to the terminal's width. */
    void say(String line) {
        LineWrap.say(out, line, width);
    }

    /** A line of code (a policy, an answer): never broken, so it reads and copies as written. */
    void sayVerbatim(String line) {
        out.println(dev.secpillar.app.text.Sanitizer.clean(line));
        out.flush();
    }

    String ask(String prompt) {
        List<String> lines = LineWrap.wrap(prompt, width);
        lines.subList(0, lines.size() - 1).forEach(this::sayVerbatim);
        Optional<String> line = reader.readLine(lines.get(lines.size() - 1));
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
