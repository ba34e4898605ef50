package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** {@code quiz: iam} or {@code quiz: {id: iam, min_score: 90}}: a sitting passed, at the score when one is given. */
record QuizPassed(Ref quiz, int minScore) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        Optional<Quiz> q = facts.course().quiz(quiz.id());
        String title = q.map(Quiz::title).orElse(quiz.id());
        String description = minScore > q.map(Quiz::passPercent).orElse(0)
                ? facts.say("badge.quiz.score", title, minScore) : facts.say("badge.quiz", title);
        boolean met = Scores.meets(facts.progress(), quiz.id(), minScore);
        Optional<Integer> best = facts.progress().bestScore(quiz.id());
        String progress;
        if (met) {
            progress = facts.say("badge.quiz.passed", Scores.bestPassed(facts.progress(), quiz.id()).orElse(0));
        } else if (best.isEmpty()) {
            progress = facts.say("badge.quiz.not_taken");
        } else {
            progress = facts.say("badge.quiz.best", best.get(), Math.max(minScore, q.map(Quiz::passPercent).orElse(0)));
        }
        return Standing.single(description, met, progress);
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        Optional<Integer> best = Scores.bestPassed(facts.progress(), quiz.id());
        if (best.isEmpty()) {
            return List.of();
        }
        Optional<Quiz> q = facts.course().quiz(quiz.id());
        return List.of(new Evidence(facts.say("badge.evidence.quiz", q.map(Quiz::title).orElse(quiz.id())),
                q.map(x -> facts.say("badge.evidence.quiz.passed_mark", best.get(), x.passPercent()))
                        .orElseGet(() -> facts.say("badge.evidence.quiz.passed", best.get()))));
    }

    @Override
    public Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>();
        course.quiz(quiz.id()).ifPresent(q -> q.questions().forEach(question -> out.addAll(question.bestPractices())));
        return out;
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        References.quiz(course, quiz, report);
    }
}
