package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.course.Course;
import dev.secpillar.course.PillarMap;
import dev.secpillar.course.Quiz;
import java.util.ArrayList;
import java.util.List;

/**
 * Which lessons, quiz questions and challenges cover each best practice of the pillar. A best
 * practice is covered when at least one lesson teaches it and enough questions test it: one,
 * or two for the High-risk ones, whose absence hurts most.
 */
public record Coverage(List<Area> areas) {

    public record Area(String name, List<Question> questions) {}

    public record Question(String id, String title, List<Practice> practices) {}

    public record Practice(String id, String title, String risk, List<String> lessons, List<String> quizQuestions,
                           List<String> challenges) {
        public int questionsNeeded() {
            return "High".equalsIgnoreCase(risk) ? 2 : 1;
        }

        public boolean taught() {
            return !lessons.isEmpty();
        }

        public boolean quizzed() {
            return quizQuestions.size() >= questionsNeeded();
        }

        public boolean covered() {
            return taught() && quizzed();
        }
    }

    public static Coverage of(Course course, PillarMap map) {
        List<Area> areas = new ArrayList<>();
        for (PillarMap.Area a : map.areas()) {
            List<Question> qs = new ArrayList<>();
            for (PillarMap.PillarQuestion q : a.questions()) {
                List<Practice> ps = new ArrayList<>();
                for (PillarMap.BestPractice bp : q.bestPractices()) {
                    List<String> lessons = course.allLessons().stream()
                            .filter(l -> l.bestPractices().contains(bp.id())).map(l -> l.id()).toList();
                    List<String> questions = new ArrayList<>();
                    for (Quiz quiz : course.quizzes()) {
                        quiz.questions().stream().filter(x -> x.bestPractices().contains(bp.id()))
                                .forEach(x -> questions.add(x.id()));
                    }
                    List<String> challenges = course.allChallenges().stream()
                            .filter(c -> c.bestPractices().contains(bp.id())).map(c -> c.id()).toList();
                    ps.add(new Practice(bp.id(), bp.title(), bp.risk(), lessons, questions, challenges));
                }
                qs.add(new Question(q.id(), q.title(), ps));
            }
            areas.add(new Area(a.name(), qs));
        }
        return new Coverage(areas);
    }

    public List<Practice> practices() {
        return areas.stream().flatMap(a -> a.questions().stream()).flatMap(q -> q.practices().stream()).toList();
    }

    public long taughtCount() {
        return practices().stream().filter(Practice::taught).count();
    }

    public long quizzedCount() {
        return practices().stream().filter(Practice::quizzed).count();
    }

    public boolean complete() {
        return practices().stream().allMatch(Practice::covered);
    }

    /** "63/63 best practices taught, 63/63 quizzed" */
    public String summary() {
        return summary(Messages.of(Language.EN));
    }

    public String summary(Messages m) {
        int n = practices().size();
        return m.get("app.coverage.summary", String.valueOf(taughtCount()), String.valueOf(n), String.valueOf(quizzedCount()));
    }
}
