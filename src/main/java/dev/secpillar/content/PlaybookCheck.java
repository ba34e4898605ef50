package dev.secpillar.content;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Playbook;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One playbook, one order, everywhere: the lesson a playbook names shows it (a
 * {@code - playbook: ID} step), the quiz question it names is an order question with exactly its
 * steps in its order, and the ordering challenge it names has every step in its pool and lists
 * them in that order in its solution. A learner following the lesson is never marked wrong by
 * the quiz or the challenge.
 */
public final class PlaybookCheck {
    private PlaybookCheck() {}

    public static void check(Course course, BiConsumer<SourceRef, String> report) {
        for (Playbook p : course.playbooks()) {
            checkLesson(course, p, report);
            checkQuestion(course, p, report);
            checkChallenge(course, p, report);
        }
    }

    private static void checkLesson(Course course, Playbook p, BiConsumer<SourceRef, String> report) {
        SourceRef at = p.positions().at("/lesson");
        Optional<Lesson> lesson = course.lesson(p.lesson());
        if (lesson.isEmpty()) {
            report.accept(at, "playbook '" + p.id() + "' names lesson '" + p.lesson() + "', which the course does not have");
            return;
        }
        String page = PlaybookReader.page(p);
        boolean shown = lesson.get().steps().stream().anyMatch(s -> s instanceof Step.Page pg && pg.text().equals(page));
        if (!shown) {
            report.accept(at, "lesson '" + p.lesson() + "' does not show playbook '" + p.id()
                    + "'; add a step '- playbook: " + p.id() + "' so it teaches the same order as the quiz and the challenge");
        }
    }

    private static void checkQuestion(Course course, Playbook p, BiConsumer<SourceRef, String> report) {
        SourceRef at = p.positions().at("/question");
        Optional<Question> found = course.quizzes().stream().flatMap(q -> q.questions().stream())
                .filter(q -> q.id().equals(p.question())).findFirst();
        if (found.isEmpty()) {
            report.accept(at, "playbook '" + p.id() + "' names question '" + p.question() + "', which no quiz has");
            return;
        }
        Question q = found.get();
        if (q.kind() != QuestionKind.ORDER || !q.choices().equals(p.stepTexts())) {
            report.accept(q.positions().item(), "question '" + q.id() + "' must ask for playbook '" + p.id()
                    + "' in its order; write 'playbook: " + p.id() + "' instead of 'items'");
        }
    }

    private static void checkChallenge(Course course, Playbook p, BiConsumer<SourceRef, String> report) {
        SourceRef at = p.positions().at("/challenge");
        Optional<Challenge> found = course.challenge(p.challenge());
        if (found.isEmpty()) {
            report.accept(at, "playbook '" + p.id() + "' names challenge '" + p.challenge() + "', which the course does not have");
            return;
        }
        Challenge c = found.get();
        if (c.kind() != ChallengeKind.ORDERING) {
            report.accept(at, "challenge '" + c.id() + "' is not an ordering challenge");
            return;
        }
        List<String> pool = new ArrayList<>();
        if (c.spec().get("pool") instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof Map<?, ?> m && m.get("id") instanceof String id) {
                    pool.add(id);
                }
            }
        }
        for (int i = 0; i < p.steps().size(); i++) {
            String id = p.steps().get(i).id();
            if (!pool.contains(id)) {
                report.accept(p.positions().at("/steps/" + i), "step '" + id + "' is not in the pool of challenge '"
                        + c.id() + "'; the challenge must drill every step of the playbook");
            }
        }
        List<String> solution = new ArrayList<>();
        if (c.spec().get("solution") instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof String s) {
                    solution.add(s);
                } else if (o instanceof Map<?, ?> m && m.size() == 1 && m.keySet().iterator().next() instanceof String s) {
                    solution.add(s);
                }
            }
        }
        List<String> inOrder = solution.stream().filter(p.stepIds()::contains).toList();
        if (!inOrder.equals(p.stepIds())) {
            report.accept(c.positions().at("/solution"), "the solution of challenge '" + c.id() + "' lists the steps of playbook '"
                    + p.id() + "' as " + inOrder + ", but the playbook's order is " + p.stepIds());
        }
    }
}
