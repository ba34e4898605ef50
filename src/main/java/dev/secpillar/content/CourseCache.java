package dev.secpillar.content;

import dev.secpillar.course.Course;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the last valid course in the data directory so a start with unchanged content skips
 * parsing and checking ~70 YAML files. The key is a digest of every content file's name, size
 * and modification time plus the program build, so any edit (or a new build) loads afresh; a
 * cache that cannot be read is ignored, never trusted.
 */
public final class CourseCache {
    private static final String MAGIC = "secpillar-course-cache-" + CourseCodec.VERSION;
    private final Path dir;
    private final WriteGate gate;
    private Path file;

    public CourseCache(Path dataDir) {
        this(dataDir, new WriteGate());
    }

    /** A cache whose writes stop for good once {@code gate} is closed. */
    public CourseCache(Path dataDir, WriteGate gate) {
        this.dir = dataDir.resolve("cache");
        this.gate = gate;
    }

    /**
     * Lets the owner of a data directory stop cache writes before it lets go of the directory: a
     * course still loading in the background when a command ends would otherwise write its cache
     * afterwards, into a folder the learner (or a test) may be deleting. Closing waits for a
     * write under way, so after {@link #close()} nothing more is written.
     */
    public static final class WriteGate {
        private boolean closed;

        synchronized void write(Runnable write) {
            if (!closed) {
                write.run();
            }
        }

        public synchronized void close() {
            closed = true;
        }
    }

    /** The course for this content root: from the cache when its key matches, else loaded and cached. */
    public Course load(Path root) throws ContentException {
        return load(root, List.of());
    }

    /**
     * The same, running the whole-course checks on a fresh load. A cached course passed them
     * when it was written, and a new build (which may check differently) never reads it.
     */
    public Course load(Path root, List<CourseCheck> checks) throws ContentException {
        return load(root, checks, Translations.ENGLISH);
    }

    /**
     * The course in a language. Each language is cached in its own file, so switching back and
     * forth never reloads; the key covers the translation files too (they live under lessons/).
     */
    public Course load(Path root, List<CourseCheck> checks, String language) throws ContentException {
        file = dir.resolve(language.equals(Translations.ENGLISH) ? "course.bin" : "course-" + language + ".bin");
        Optional<String> key = key(root, language);
        if (key.isPresent()) {
            Optional<Course> cached = read(key.get());
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Course course = CourseLoader.load(root, checks, language);
        key.ifPresent(k -> gate.write(() -> write(k, course)));
        return course;
    }

    static Optional<String> key(Path root) {
        return key(root, Translations.ENGLISH);
    }

    static Optional<String> key(Path root, String language) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(MAGIC.getBytes(StandardCharsets.UTF_8));
            md.update(("lang=" + language + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(buildStamp().getBytes(StandardCharsets.UTF_8));
            md.update(root.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            List<String> entries = new ArrayList<>();
            for (String top : List.of("lessons", "quizzes")) {
                Path dir = root.resolve(top);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : (Iterable<Path>) all::iterator) {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        entries.add(root.relativize(p) + "\0" + a.size() + "\0" + a.lastModifiedTime().toMillis());
                    }
                }
            }
            entries.sort(null);
            for (String e : entries) {
                md.update(e.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return Optional.of(HexFormat.of().formatHex(md.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Changes with every build of the program, so a new loader never reads an old cache. */
    private static String buildStamp() {
        try {
            var cs = CourseCache.class.getProtectionDomain().getCodeSource();
            Path code = Path.of(cs.getLocation().toURI());
            return code + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown-build";
        }
    }

    private Optional<Course> read(String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            return Optional.of(CourseCodec.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(String key, Course course) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "course", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                CourseCodec.write(out, course);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs the next start some time.
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

}
