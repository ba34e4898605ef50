package dev.secpillar.cli;

import dev.secpillar.content.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The fuzz cases over the command line's inputs, run in a JVM of their own with a small heap
 * ({@code CliFuzzTest} starts it with -Xmx128m): streams up to 1 GiB generated as they are read
 * (never written to disk: standard input, a FIFO, /dev/zero, a sparse file), random bytes,
 * control characters, 10,000-deep JSON and YAML. Each case is one run of the real command line
 * in this JVM; one line per case goes to standard output, then the figures:
 * {@code case NAME|EXIT|STDERR LINES|STDERR LINES NOT 'secpillar: '|MILLIS|FIRST STDERR LINE|STACK TRACE?} and
 * {@code figures cases=N heapPeakMiB=H rssPeakMiB=R millis=T}.
 */
public final class FuzzDriver {
    static final long GIB = 1L << 30;
    static final int DEEP = 10_000;

    private final Path work;
    private final Random random;
    private int n;

    private FuzzDriver(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    /** args: a scratch folder, the seed, how many random cases per command. */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        FuzzDriver d = new FuzzDriver(Path.of(args[0]), Long.parseLong(args[1]));
        int randoms = Integer.parseInt(args[2]);
        int cases = d.all(randoms);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("figures cases=%d heapPeakMiB=%d rssPeakMiB=%d millis=%d%n", cases, heap >> 20, rssPeakMiB(),
                millis);
        System.out.flush();
    }

    private int all(int randoms) throws Exception {
        for (String[] command : new String[][] {{"simulate"}, {"lint"}, {"badges", "verify"}}) {
            String c = String.join("-", command);
            file(c + " /dev/zero", command, Path.of("/dev/zero"));
            file(c + " sparse-1GiB", command, sparse("sparse-" + c + ".json"));
            fifo(c + " fifo-1GiB", command, () -> generated("{\"Version\": \"", (byte) 'A', GIB));
            file(c + " deep-array", command, text("[".repeat(DEEP) + "]".repeat(DEEP)));
            file(c + " deep-object", command, text("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
            file(c + " control-raw", command, text("{\"Version\": \"\u001b[2J\u001b]0;PWNED\u0007\", \"Statement\": "
                    + "[{\"Effect\": \"Allow\", \"Action\": \"\u001b[31ms3:*\", \"Resource\": \"*\u009b2J\"}]}"));
            file(c + " control-escaped", command, text("{\"Version\": \"\\u001b[2J\", \"request\": {\"principal\": "
                    + "\"\\u001b]0;PWNED\\u0007\"}, \"issuer\": \"\\u001b[2J\"}"));
            file(c + " missing", command, work.resolve("no-such-file.json"));
            file(c + " folder", command, work);
            for (int i = 0; i < randoms; i++) {
                file(c + " random-" + i, command, text(randomBytes()));
            }
        }
        run("simulate-batch stdin-1GiB-one-line", () -> generated("{\"request\": \"", (byte) 'x', GIB), "simulate", "--batch");
        run("simulate-batch stdin-1GiB-zeros", () -> generated("", (byte) 0, GIB), "simulate", "--batch");
        run("simulate-batch deep-array", () -> bytes("[".repeat(DEEP) + "]".repeat(DEEP) + "\n"), "simulate", "--batch");
        run("simulate-batch deep-object", () -> bytes("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "\n"),
                "simulate", "--batch");
        run("simulate-batch control", () -> bytes("{\"request\": {\"principal\": \"\u001b[2J\u001b]0;PWNED\u0007\"}}\n"),
                "simulate", "--batch");
        for (int i = 0; i < randoms; i++) {
            byte[] b = randomBytes();
            run("simulate-batch random-" + i, () -> new java.io.ByteArrayInputStream(b), "simulate", "--batch");
        }
        String valid = """
                {"identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", \
                "Resource": "arn:aws:s3:::reports/*"}]}], "request": {"principal": "arn:aws:iam::111122223333:user/alice", \
                "action": "s3:GetObject", "resource": "arn:aws:s3:::reports/q1.csv", "resourceAccount": "111122223333"}}""";
        run("valid simulate", () -> bytes(""), "simulate", text(valid).toString());
        run("valid simulate-batch", () -> bytes(valid + "\n" + valid + "\n"), "simulate", "--batch");

        content("validate sparse-1GiB", root -> sparse(root.resolve("lessons/01-basics/03-big.yaml"), GIB));
        content("validate deep-flow-yaml", root -> write(root, "lessons/01-basics/03-deep.yaml",
                "id: deep\nsteps: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n"));
        content("validate deep-mapping-yaml", root -> write(root, "lessons/01-basics/03-deep.yaml",
                "id: deep\nsteps: " + "{a: ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "\n"));
        content("validate control-yaml-escape-e", root -> retitle(root, "\"\\e[2J First lesson\""));
        content("validate control-yaml-escape-u", root -> retitle(root, "\"\\u001b]0;PWNED\\u0007 First lesson\""));
        content("validate control-raw-byte", root -> retitle(root, "\"\u001b[2J First lesson\""));
        for (int i = 0; i < Math.max(1, randoms / 4); i++) {
            byte[] b = randomBytes();
            content("validate random-" + i, root -> Files.write(root.resolve("lessons/01-basics/03-random.yaml"), b));
        }
        content("valid validate", root -> { });
        return n;
    }

    @FunctionalInterface
    interface Change {
        void apply(Path root) throws IOException;
    }

    private void content(String name, Change change) throws Exception {
        Path root = Fixture.copyTo(work.resolve("content-" + n));
        change.apply(root);
        run(name, () -> bytes(""), "validate", root.toString());
    }

    private static void retitle(Path root, String title) throws IOException {
        Path lesson = root.resolve("lessons/01-basics/01-first.yaml");
        Files.writeString(lesson, Files.readString(lesson).replace("title: First lesson", "title: " + title));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Files.writeString(root.resolve(file), text);
    }

    private void file(String name, String[] command, Path file) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(file.toString());
        run(name, () -> bytes(""), args.toArray(String[]::new));
    }

    /** A FIFO fed by a thread from the generated stream while the command reads it. */
    private void fifo(String name, String[] command, Supplier<InputStream> stream) throws Exception {
        Path fifo = work.resolve("fifo-" + n);
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        java.util.concurrent.CountDownLatch openedOrEnded = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile()); InputStream in = stream.get()) {
                openedOrEnded.countDown();
                in.transferTo(out);
            } catch (IOException e) {
                // the reader stopped at its limit and closed the pipe
            } finally {
                openedOrEnded.countDown();
            }
        });
        writer.setDaemon(true);
        writer.start();
        file(name, command, fifo);
        // When the command never opened the FIFO, the writer still waits in its open for a reader:
        // be that reader until its open has returned. The open is read-write, which on Linux
        // returns at once (a read-only open would wait for a writer, and hang for ever when the
        // writer had opened the FIFO already and was only slow to end). Closing it leaves the
        // writer without a reader, so its next write fails and it ends.
        try (var release = new RandomAccessFile(fifo.toFile(), "rw")) {
            openedOrEnded.await();
        }
        writer.join();
        Files.delete(fifo);
    }

