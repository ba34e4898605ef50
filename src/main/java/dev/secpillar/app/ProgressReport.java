package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Module;
import dev.secpillar.course.Quiz;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import java.util.List;
import java.util.Optional;

/**
 * The learner's standing in one piece, for the progress screen and {@code secpillar progress}:
 * each module's lessons, quiz best scores, challenges and hints used; the streak; badges; and
 * the next step. Built from one snapshot, so every number on the screen agrees.
 */
public record ProgressReport(List<ModuleReport> modules, int lessonsDone, int lessonsTotal, Streak streak,
                             int badgesEarned, int badgesTotal, NextStep next) {
    public ProgressReport {
        modules = List.copyOf(modules);
    }

    public record ModuleReport(Module module, int lessonsDone, int lessonsTotal, List<QuizScore> quizzes,
                               List<ChallengeStanding> challenges) {
        public ModuleReport {
            quizzes = List.copyOf(quizzes);
            challenges = List.copyOf(challenges);
        }

        public int challengesPassed() {
            return (int) challenges.stream().filter(ChallengeStanding::passed).count();
        }

        public int hintsUsed() {
            return challenges.stream().mapToInt(ChallengeStanding::hintsUsed).sum();
        }

        public int givenUp() {
            return (int) challenges.stream().filter(ChallengeStanding::gaveUp).count();
        }

        /** "challenges 1 of 3 passed (2 hints, 1 given up)", the same in every front end. */
        public String challengeText() {
            return challengeText(Messages.of(Language.EN));
        }

        public String challengeText(Messages m) {
            List<String> help = new java.util.ArrayList<>();
            if (hintsUsed() > 0) {
                help.add(m.get("app.progress.hints", hintsUsed()));
            }
            if (givenUp() > 0) {
                help.add(m.get("app.progress.given_up", givenUp()));
            }
            String passed = m.get("app.progress.challenges", challengesPassed(), challenges.size());
            return help.isEmpty() ? passed : m.get("app.progress.challenges_help", passed, String.join(", ", help));
        }
    }

    /** A quiz's best finished score, if ever finished, and whether any sitting passed. */
    public record QuizScore(Quiz quiz, Optional<Integer> bestScore, boolean passed, int attempts) {}

    public record ChallengeStanding(Challenge challenge, boolean passed, int hintsUsed, boolean gaveUp, int checks) {}

    /** Days in a row (UTC days, as the record keeps them) and days active at all. */
    public record Streak(int current, int longest, int activeDays) {
        /** "Streak: 2 days in a row now; longest run 5 days; active on 9 days in all." */
        public String text() {
            return text(Messages.of(Language.EN));
        }

        public String text(Messages m) {
            return m.get("app.streak", m.get("app.streak.days", current), m.get("app.streak.days", longest),
                    m.get("app.streak.days", activeDays));
        }
    }

    public static ProgressReport of(CourseApp app) {
        Course course = app.course();
        ProgressSnapshot s = app.snapshot();
        List<ModuleReport> modules = course.modules().stream().map(m -> module(course, s, m)).toList();
        int done = modules.stream().mapToInt(ModuleReport::lessonsDone).sum();
        int total = modules.stream().mapToInt(ModuleReport::lessonsTotal).sum();
        var badges = app.badges().all();
        int earned = (int) badges.stream().filter(b -> b.earned()).count();
        return new ProgressReport(modules, done, total,
                new Streak(s.currentStreak(), s.longestStreak(), s.activeDays().size()), earned, badges.size(),
                NextStep.of(course, s, app.clock().instant(), app.messages()));
    }

    private static ModuleReport module(Course course, ProgressSnapshot s, Module m) {
        int done = (int) m.lessons().stream().filter(l -> s.isDone(l.id())).count();
        List<QuizScore> quizzes = course.quizzes().stream()
                .filter(q -> q.moduleId().equals(m.id()))
                .map(q -> new QuizScore(q, s.bestScore(q.id()), s.attempts(q.id()).stream().anyMatch(QuizAttempt::passed),
                        (int) s.attempts(q.id()).stream().filter(a -> a.finishedAt().isPresent()).count()))
                .toList();
        List<ChallengeStanding> challenges = m.challenges().stream().map(c -> {
            Optional<ChallengeRecord> r = s.challenge(c.id());
            return new ChallengeStanding(c, r.map(ChallengeRecord::passed).orElse(false),
                    r.map(ChallengeRecord::hintsUsed).orElse(0), r.map(ChallengeRecord::gaveUp).orElse(false),
                    r.map(ChallengeRecord::checks).orElse(0));
        }).toList();
        return new ModuleReport(m, done, m.lessons().size(), quizzes, challenges);
    }
}
