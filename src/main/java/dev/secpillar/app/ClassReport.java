package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.LearnerRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a whole class stands, for the leaderboard and the instructor's live view: each
 * learner's lessons, best quiz scores, challenges and badges, what they are on now and whether
 * they look stuck, plus the quiz questions the class misses most. Built from the records in the
 * class database alone, so every server sharing it reports the same.
 *
 * @param learners   best first: most badges, then most progress, then by name
 * @param mostMissed questions answered wrong most often, worst first
 */
public record ClassReport(Instant at, int lessonsTotal, List<String> quizIds, int challengesTotal,
                          List<Standing> learners, List<MissedQuestion> mostMissed) {

    /** A learner whose last action is older than this is shown as idle. */
    public static final Duration IDLE = Duration.ofMinutes(5);
    /** Failed checks on one challenge from which a learner counts as stuck on it. */
    public static final int STUCK_CHECKS = 3;

    public ClassReport {
        quizIds = List.copyOf(quizIds);
        learners = List.copyOf(learners);
        mostMissed = List.copyOf(mostMissed);
    }

    /**
     * One learner.
     *
     * @param quizBest    best finished score per quiz id (quizzes never finished are absent)
     * @param stuckOn     the challenge they keep checking without passing, if any, with the failed checks
     * @param now         what their latest action was on, in course words ("Lesson: Least privilege")
     */
    public record Standing(String name, int lessonsDone, Map<String, Integer> quizBest, int quizzesPassed,
                           int challengesPassed, List<String> badges, int hintsUsed, Optional<Stuck> stuckOn,
                           Optional<Instant> lastActive, Optional<String> now) {
        public Standing {
            quizBest = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quizBest));
            badges = List.copyOf(badges);
        }

        /** What ranks learners after badges: everything finished, of every kind. */
        public int progress() {
            return lessonsDone + quizzesPassed + challengesPassed;
        }

        public boolean idleAt(Instant at) {
            return lastActive.map(t -> t.plus(IDLE).isBefore(at)).orElse(true);
        }
    }

    public record Stuck(String challengeId, String title, int failedChecks, int hintsUsed) {}

    /** A quiz question and how the class did on it. */
    public record MissedQuestion(String questionId, String quizId, String prompt, int missed, int answered) {}

    public static ClassReport of(Course course, List<LearnerRecord> records, Instant at) {
        return of(course, records, at, Messages.of(Language.EN));
    }

    /** The class as seen by a viewer speaking {@code m}'s language (the course is loaded in it too). */
    public static ClassReport of(Course course, List<LearnerRecord> records, Instant at, Messages m) {
        List<String> quizIds = course.quizzes().stream().map(Quiz::id).toList();
        List<Standing> rows = new ArrayList<>();
        for (LearnerRecord r : records) {
            rows.add(standing(course, r, m));
        }
        rows.sort(Comparator.comparingInt((Standing s) -> s.badges().size()).reversed()
                .thenComparing(Comparator.comparingInt(Standing::progress).reversed())
                .thenComparing(Standing::name));
        return new ClassReport(at, course.allLessons().size(), quizIds, course.allChallenges().size(), rows,
                mostMissed(course, records));
    }

    private static Standing standing(Course course, LearnerRecord r, Messages m) {
        ProgressSnapshot s = r.snapshot();
        int lessons = (int) course.allLessons().stream().filter(l -> s.isDone(l.id())).count();
        Map<String, Integer> best = new LinkedHashMap<>();
        int passed = 0;
        for (Quiz q : course.quizzes()) {
            s.bestScore(q.id()).ifPresent(score -> best.put(q.id(), score));
            if (s.attempts(q.id()).stream().anyMatch(QuizAttempt::passed)) {
                passed++;
            }
        }
        int challenges = (int) s.challenges().values().stream().filter(ChallengeRecord::passed).count();
        int hints = s.challenges().values().stream().mapToInt(ChallengeRecord::hintsUsed).sum();
        List<String> badges = s.badges().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList();
        Optional<String> now = r.lastActivity().flatMap(a -> describe(course, a, m));
        return new Standing(r.learner(), lessons, best, passed, challenges, badges, hints, stuck(course, r), 
                r.lastActivity().map(LearnerRecord.Activity::at), now);
    }

    /**
     * Stuck: their latest action is on a challenge they have not passed, after at least
     * {@value #STUCK_CHECKS} recorded checks, a hint or giving up, which is when an instructor's
     * word helps most. (The full-screen workspace checks as the learner types and records only
     * passes, so there a hint or a give-up is the sign.)
     */
    private static Optional<Stuck> stuck(Course course, LearnerRecord r) {
        Optional<LearnerRecord.Activity> last = r.lastActivity().filter(a -> a.kind().startsWith("challenge_"));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String id = last.get().ref();
        Optional<ChallengeRecord> record = r.snapshot().challenge(id);
        if (record.isEmpty() || record.get().passed()
                || record.get().checks() < STUCK_CHECKS && record.get().hintsUsed() == 0 && !record.get().gaveUp()) {
            return Optional.empty();
        }
        String title = course.challenge(id).map(Challenge::title).orElse(id);
        return Optional.of(new Stuck(id, title, record.get().checks(), record.get().hintsUsed()));
    }

    private static Optional<String> describe(Course course, LearnerRecord.Activity a, Messages m) {
        String kind = a.kind();
        if (kind.equals("step") || kind.equals("check") || kind.equals("lesson_done")) {
            return course.lesson(a.ref()).map(Lesson::title).map(t -> m.get("app.activity.lesson", t));
        }
        if (kind.startsWith("challenge_")) {
            return course.challenge(a.ref()).map(Challenge::title).map(t -> m.get("app.activity.challenge", t));
        }
        if (kind.startsWith("quiz_start")) {
            return course.quiz(a.ref()).map(Quiz::title).map(t -> m.get("app.activity.quiz", t));
        }
        if (kind.startsWith("quiz_") || kind.startsWith("review_")) {
            return quizOf(course, a.ref()).map(q -> m.get("app.activity.quiz", q.title())).or(() -> Optional.of(m.get("app.activity.quiz_any")));
        }
        return Optional.empty();
    }

    private static Optional<Quiz> quizOf(Course course, String questionId) {
        return course.quizzes().stream().filter(q -> q.questions().stream().anyMatch(x -> x.id().equals(questionId)))
                .findFirst();
    }

    private static List<MissedQuestion> mostMissed(Course course, List<LearnerRecord> records) {
        Map<String, int[]> counts = new HashMap<>(); // missed, answered
        for (LearnerRecord r : records) {
            for (QuizAttempt a : r.snapshot().quizAttempts()) {
                for (QuizAttempt.QuizAnswer answer : a.answers()) {
                    int[] c = counts.computeIfAbsent(a.quizId() + "\u0000" + answer.questionId(), k -> new int[2]);
                    c[1]++;
                    if (!answer.correct()) {
                        c[0]++;
                    }
                }
            }
        }
        List<MissedQuestion> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] > 0) {
                String quizId = key.substring(0, key.indexOf('\u0000'));
                String questionId = key.substring(key.indexOf('\u0000') + 1);
                String prompt = course.quiz(quizId).flatMap(q -> q.questions().stream()
                        .filter(x -> x.id().equals(questionId)).findFirst()).map(Question::prompt).orElse(questionId);
                out.add(new MissedQuestion(questionId, quizId, prompt, c[0], c[1]));
            }
        });
        out.sort(Comparator.comparingInt(MissedQuestion::missed).reversed()
                .thenComparing(Comparator.comparingDouble((MissedQuestion m) -> (double) m.missed() / m.answered()).reversed())
                .thenComparing(MissedQuestion::questionId));
        return out;
    }
}
