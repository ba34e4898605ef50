package dev.secpillar.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies the small fixture course into a temporary folder so a test can break one file of it. */
public final class Fixture {
    private Fixture() {}

    public static Path copyTo(Path dir) {
        try {
            Path src = Path.of(Fixture.class.getResource("/fixture/lessons/course.yaml").toURI()).getParent().getParent();
            try (Stream<Path> all = Files.walk(src)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path target = dir.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path root, String file, String text) {
        try {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the fixture's first lesson, basics-first, with {@code sources} (lines of YAML,
     * "" for none) and {@code extraSteps} after its page and check ("" for none).
     */
    public static String firstLesson(String sources, String extraSteps) {
        return """
                id: basics-first
                title: First
                best_practices: [SEC01-BP01]
                minutes: 3
                """ + sources + """
                steps:
                  - page: hi
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """ + extraSteps;
    }

    /** An answer that passes the fixture's policy challenge, basics-policy: read the reports, nothing else. */
    public static final String BASICS_POLICY_SOLUTION = """
            {"Version": "2012-10-17",
             "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}
            """;

    /** The order question on the basics playbook ({@link #addBasicsPlaybook}), as an item of a quiz's questions. */
    public static final String BASICS_ORDER_QUESTION = """
              - id: basics-q03
                kind: order
                prompt: In which order?
                playbook: basics
                explain: Contain, then clean, then recover.
                best_practices: [SEC10-BP04]
            """;

    /**
     * The fixture course with one incident playbook, "basics" (three steps), shown as a step of the
     * lesson basics-first; the order question ({@link #BASICS_ORDER_QUESTION}) and the challenge
     * it names are the caller's to add.
     */
    public static void addBasicsPlaybook(Path root) {
        write(root, "lessons/playbooks.yaml", """
                page_heading: "**Playbook: {title}.** One order."
                playbooks:
                  - id: basics
                    title: the basics
                    lesson: basics-first
                    question: basics-q03
                    challenge: basics-challenge
                    steps:
                      - {id: contain, text: Contain the damage}
                      - {id: eradicate, text: Remove the cause}
                      - {id: recover, text: Recover}
                """);
        try {
            Path lesson = root.resolve("lessons/01-basics/01-first.yaml");
            Files.writeString(lesson, Files.readString(lesson) + "  - playbook: basics\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
