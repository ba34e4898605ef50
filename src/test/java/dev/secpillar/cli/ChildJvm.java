package dev.secpillar.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The course's command line in a JVM of its own (the classes built by Maven, the test
 * classpath), as a learner's shell starts it: for what one process cannot show, such as
 * several processes on one data directory, or memory bounded by -Xmx.
 */
final class ChildJvm {
    /** Feeds the child's standard input; the stream is closed afterwards. */
    @FunctionalInterface
    interface Feeder {
        void feed(OutputStream stdin) throws IOException;
    }

    record Result(int exit, String out, String err, long millis) {}

    private final Process process;
    private final CompletableFuture<byte[]> out;
    private final CompletableFuture<byte[]> err;
    private final CompletableFuture<Void> fed;
    private final long started = System.nanoTime();
    /** Threads of their own: the common pool may have one thread, and feeding and draining must run at once. */
    private static final java.util.concurrent.ExecutorService THREADS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "child-jvm-io");
        t.setDaemon(true);
        return t;
    });

    private ChildJvm(Process process, Feeder feeder) {
        this.process = process;
        this.out = drain(process.getInputStream());
        this.err = drain(process.getErrorStream());
        this.fed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = process.getOutputStream()) {
                feeder.feed(in);
            } catch (IOException e) {
                // the child stopped reading (it refused the input): that is its answer
            }
        }, THREADS);
    }

    static ChildJvm start(List<String> jvmOptions, Map<String, String> env, Path dir, Feeder stdin, String... args)
            throws IOException {
        return start(Main.class, jvmOptions, env, dir, stdin, args);
    }

    static ChildJvm start(Class<?> mainClass, List<String> jvmOptions, Map<String, String> env, Path dir, Feeder stdin,
                          String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SECPILLAR_"));
        pb.environment().putAll(env);
        return new ChildJvm(pb.start(), stdin);
    }

    /** Waits for the child (killing it after the guard time, which only a hung child reaches). */
    Result await(long guardSeconds) throws Exception {
        if (!process.waitFor(guardSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child was still running after " + guardSeconds + " s");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        fed.get();
        return new Result(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8), millis);
    }

    long pid() {
        return process.pid();
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                // keep at most 1 MiB of what the child says: a runaway output must not fill the test's heap
                while ((n = in.read(buf)) != -1) {
                    if (b.size() < (1 << 20)) {
                        b.write(buf, 0, n);
                    }
                }
                return b.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        }, THREADS);
    }
}
