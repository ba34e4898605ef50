package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * {@code every_quiz: {min_score: 100}} (or {@code every_quiz: true} for a pass): every quiz of
 * the course, as it is now, passed at the score. No quizzes at all is never met.
 */
record EveryQuiz(int minScore, SourceRef where) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        List<Quiz> quizzes = facts.course().quizzes();
        int done = (int) quizzes.stream().filter(q -> Scores.meets(facts.progress(), q.id(), minScore)).count();
        if (minScore > 0) {
            return Standing.counted(facts.say("badge.every_quiz.score", minScore), done, quizzes.size(),
                    facts, "quizzes_at", minScore);
        }
        return Standing.counted(facts.say("badge.every_quiz"), done, quizzes.size(), facts, "quizzes_passed");
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        return facts.course().quizzes().stream()
                .filter(q -> Scores.meets(facts.progress(), q.id(), minScore))
                .flatMap(q -> new QuizPassed(new Ref(q.id(), where), minScore).evidence(facts).stream())
                .toList();
    }

    @Override
    public Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>();
        course.quizzes().forEach(q -> q.questions().forEach(question -> out.addAll(question.bestPractices())));
        return out;
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        // every quiz, whatever there is
    }
}
