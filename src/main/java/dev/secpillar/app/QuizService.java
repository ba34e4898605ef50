package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.content.PolicyDecisions;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.quiz.PolicyExhibit;
import dev.secpillar.quiz.QuizResult;
import dev.secpillar.quiz.QuizSession;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ReviewScheduler;
import dev.secpillar.quiz.ReviewSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Quizzes and reviews for the front ends. A sitting starts as a recorded attempt with its
 * shuffle seed; every answer is recorded in its own transaction with its time, the response
 * and whether it was right, and a missed question's review card is created or rescheduled in
 * that same transaction. Reviews ask the due cards and reschedule each from the answer.
 * Writes that fail throw {@code ProgressException} and leave the learner's state as it was,
 * so the front end can report it and let the learner try again.
 */
public final class QuizService {
    private final CourseApp app;
    private final LongSupplier seeds;
    private final Map<String, Optional<PolicyExhibit>> exhibits = new ConcurrentHashMap<>();

    public QuizService(CourseApp app) {
        this(app, new Random()::nextLong);
    }

    /** With a chosen source of shuffle seeds (tests use a fixed one). */
    public QuizService(CourseApp app, LongSupplier seeds) {
        this.app = app;
        this.seeds = seeds;
    }

    public List<QuizStanding> standings() {
        return app.course().quizzes().stream().map(this::standing).toList();
    }

    public QuizStanding standing(Quiz quiz) {
        ProgressSnapshot s = app.snapshot();
        List<QuizAttempt> attempts = s.attempts(quiz.id());
        return new QuizStanding(quiz, attempts.size(), s.bestScore(quiz.id()), attempts.stream().anyMatch(QuizAttempt::passed),
                unfinished(quiz).map(r -> r.session().answered().size() + 1));
    }

    /** The quiz of a module, if it has one. */
    public Optional<Quiz> quizOf(String moduleId) {
        return app.course().quizzes().stream().filter(q -> q.moduleId().equals(moduleId)).findFirst();
    }

    /** Starts a sitting with a fresh seed. */
    public QuizRun start(Quiz quiz) {
        return start(quiz, seeds.getAsLong());
    }

    /** Starts a sitting with this seed: the same seed asks the same questions in the same order. */
    public QuizRun start(Quiz quiz, long seed) {
        QuizSession session = QuizSession.start(quiz, seed, this::exhibit);
        List<String> order = session.questions().stream().map(q -> q.question().id()).toList();
        // The sitting's key is made here, once: a retried start returns this sitting, never a second one.
        long attempt = app.store().startQuizAttempt(dev.secpillar.record.ProgressStore.newKey(), quiz.id(), seed, order,
                now());
        app.recorded(List.of());
        return new QuizRun(attempt, session);
    }

