package dev.secpillar.serve;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;

/**
 * The workshop under load (run by scripts/load-test.sh, never by the test suite): N learners
 * connect at once over SSH on loopback and each reads the first lessons of the real course,
 * answering every check, then takes the first module's quiz, with a think time between keys. It measures, for every key, the
 * time from sending it to the screen showing its effect; checks afterwards in the class database
 * that every answer was recorded exactly once; and reads the server's heap (after a full GC,
 * with jcmd) idle and with every session open, to give the memory each session costs.
 *
 * <p>A warm-up round of learners goes through the same lessons first, unmeasured, so the figures
 * are those of a server that has been running for a while (the JIT compiler has done its work),
 * as a workshop's server is by the time the class is busy.
 *
 * <p>Arguments: port fingerprint sessions lessons jdbc-url server-pid content-root warm-up-sessions
 * think-min-ms think-max-ms
 */
public final class LoadDriver {
    private static final Duration KEY_TIMEOUT = Duration.ofSeconds(30);
    /** A learner's think time between keys, drawn uniformly from this range (milliseconds). */
    private static int thinkMin = 100;
    private static int thinkMax = 400;

    record Result(String name, List<Long> latenciesNanos, int checks, int lessons, Optional<String> failure) {}

    /** The quiz every learner takes after the lessons: the first module's. */
    private static Quiz quiz;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String fingerprint = args[1];
        int sessions = Integer.parseInt(args[2]);
        int lessonCount = Integer.parseInt(args[3]);
        String jdbcUrl = args[4];
        long serverPid = Long.parseLong(args[5]);
        Course course = CourseLoader.load(Path.of(args[6]));
        List<Lesson> lessons = course.allLessons().subList(0, lessonCount);
        quiz = course.quizzes().stream().filter(q -> q.moduleId().equals(course.modules().get(0).id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the first module has no quiz"));
        int checksPerLearner = (int) lessons.stream().flatMap(l -> l.steps().stream()).filter(s -> s instanceof Step.Check).count();

        int warmup = Integer.parseInt(args[7]);
        thinkMin = Integer.parseInt(args[8]);
        thinkMax = Integer.parseInt(args[9]);
        SshClient client = Learner.client(fingerprint);
        long warmStart = System.nanoTime();
        int measuredMin = thinkMin;
        int measuredMax = thinkMax;
        thinkMin = 50; // the warm-up only has to run the code paths, quickly
        thinkMax = 150;
        List<Result> warm = round(client, port, "warm", warmup, lessons, new CyclicBarrier(Math.max(1, warmup)));
        thinkMin = measuredMin;
        thinkMax = measuredMax;
        System.out.printf(Locale.ROOT, "warm-up    %d learners through the same lessons in %.1f s (not measured)%n", warm.size(),
                (System.nanoTime() - warmStart) / 1e9);
        long idleHeap = liveHeapKiB(serverPid);
        // Every session waits here once connected and in its first lesson, so the heap is read
        // with all of them open at once.
        long[] busyHeap = new long[1];
        CyclicBarrier allIn = new CyclicBarrier(sessions, () -> busyHeap[0] = liveHeapKiB(serverPid));
        long start = System.nanoTime();
        List<Result> results = round(client, port, "load", sessions, lessons, allIn);
        long elapsed = System.nanoTime() - start;
        List<Long> all = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Result r : results) {
            all.addAll(r.latenciesNanos());
            r.failure().ifPresent(m -> failures.add(r.name() + ": " + m));
        }
        warm.forEach(r -> r.failure().ifPresent(m -> failures.add(r.name() + " (warm-up): " + m)));
        client.stop();

        Collections.sort(all);
        System.out.printf(Locale.ROOT, "sessions   %d at once, each: %d lessons (%d checks) and the %s quiz (%d questions)%n",
                sessions, lessonCount, checksPerLearner, quiz.id(), quiz.questions().size());
        System.out.printf(Locale.ROOT, "keys       %d in %.1f s (%.0f a second), each after %d-%d ms of think time%n", all.size(),
                elapsed / 1e9, all.size() / (elapsed / 1e9), thinkMin, thinkMax);
        System.out.printf(Locale.ROOT, "latency    key to screen: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(all, 50), pct(all, 90), pct(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
        System.out.printf(Locale.ROOT, "heap       live after GC: idle %.1f MiB, %d sessions open %.1f MiB: %.2f MiB per session%n",
                idleHeap / 1024.0, sessions, busyHeap[0] / 1024.0, (busyHeap[0] - idleHeap) / 1024.0 / sessions);
        System.out.printf(Locale.ROOT, "driver     %.1f s of CPU for %d SSH clients and their screens%n",
                ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0), sessions);
        int errors = verify(jdbcUrl, sessions, lessons, checksPerLearner);
        failures.forEach(f -> System.out.println("FAILED     " + f));
        if (!failures.isEmpty() || errors > 0) {
            System.exit(1);
        }
    }

