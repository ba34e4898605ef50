package dev.secpillar.badge;

import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** {@code lessons_of_module: iam}: every lesson of the module done. */
record LessonsOfModule(Ref module) implements Criterion {
    @Override
    public Standing standing(Facts facts) {
        List<Lesson> lessons = lessons(facts.course());
        int done = (int) lessons.stream().filter(l -> facts.progress().isDone(l.id())).count();
        return Standing.counted(facts.say("badge.lessons_of", title(facts.course())), done, lessons.size(), facts, "lessons");
    }

    @Override
    public List<Evidence> evidence(Facts facts) {
        return lessons(facts.course()).stream()
                .filter(l -> facts.progress().isDone(l.id()))
                .map(l -> new Evidence(facts.say("badge.evidence.lesson", l.title()),
                        facts.say("badge.evidence.lesson.completed", Words.day(facts.progress().lessonsDone().get(l.id())))))
                .toList();
    }

    @Override
    public Set<String> bestPractices(Course course) {
        Set<String> out = new TreeSet<>();
        lessons(course).forEach(l -> out.addAll(l.bestPractices()));
        return out;
    }

    @Override
    public void check(Course course, BiConsumer<SourceRef, String> report) {
        References.module(course, module, report);
    }

    private List<Lesson> lessons(Course course) {
        return course.module(module.id()).map(m -> m.lessons()).orElse(List.of());
    }

    private String title(Course course) {
        return course.module(module.id()).map(m -> m.title()).orElse(module.id());
    }
}
