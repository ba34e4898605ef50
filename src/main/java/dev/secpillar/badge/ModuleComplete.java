package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * {@code module_complete: iam}: every lesson of the module done and every quiz of the module
 * passed. A module whose quiz is still being written is complete on its lessons; once the
 * quiz lands the same badge asks for it too, with no change to course.yaml.
 */
record ModuleComplete(Ref module) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        Course course = facts.course();
        Standing lessons = new LessonsOfModule(module).standing(facts);
        List<Quiz> quizzes = quizzes(course);
        int passed = (int) quizzes.stream().filter(q -> Scores.meets(facts.progress(), q.id(), 0)).count();
        String description = switch (quizzes.size()) {
            case 0 -> lessons.description();
            case 1 -> facts.say("badge.module.one_quiz", lessons.description());
            default -> facts.say("badge.module.quizzes", lessons.description(), quizzes.size());
        };
        String progress = switch (quizzes.size()) {
            case 0 -> lessons.progress();
            case 1 -> facts.say(passed == 1 ? "badge.module.quiz_passed" : "badge.module.quiz_not_passed", lessons.progress());
            default -> facts.say("badge.module.quizzes_passed", lessons.progress(), passed, quizzes.size());
        };
        int done = lessons.done() + passed;
        int total = lessons.total() + quizzes.size();
        return new Standing(description, lessons.total() > 0 && done == total, done, total, progress, List.of());
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        List<Evidence> out = new ArrayList<>(new LessonsOfModule(module).evidence(facts));
        for (Quiz q : quizzes(facts.course())) {
            out.addAll(new QuizPassed(new Ref(q.id(), module.where()), 0).evidence(facts));
        }
        return out;
    }

    @Override
    public Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>(new LessonsOfModule(module).bestPractices(course));
        quizzes(course).forEach(q -> q.questions().forEach(question -> out.addAll(question.bestPractices())));
        return out;
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        References.module(course, module, report);
    }

    private List<Quiz> quizzes(Course course) {
        return course.quizzes().stream().filter(q -> q.moduleId().equals(module.id())).toList();
    }
}
