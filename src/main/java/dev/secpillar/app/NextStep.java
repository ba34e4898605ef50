package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Quiz;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import java.time.Instant;
import java.util.Optional;

/**
 * What the learner should do next, the way a tutor would say it: finish the lesson in hand,
 * then review what is due (spaced review works only on time), then the course in order,
 * module by module: its lessons, its quiz, its challenges.
 */
public record NextStep(Kind kind, String id, String title, String command) {
    /** The commands are typed as they are, in every language. */
    private static final String CLI = "secpillar";

    public enum Kind { LESSON, REVIEW, QUIZ, CHALLENGE, DONE }

    /** One line for a person: "Least privilege, in practice (secpillar lesson iam-least-privilege)". */
    public String sentence() {
        return sentence(Messages.of(Language.EN));
    }

    public String sentence(Messages m) {
        String what = switch (kind) {
            case LESSON, REVIEW, DONE -> title;
            case QUIZ -> m.get("app.next.quiz", title);
            case CHALLENGE -> m.get("app.next.challenge", title);
        };
        return command.isEmpty() ? what : m.get("app.next.with_command", what, command);
    }

    static NextStep of(Course course, ProgressSnapshot progress, Instant now) {
        return of(course, progress, now, Messages.of(Language.EN));
    }

    static NextStep of(Course course, ProgressSnapshot progress, Instant now, Messages words) {
        Optional<Lesson> inHand = progress.lastLessonId().flatMap(course::lesson).filter(l -> !progress.isDone(l.id()));
        if (inHand.isPresent()) {
            return lesson(inHand.get());
        }
        long due = progress.reviewCards().values().stream().filter(c -> !c.retired() && !c.due().isAfter(now)).count();
        if (due > 0) {
            return new NextStep(Kind.REVIEW, "review", words.get("app.next.review", due), CLI + " review");
        }
        for (Module m : course.modules()) {
            for (Lesson l : m.lessons()) {
                if (!progress.isDone(l.id())) {
                    return lesson(l);
                }
            }
            for (Quiz q : course.quizzes()) {
                if (q.moduleId().equals(m.id()) && progress.attempts(q.id()).stream().noneMatch(QuizAttempt::passed)) {
                    return new NextStep(Kind.QUIZ, q.id(), q.title(), CLI + " quiz " + q.id());
                }
            }
            for (Challenge c : m.challenges()) {
                if (progress.challenge(c.id()).map(r -> !r.passed()).orElse(true)) {
                    return new NextStep(Kind.CHALLENGE, c.id(), c.title(), CLI + " challenge " + c.id());
                }
            }
        }
        Optional<Instant> nextReview = progress.reviewCards().values().stream()
                .filter(c -> !c.retired()).map(ReviewCard::due).min(Instant::compareTo);
        return nextReview
                .map(at -> new NextStep(Kind.DONE, "", words.get("app.next.done_review", at.toString().substring(0, 10)), ""))
                .orElse(new NextStep(Kind.DONE, "", words.get("app.next.done"), ""));
    }

    private static NextStep lesson(Lesson l) {
        return new NextStep(Kind.LESSON, l.id(), l.title(), CLI + " lesson " + l.id());
    }
}
