package dev.secpillar.quiz;

import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.record.ReviewCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A review of the cards that are due, as an immutable value: each card's question is asked
 * again (choices shuffled afresh), marked as in a quiz, and the card rescheduled by
 * {@link ReviewScheduler} from the answer. Cards whose question has left the course are
 * skipped. The most overdue card comes first.
 */
public final class ReviewSession {
    /** One reviewed card: the question shown, the answer, the verdict and the card as rescheduled. */
    public record Reviewed(ShownQuestion shown, Response response, Marking marking, ReviewCard card) {}

    private final List<ReviewCard> cards;
    private final List<ShownQuestion> questions;
    private final List<Reviewed> reviewed;

    private ReviewSession(List<ReviewCard> cards, List<ShownQuestion> questions, List<Reviewed> reviewed) {
        this.cards = List.copyOf(cards);
        this.questions = List.copyOf(questions);
        this.reviewed = List.copyOf(reviewed);
    }

    public static ReviewSession start(List<ReviewCard> due, Course course, long seed,
                                      Function<Question, Optional<PolicyExhibit>> exhibits) {
        List<ReviewCard> cards = new ArrayList<>();
        List<ShownQuestion> questions = new ArrayList<>();
        due.stream()
                .sorted(Comparator.comparing(ReviewCard::due).thenComparing(ReviewCard::questionId))
                .forEach(card -> question(course, card.questionId()).ifPresent(q -> {
                    cards.add(card);
                    questions.add(ShownQuestion.of(q, seed, exhibits.apply(q)));
                }));
        return new ReviewSession(cards, questions, List.of());
    }

    /** The question with this id in any quiz of the course. */
    public static Optional<Question> question(Course course, String questionId) {
        return course.quizzes().stream()
                .flatMap(q -> q.questions().stream())
                .filter(q -> q.id().equals(questionId))
                .findFirst();
    }

    public int total() {
        return questions.size();
    }

    public boolean finished() {
        return reviewed.size() == questions.size();
    }

    public ShownQuestion current() {
        if (finished()) {
            throw new IllegalStateException("the review is over");
        }
        return questions.get(reviewed.size());
    }

    public ReviewCard currentCard() {
        current();
        return cards.get(reviewed.size());
    }

    /** "Card 2 of 5". */
    public String progress() {
        return "Card " + Math.min(reviewed.size() + 1, Math.max(1, total())) + " of " + total();
    }

    /** The session with the current card answered, marked and rescheduled as of {@code now}. */
    public ReviewSession answer(Response response, Instant now) {
        ShownQuestion q = current();
        Marking marking = Scoring.mark(q, response);
        ReviewCard card = ReviewScheduler.reviewed(currentCard(), marking.correct(), now);
        List<Reviewed> next = new ArrayList<>(reviewed);
        next.add(new Reviewed(q, response, marking, card));
        return new ReviewSession(cards, questions, next);
    }

    public List<Reviewed> reviewed() {
        return reviewed;
    }

    public Optional<Reviewed> last() {
        return reviewed.isEmpty() ? Optional.empty() : Optional.of(reviewed.get(reviewed.size() - 1));
    }

    public int right() {
        return (int) reviewed.stream().filter(r -> r.marking().correct()).count();
    }

    public int retired() {
        return (int) reviewed.stream().filter(r -> r.card().retired()).count();
    }
}