    /** Runs {@code count} learners at once, named prefix01.., and waits for them all. */
    private static List<Result> round(SshClient client, int port, String prefix, int count, List<Lesson> lessons,
                                      CyclicBarrier allIn) throws Exception {
        if (count == 0) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = String.format(Locale.ROOT, "%s%02d", prefix, i + 1);
                futures.add(pool.submit(() -> learner(client, port, name, lessons, allIn)));
            }
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : futures) {
                out.add(f.get(10, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    private static Result learner(SshClient client, int port, String name, List<Lesson> lessons, CyclicBarrier allIn) {
        List<Long> latencies = new ArrayList<>();
        int checks = 0;
        int done = 0;
        try (Learner l = Learner.login(client, port, name, Learner.newKey(), Optional.empty()).shell(100, 30)) {
            l.awaitText("▶ Continue:");
            boolean waited = false;
            for (Lesson lesson : lessons) {
                int n = lesson.steps().size();
                key(l, done == 0 ? "\r" : "\r", s -> s.shows(lesson.title()) && s.shows("Step 1 of " + n), latencies);
                if (!waited) {
                    allIn.await(5, TimeUnit.MINUTES);
                    waited = true;
                }
                for (int i = 0; i < n; i++) {
                    Step step = lesson.steps().get(i);
                    if (step instanceof Step.Check c) {
                        key(l, String.valueOf(c.answer() + 1), s -> s.shows("✓ Right."), latencies);
                        checks++;
                    }
                    String next = i + 1 < n ? "Step " + (i + 2) + " of " + n : "✓ Lesson complete";
                    key(l, "n", s -> s.shows(next), latencies);
                }
                done++;
            }
            takeQuiz(l, latencies);
            return new Result(name, latencies, checks, done, Optional.empty());
        } catch (Exception | AssertionError e) {
            allIn.reset();
            return new Result(name, latencies, checks, done, Optional.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    /**
     * From the last lesson's end: back home, into the first module, down to its quiz, and every
     * question answered (the first choice, ticked or in the order shown; right or wrong, every
     * answer is recorded), to the score.
     */
    private static void takeQuiz(Learner l, List<Long> latencies) throws InterruptedException {
        int n = quiz.questions().size();
        key(l, "\u001b", s -> s.shows("▶ Continue:") || s.shows("Every lesson done"), latencies);
        key(l, "j", s -> true, latencies); // the first module (the screen shows the move; nothing to wait for)
        key(l, "\r", s -> s.shows("Quiz: " + quiz.title()), latencies);
        key(l, "G", s -> true, latencies);
        key(l, "\r", s -> s.shows("Question 1 of " + n), latencies);
        for (int k = 1; k <= n; k++) {
            int q = k;
            l.screen().await(s -> s.shows("Question " + q + " of " + n) && !s.shows("Enter next question"), KEY_TIMEOUT,
                    "question " + q);
            // the verdict is on screen: its footer offers the next question (or the summary)
            Predicate<AnsiScreen> answered = s -> s.shows(" of " + q + " right so far")
                    && s.shows(q < n ? "Enter next question" : "Enter summary");
            if (l.screen().shows("Space tick")) {
                key(l, " ", s -> true, latencies);
                key(l, "\r", answered, latencies);
            } else if (l.screen().shows("Shift-↑↓ move")) {
                key(l, "\r", answered, latencies);
            } else {
                key(l, "1", answered, latencies);
            }
            key(l, "\r", q < n ? s -> s.shows("Question " + (q + 1) + " of " + n) && !s.shows("Enter next question")
                    : s -> s.shows("Score: "), latencies);
        }
    }

    /**
     * Thinks a moment, sends the key, and times it until the screen shows its effect. A badge
     * won on the way is shown over the screen and closed with a key first, as a learner would.
     */
    private static void key(Learner l, String key, Predicate<AnsiScreen> shown, List<Long> latencies) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMin, thinkMax + 1)); // a learner's think time
        long seen = l.screen().updates();
        long sent = System.nanoTime();
        l.send(key.getBytes(StandardCharsets.UTF_8));
        l.screen().await(s -> s.updates() > seen && (shown.test(s) || s.shows("Badge earned")), KEY_TIMEOUT,
                "the effect of key " + key.replace("\u001b", "Esc").replace("\r", "Enter"));
        latencies.add(System.nanoTime() - sent);
        while (l.screen().shows("Badge earned")) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMin, thinkMax + 1)); // reading the badge
            long before = l.screen().updates();
            l.send("x".getBytes(StandardCharsets.UTF_8));
            l.screen().await(s -> s.updates() > before && !s.shows("Badge earned"), KEY_TIMEOUT, "the badge closed");
            l.screen().await(shown, KEY_TIMEOUT, "the effect of key " + key + " behind the badge");
        }
    }

    /** The server's live heap after a full GC, in KiB, through jcmd. */
    private static long liveHeapKiB(long pid) {
        try {
            run("jcmd", Long.toString(pid), "GC.run");
            String info = run("jcmd", Long.toString(pid), "GC.heap_info");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    /** Every learner has each check answered once and each lesson done once; prints and returns the errors. */
    private static int verify(String jdbcUrl, int sessions, List<Lesson> lessons, int checksPerLearner) throws Exception {
        int errors = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Map<String, Integer> answers = count(c, "SELECT learner, COUNT(*) FROM check_answer WHERE learner LIKE 'load%' GROUP BY learner");
            Map<String, Integer> distinct = count(c, "SELECT learner, COUNT(*) FROM (SELECT DISTINCT learner, lesson_id, step "
                    + "FROM check_answer WHERE learner LIKE 'load%') d GROUP BY learner");
            Map<String, Integer> done = count(c, "SELECT learner, COUNT(*) FROM lesson_done WHERE learner LIKE 'load%' GROUP BY learner");
            Map<String, Integer> quizAnswers = count(c, "SELECT q.learner, COUNT(*) FROM quiz_answer a JOIN quiz_attempt q "
                    + "ON q.id = a.attempt_id WHERE q.learner LIKE 'load%' GROUP BY q.learner");
            Map<String, Integer> quizDistinct = count(c, "SELECT learner, COUNT(*) FROM (SELECT DISTINCT q.learner, a.question_id "
                    + "FROM quiz_answer a JOIN quiz_attempt q ON q.id = a.attempt_id WHERE q.learner LIKE 'load%') d GROUP BY learner");
            Map<String, Integer> finished = count(c, "SELECT learner, COUNT(*) FROM quiz_attempt WHERE learner LIKE 'load%' "
                    + "AND finished_at IS NOT NULL GROUP BY learner");
            int questions = quiz.questions().size();
            for (int i = 1; i <= sessions; i++) {
                String name = String.format(Locale.ROOT, "load%02d", i);
                int a = answers.getOrDefault(name, 0);
                int d = distinct.getOrDefault(name, 0);
                int l = done.getOrDefault(name, 0);
                int qa = quizAnswers.getOrDefault(name, 0);
                int qd = quizDistinct.getOrDefault(name, 0);
                int f = finished.getOrDefault(name, 0);
                if (a != checksPerLearner || d != checksPerLearner || l != lessons.size() || qa != questions || qd != questions
                        || f != 1) {
                    System.out.printf("WRONG      %s: %d check answers (%d distinct), %d lessons done, %d quiz answers "
                            + "(%d distinct), %d quizzes finished; expected %d, %d, %d, 1%n",
                            name, a, d, l, qa, qd, f, checksPerLearner, lessons.size(), questions);
                    errors++;
                }
            }
            int total = answers.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(Locale.ROOT, "recorded   %d check answers, %d lessons done, %d quiz answers in %d finished sittings in %s: %s%n",
                    total, done.values().stream().mapToInt(Integer::intValue).sum(),
                    quizAnswers.values().stream().mapToInt(Integer::intValue).sum(),
                    finished.values().stream().mapToInt(Integer::intValue).sum(),
                    jdbcUrl.replaceAll("password=[^&]*", "password=***"),
                    errors == 0 ? "every answer exactly once" : errors + " learners wrong");
        }
        return errors;
    }

    private static Map<String, Integer> count(Connection c, String sql) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }
}
