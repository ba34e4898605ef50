package dev.secpillar.app;

import dev.secpillar.badge.BadgeRules;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Step;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.record.ProgressException;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.ProgressStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a front end can do with the course: read where the learner is and record what they do.
 * Both front ends call this and hold no course logic of their own. Every record call writes
 * through to the store at once (one transaction each), then refreshes the cached snapshot.
 */
public final class CourseApp {
    private final Course course;
    private final ProgressStore store;
    private final Clock clock;
    private final BadgeRules badgeRules;
    private final Badges badges;
    private ProgressSnapshot snapshot;
    private final List<String> newBadges = new ArrayList<>();
    private final Messages messages;
    /** Programming errors are for the developer, in the source language. */
    private static final Messages EN = Messages.of(dev.secpillar.i18n.Language.EN);

    /**
     * Sets the course's badge rules on the store, so every write awards what it earns in its own
     * transaction, then awards what the record already earns: a badge added to the course since
     * the last run is handed out now, and announced like any other.
     */
    public CourseApp(Course course, ProgressStore store, Clock clock) {
        this(course, store, clock, Messages.of(Language.EN));
    }

    /** The same, speaking the learner's language: {@code messages} must match the language the course was loaded in. */
    public CourseApp(Course course, ProgressStore store, Clock clock, Messages messages) {
        this.messages = messages;
        this.course = course;
        this.store = store;
        this.clock = clock;
        this.badgeRules = BadgeRules.of(course);
        this.badges = new Badges(this);
        store.setAwardRule(badgeRules);
        this.snapshot = store.snapshot();
        // Write only when something is due, so a read-only command never takes the write lock;
        // if the write fails, the next recorded event awards the same badges.
        if (!badgeRules.earned(snapshot).isEmpty()) {
            try {
                recorded(store.awardEarned(clock.instant()));
            } catch (ProgressException e) {
                // the record cannot be written now; the learner hears about it at the first real write
            }
        }
    }

    public Course course() {
        return course;
    }

    /** The interface's words in the learner's language; every front end draws its text from here. */
    public Messages messages() {
        return messages;
    }

    /** For the other services of this package, which record through the same store. */
    ProgressStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    BadgeRules badgeRules() {
        return badgeRules;
    }

    /** The badge cabinet: earned and locked badges, what the learner has done toward each. */
    public Badges badges() {
        return badges;
    }

    public String storeLocation() {
        return store.location();
    }

    public List<ModuleProgress> modules() {
        return course.modules().stream().map(this::progress).toList();
    }

    public ModuleProgress progress(Module module) {
        int done = (int) module.lessons().stream().filter(l -> snapshot.isDone(l.id())).count();
        return new ModuleProgress(module, done, module.lessons().size());
    }

    public int lessonsDone() {
        return (int) course.allLessons().stream().filter(l -> snapshot.isDone(l.id())).count();
    }

    public boolean isDone(Lesson lesson) {
        return snapshot.isDone(lesson.id());
    }

    /**
     * The lesson to continue with: the last one touched if it is unfinished, else the first
     * unfinished lesson after it in course order, else the first unfinished one at all.
     */
    public Optional<Lesson> continueLesson() {
        List<Lesson> all = course.allLessons();
        int start = snapshot.lastLessonId()
                .map(id -> indexOf(all, id))
                .orElse(0);
        for (int i = 0; i < all.size(); i++) {
            Lesson l = all.get((start + i) % all.size());
            if (!snapshot.isDone(l.id())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<Lesson> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return 0;
    }

    public LessonProgress progress(Lesson lesson) {
        var seen = snapshot.stepsSeen(lesson.id());
        int resume = 0;
        while (resume < lesson.steps().size() - 1 && seen.contains(resume)) {
            resume++;
        }
        boolean done = snapshot.isDone(lesson.id());
        return new LessonProgress(seen, done, done ? 0 : resume);
    }

    /** The learner has the step on screen. */
    public void stepSeen(Lesson lesson, int step) {
        checkStep(lesson, step);
        if (!snapshot.stepsSeen(lesson.id()).contains(step) || !snapshot.lastLessonId().equals(Optional.of(lesson.id()))) {
            recorded(store.recordStep(lesson.id(), step, clock.instant()));
        }
    }

    public CheckOutcome answerCheck(Lesson lesson, int step, int choice) {
        checkStep(lesson, step);
        if (!(lesson.steps().get(step) instanceof Step.Check check)) {
            throw new IllegalArgumentException(EN.get("app.error.not_a_check", step, lesson.id()));
        }
        if (choice < 0 || choice >= check.choices().size()) {
            throw new IllegalArgumentException(EN.get("app.error.choice_range", choice));
        }
        boolean right = check.isRight(choice);
        recorded(store.recordCheckAnswer(lesson.id(), step, choice, right, clock.instant()));
        return new CheckOutcome(right, check.answer(), check.explain());
    }

    /** The learner reached the end of the last step. */
    public void finishLesson(Lesson lesson) {
        recorded(store.recordLessonDone(lesson.id(), clock.instant()));
    }

    /** Refreshes the cached record after a write and keeps the badges it earned for the front end. */
    void recorded(List<String> awarded) {
        newBadges.addAll(awarded);
        snapshot = store.snapshot();
    }

    /**
     * Said while writes wait for the database (a classroom server during an outage): the learner
     * carries on, and is told their latest progress is not saved yet.
     */
    public Optional<String> unsavedNotice() {
        int n = store.unsavedWrites();
        return n == 0 ? Optional.empty() : Optional.of(messages.get("app.unsaved.notice", n));
    }

    /** The truth about the record at goodbye. */
    public String savedNote() {
        int n = store.unsavedWrites();
        return n == 0 ? messages.get("app.saved.all") : messages.get("app.saved.not_yet", n);
    }

    /** The learner's record as of the last write. */
    public ProgressSnapshot snapshot() {
        return snapshot;
    }

    /** Badges awarded since the last call, in award order; the front end announces them. */
    public List<String> takeNewBadges() {
        List<String> out = List.copyOf(newBadges);
        newBadges.clear();
        return out;
    }

    public void reset() {
        store.reset();
        snapshot = store.snapshot();
    }

    private static void checkStep(Lesson lesson, int step) {
        if (step < 0 || step >= lesson.steps().size()) {
            throw new IllegalArgumentException(EN.get("app.error.step_range", step, lesson.id()));
        }
    }
}