    private void run(String name, Supplier<InputStream> stdin, String... args) {
        Capped out = new Capped();
        Capped err = new Capped();
        long t = System.nanoTime();
        int exit;
        String thrown = "";
        try (InputStream in = stdin.get()) {
            Launch launch = new Launch(Map.of("SECPILLAR_LANG", "en"), work.toString(), in,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
            exit = Main.run(args, launch);
        } catch (Throwable e) {
            exit = -1;
            thrown = e.toString();
        }
        long millis = (System.nanoTime() - t) / 1_000_000;
        String e = err.text();
        List<String> lines = e.lines().toList();
        boolean trace = !thrown.isEmpty() || e.contains("\tat ") || e.contains("Exception") || e.contains("Error:")
                || out.text().contains("\tat ");
        String first = lines.isEmpty() ? "" : lines.get(0);
        if (!thrown.isEmpty()) {
            first = thrown;
        }
        long stray = lines.stream().filter(l -> !l.startsWith("secpillar: ")).count();
        System.out.println("case " + name + "|" + exit + "|" + lines.size() + "|" + stray + "|" + millis + "|"
                + first.replace('|', '/').replaceAll("\\p{Cntrl}", "?") + "|" + trace + "|"
                + out.text().lines().findFirst().orElse("").replace('|', '/').replaceAll("\\p{Cntrl}", "?"));
        System.out.flush();
        n++;
    }

    /** Random bytes, or (every other case) random JSON-like text with control characters among its tokens. */
    private byte[] randomBytes() {
        if (random.nextBoolean()) {
            String[] tokens = {"{", "}", "[", "]", ":", ",", "\"", "\"Version\"", "\"Statement\"", "\"request\"",
                "\"Effect\"", "\"Allow\"", "\"proof\"", "\"*\"", "1e999", "-0", "null", "true", " ", "\n", "\\u001b",
                "\u001b[2J", "\u0007", "\u009b", "\u202e", "\ud800", "a".repeat(300)};
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(400);
            for (int i = 0; i < count; i++) {
                sb.append(tokens[random.nextInt(tokens.length)]);
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        int size = random.nextInt(10) == 0 ? random.nextInt(2 << 20) : random.nextInt(4096);
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private Path text(String s) throws IOException {
        return text(s.getBytes(StandardCharsets.UTF_8));
    }

    private Path text(byte[] b) throws IOException {
        Path p = work.resolve("input-" + n + ".json");
        Files.write(p, b);
        return p;
    }

    private Path sparse(String file) throws IOException {
        return sparse(work.resolve(file), GIB);
    }

    /** A file of this size whose blocks are never written: it takes no disk. */
    private static Path sparse(Path p, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    private static InputStream bytes(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A prefix, then the filler byte up to {@code size} bytes in all, made as it is read. */
    static InputStream generated(String prefix, byte filler, long size) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                if (pos >= size) {
                    return -1;
                }
                int b = pos < head.length ? head[(int) pos] : filler & 0xFF;
                pos++;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int k = (int) Math.min(len, size - pos);
                for (int i = 0; i < k; i++) {
                    buf[off + i] = pos + i < head.length ? head[(int) (pos + i)] : filler;
                }
                pos += k;
                return k;
            }
        };
    }

    private static long rssPeakMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }

    /** Keeps the first 64 KiB of what a command prints: a runaway output must not fill the small heap. */
    static final class Capped extends ByteArrayOutputStream {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, (64 << 10) - count);
            super.write(b, off, Math.min(len, room));
        }

        @Override
        public synchronized void write(int b) {
            if (count < (64 << 10)) {
                super.write(b);
            }
        }

        String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }
}
