package dev.secpillar.quiz;

import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One sitting of a quiz, as an immutable value: the questions in the order drawn from the
 * seed (each with its choices shuffled from the same seed, so a recorded seed replays the
 * sitting exactly), and the answers so far. {@link #answer} returns the next state; a front
 * end keeps the value and draws from it.
 */
public final class QuizSession {
    /** One answered question: what was shown, what the learner answered, and the verdict. */
    public record Answered(ShownQuestion shown, Response response, Marking marking) {}

    private final Quiz quiz;
    private final long seed;
    private final List<ShownQuestion> questions;
    private final List<Answered> answered;

    private QuizSession(Quiz quiz, long seed, List<ShownQuestion> questions, List<Answered> answered) {
        this.quiz = quiz;
        this.seed = seed;
        this.questions = List.copyOf(questions);
        this.answered = List.copyOf(answered);
    }

    /**
     * A fresh sitting. {@code exhibits} gives the JSON and the simulator's reason for
     * policy_decision questions (empty for other kinds).
     */
    public static QuizSession start(Quiz quiz, long seed, Function<Question, Optional<PolicyExhibit>> exhibits) {
        List<Question> all = quiz.questions();
        List<ShownQuestion> shown = Shuffle.of(all.size(), seed).stream()
                .map(all::get)
                .map(q -> ShownQuestion.of(q, seed, exhibits.apply(q)))
                .toList();
        return new QuizSession(quiz, seed, shown, List.of());
    }

    /**
     * A sitting left half-way, rebuilt from its record: the questions in the recorded order (or
     * the seed's, for a sitting recorded before the order was kept) and each recorded answer
     * marked again. Empty when the quiz has changed under it (a question gone, an answer that no
     * longer reads), so the learner starts afresh rather than resuming something else.
     */
    public static Optional<QuizSession> resume(Quiz quiz, long seed, List<String> order, List<Map.Entry<String, String>> answers,
                                               Function<Question, Optional<PolicyExhibit>> exhibits) {
        QuizSession session;
        if (order.isEmpty()) {
            session = start(quiz, seed, exhibits);
        } else {
            List<ShownQuestion> shown = new ArrayList<>();
            for (String id : order) {
                Optional<Question> q = quiz.questions().stream().filter(x -> x.id().equals(id)).findFirst();
                if (q.isEmpty()) {
                    return Optional.empty();
                }
                shown.add(ShownQuestion.of(q.get(), seed, exhibits.apply(q.get())));
            }
            session = new QuizSession(quiz, seed, shown, List.of());
        }
        for (Map.Entry<String, String> a : answers) {
            if (session.finished() || !session.current().question().id().equals(a.getKey())) {
                return Optional.empty();
            }
            Optional<Response> r = Response.fromRecorded(session.current().question(), a.getValue());
            if (r.isEmpty()) {
                return Optional.empty();
            }
            session = session.answer(r.get());
        }
        return Optional.of(session);
    }

    public Quiz quiz() {
        return quiz;
    }

    public long seed() {
        return seed;
    }

    /** Every question in the order asked. */
    public List<ShownQuestion> questions() {
        return questions;
    }

    public int total() {
        return questions.size();
    }

    public boolean finished() {
        return answered.size() == questions.size();
    }

    /** The question being asked; only while not finished. */
    public ShownQuestion current() {
        if (finished()) {
            throw new IllegalStateException("the quiz is over");
        }
        return questions.get(answered.size());
    }

    /** "Question 4 of 12" (the last question's number once finished). */
    public String progress() {
        return "Question " + Math.min(answered.size() + 1, total()) + " of " + total();
    }

    /** The session with the current question answered and marked. */
    public QuizSession answer(Response response) {
        ShownQuestion q = current();
        Marking marking = Scoring.mark(q, response);
        List<Answered> next = new ArrayList<>(answered);
        next.add(new Answered(q, response, marking));
        return new QuizSession(quiz, seed, questions, next);
    }

    public List<Answered> answered() {
        return answered;
    }

    /** The answer just given, if any. */
    public Optional<Answered> last() {
        return answered.isEmpty() ? Optional.empty() : Optional.of(answered.get(answered.size() - 1));
    }

    public int rightSoFar() {
        return (int) answered.stream().filter(a -> a.marking().correct()).count();
    }

    /** The score and what to revisit; only once every question is answered. */
    public QuizResult result(Course course) {
        if (!finished()) {
            throw new IllegalStateException("the quiz is not finished: " + progress());
        }
        return QuizResult.of(quiz, answered, course);
    }
}
