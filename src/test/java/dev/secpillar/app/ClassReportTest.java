package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Positions;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.LearnerRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClassReportTest {
    static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    static Course course() {
        Lesson l1 = new Lesson("l1", "m", "First", List.of(), 3, List.of(new Step.Page("p")));
        Lesson l2 = new Lesson("l2", "m", "Second", List.of(), 3, List.of(new Step.Page("p")));
        Challenge c1 = new Challenge("c1", "m", ChallengeKind.POLICY, "Fix the S3 reader", "story", List.of(), List.of("h"),
                Map.of(), Positions.NONE);
        Question q1 = new Question("q1", QuestionKind.SINGLE, "Who patches the guest OS?", List.of("AWS", "You"), List.of(1),
                "You.", List.of(), Map.of(), Positions.NONE);
        Question q2 = new Question("q2", QuestionKind.SINGLE, "Is MFA good?", List.of("Yes", "No"), List.of(0),
                "Yes.", List.of(), Map.of(), Positions.NONE);
        Quiz quiz = new Quiz("mq", "m", "Module quiz", 50, List.of(q1, q2), new SourceRef("quizzes/m.yaml", 1, 1));
        return new Course("C", List.of(new Module("m", "M", "", List.of(), List.of(l1, l2), List.of(c1))), List.of(quiz),
                List.of());
    }

    static ProgressSnapshot snapshot(Set<String> done, List<QuizAttempt> attempts, Map<String, ChallengeRecord> challenges,
                                     Map<String, Instant> badges) {
        Map<String, Instant> lessons = new java.util.HashMap<>();
        done.forEach(id -> lessons.put(id, T));
        return new ProgressSnapshot(Map.of(), lessons, Optional.empty(), attempts, challenges, Map.of(), badges, new TreeSet<>());
    }

    static QuizAttempt attempt(int score, boolean q1Right, boolean q2Right) {
        return new QuizAttempt(1, "mq", 1, T, List.of(new QuizAttempt.QuizAnswer("q1", "0", q1Right, T),
                new QuizAttempt.QuizAnswer("q2", "0", q2Right, T)), Optional.of(T), Optional.of(score), score >= 50);
    }

    @Test
    void learnersAreRankedByBadgesThenProgressThenName() {
        var ana = new LearnerRecord("ana", snapshot(Set.of("l1", "l2"), List.of(attempt(100, true, true)), Map.of(), Map.of()),
                Optional.of(new LearnerRecord.Activity("lesson_done", "l2", T)));
        var bo = new LearnerRecord("bo", snapshot(Set.of(), List.of(), Map.of(), Map.of("first", T)),
                Optional.of(new LearnerRecord.Activity("step", "l1", T)));
        var cy = new LearnerRecord("cy", snapshot(Set.of("l1"), List.of(), Map.of(), Map.of()), Optional.empty());
        var al = new LearnerRecord("al", snapshot(Set.of("l1"), List.of(), Map.of(), Map.of()), Optional.empty());
        ClassReport r = ClassReport.of(course(), List.of(cy, ana, bo, al), T.plusSeconds(60));
        assertThat(r.learners()).extracting(ClassReport.Standing::name).containsExactly("bo", "ana", "al", "cy");
        ClassReport.Standing a = r.learners().get(1);
        assertThat(a.lessonsDone()).isEqualTo(2);
        assertThat(a.quizBest()).containsEntry("mq", 100);
        assertThat(a.quizzesPassed()).isEqualTo(1);
        assertThat(a.now()).contains("Lesson: Second");
        assertThat(r.lessonsTotal()).isEqualTo(2);
        assertThat(r.challengesTotal()).isEqualTo(1);
    }

    @Test
    void aLearnerWhoKeepsFailingAChallengeIsStuckOnIt() {
        var stuck = new LearnerRecord("ana", snapshot(Set.of(), List.of(), Map.of("c1",
                new ChallengeRecord("c1", 4, 2, false, Optional.empty(), false)), Map.of()),
                Optional.of(new LearnerRecord.Activity("challenge_check", "c1", T)));
        var trying = new LearnerRecord("bo", snapshot(Set.of(), List.of(), Map.of("c1",
                new ChallengeRecord("c1", 1, 0, false, Optional.empty(), false)), Map.of()),
                Optional.of(new LearnerRecord.Activity("challenge_check", "c1", T)));
        var gaveUp = new LearnerRecord("cy", snapshot(Set.of(), List.of(), Map.of("c1",
                new ChallengeRecord("c1", 0, 0, true, Optional.empty(), false)), Map.of()),
                Optional.of(new LearnerRecord.Activity("challenge_give_up", "c1", T)));
        ClassReport r = ClassReport.of(course(), List.of(stuck, trying, gaveUp), T);
        assertThat(r.learners().get(0).stuckOn()).contains(new ClassReport.Stuck("c1", "Fix the S3 reader", 4, 2));
        assertThat(r.learners().get(0).hintsUsed()).isEqualTo(2);
        assertThat(r.learners().get(1).stuckOn()).isEmpty();
        assertThat(r.learners().get(2).stuckOn()).isPresent();
    }

    @Test
    void theQuestionsMissedMostComeFirst() {
        var ana = new LearnerRecord("ana", snapshot(Set.of(), List.of(attempt(50, false, true)), Map.of(), Map.of()),
                Optional.empty());
        var bo = new LearnerRecord("bo", snapshot(Set.of(), List.of(attempt(0, false, false)), Map.of(), Map.of()),
                Optional.empty());
        ClassReport r = ClassReport.of(course(), List.of(ana, bo), T);
        assertThat(r.mostMissed()).extracting(ClassReport.MissedQuestion::questionId).containsExactly("q1", "q2");
        assertThat(r.mostMissed().get(0)).isEqualTo(new ClassReport.MissedQuestion("q1", "mq", "Who patches the guest OS?", 2, 2));
    }

    @Test
    void idleIsJudgedFromTheLastAction() {
        var ana = new LearnerRecord("ana", ProgressSnapshot.EMPTY, Optional.of(new LearnerRecord.Activity("step", "l1", T)));
        ClassReport r = ClassReport.of(course(), List.of(ana), T.plus(ClassReport.IDLE).plusSeconds(1));
        assertThat(r.learners().get(0).idleAt(r.at())).isTrue();
        assertThat(r.learners().get(0).idleAt(T.plusSeconds(10))).isFalse();
    }
}
