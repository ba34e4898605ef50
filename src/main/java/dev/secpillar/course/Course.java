package dev.secpillar.course;

import java.util.List;
import java.util.Optional;

/**
 * The whole course as loaded from lessons/ and quizzes/: modules in order, quizzes, badges, and
 * the incident-response playbooks (lessons/playbooks.yaml) that lessons, quizzes and challenges share.
 */
public record Course(String title, List<Module> modules, List<Quiz> quizzes, List<BadgeDefinition> badges,
                     List<Playbook> playbooks) implements java.io.Serializable {
    public Course {
        modules = List.copyOf(modules);
        quizzes = List.copyOf(quizzes);
        badges = List.copyOf(badges);
        playbooks = List.copyOf(playbooks);
    }

    /** A course without playbooks (tests and built-in fixtures). */
    public Course(String title, List<Module> modules, List<Quiz> quizzes, List<BadgeDefinition> badges) {
        this(title, modules, quizzes, badges, List.of());
    }

    public Optional<Module> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return modules.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Challenge> challenge(String id) {
        return modules.stream().flatMap(m -> m.challenges().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Quiz> quiz(String id) {
        return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<Lesson> allLessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public List<Challenge> allChallenges() {
        return modules.stream().flatMap(m -> m.challenges().stream()).toList();
    }
}