    /**
     * The sitting of this quiz the learner left half-way, to resume where they were: the latest
     * sitting, when it is unfinished, has at least one answer and still fits the quiz. Starting
     * over makes a new sitting the latest, so the old one is not offered again.
     */
    public Optional<QuizRun> unfinished(Quiz quiz) {
        List<QuizAttempt> attempts = app.snapshot().attempts(quiz.id());
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        QuizAttempt last = attempts.stream().max(Comparator.comparingLong(QuizAttempt::id)).orElseThrow();
        if (last.finishedAt().isPresent() || last.answers().isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> answers = last.answers().stream()
                .map(a -> Map.entry(a.questionId(), a.response())).toList();
        return QuizSession.resume(quiz, last.seed(), last.questionOrder(), answers, this::exhibit)
                .filter(s -> !s.finished())
                .map(s -> new QuizRun(last.id(), s));
    }

    /** Marks and records the answer to the current question (and the score after the last one). */
    public QuizRun answer(QuizRun run, Response response) {
        QuizSession next = run.session().answer(response);
        QuizSession.Answered a = next.last().orElseThrow();
        Question q = a.shown().question();
        Instant at = now();
        Optional<ReviewCard> existing = Optional.ofNullable(app.snapshot().reviewCards().get(q.id()));
        // A miss creates the card or makes it lapse; a right answer in a quiz leaves review to the review session.
        Optional<ReviewCard> card = a.marking().correct()
                ? Optional.empty()
                : Optional.of(ReviewScheduler.missed(existing, q.id(), run.session().quiz().id(), at));
        app.recorded(app.store().recordQuizAnswer(run.attemptId(), q.id(), a.marking().recorded(),
                a.marking().correct(), at, card));
        if (next.finished()) {
            QuizResult r = next.result(app.course());
            app.recorded(app.store().finishQuizAttempt(run.attemptId(), r.scorePercent(), r.passed(), at));
        }
        return new QuizRun(run.attemptId(), next);
    }

    public QuizResult result(QuizRun run) {
        return run.session().result(app.course());
    }

    /** Cards due now, most overdue first. */
    public List<ReviewCard> dueCards() {
        Instant now = now();
        return app.snapshot().reviewCards().values().stream()
                .filter(c -> ReviewScheduler.isDue(c, now))
                .filter(c -> ReviewSession.question(app.course(), c.questionId()).isPresent())
                .sorted(Comparator.comparing(ReviewCard::due).thenComparing(ReviewCard::questionId))
                .toList();
    }

    public int dueCount() {
        return dueCards().size();
    }

    /** When the next card not yet due comes due, if any card is waiting. */
    public Optional<Instant> nextDue() {
        Instant now = now();
        return app.snapshot().reviewCards().values().stream()
                .filter(c -> !c.retired() && c.due().isAfter(now))
                .map(ReviewCard::due)
                .min(Comparator.naturalOrder());
    }

    /** How long until the next card not yet due comes due, if any card is waiting. */
    public Optional<Duration> untilNextReview() {
        return nextDue().map(due -> Duration.between(now(), due));
    }

    /**
     * When a reviewed card comes back, the same words in every front end: "This card comes back
     * in 3 days." or "Retired: right 3 times in a row."
     */
    public static String schedule(ReviewCard card) {
        return schedule(card, Messages.of(Language.EN));
    }

    public static String schedule(ReviewCard card, Messages m) {
        if (card.retired()) {
            return m.get("app.review.retired", ReviewScheduler.RETIRE_AFTER);
        }
        return m.get("app.review.comes_back", inWords(Duration.between(card.lastReview().orElse(card.due()), card.due()), m));
    }

    /** "in 3 hours", "in 1 day", "in 6 days": a wait in words, rounded up. */
    public static String inWords(Duration wait) {
        return inWords(wait, Messages.of(Language.EN));
    }

    public static String inWords(Duration wait, Messages m) {
        long hours = Math.max(1, (wait.toMinutes() + 59) / 60);
        if (hours < 24) {
            return m.get("app.wait.hours", hours);
        }
        long days = (hours + 23) / 24;
        return m.get("app.wait.days", days);
    }

    public ReviewSession startReview() {
        return ReviewSession.start(dueCards(), app.course(), seeds.getAsLong(), this::exhibit);
    }

    /** Marks the current card, reschedules it and records the review in one transaction. */
    public ReviewSession answer(ReviewSession session, Response response) {
        ReviewSession next = session.answer(response, now());
        ReviewSession.Reviewed r = next.last().orElseThrow();
        app.recorded(app.store().recordReview(r.card(), r.marking().correct(), r.card().lastReview().orElseThrow()));
        return next;
    }

    /** The scenario JSON and the simulator's reason, for a policy_decision question. */
    public Optional<PolicyExhibit> exhibit(Question q) {
        return exhibits.computeIfAbsent(q.id(), id -> PolicyDecisions.of(q).map(d -> new PolicyExhibit(d.json(), d.why())));
    }

    private Instant now() {
        return app.clock().instant();
    }
}
