package dev.secpillar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN's layering, checked: dependencies point inward, and the core stays pure. */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/dev/secpillar");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static final List<String> FRONT_ENDS = List.of(
            "dev.secpillar.tui.", "dev.secpillar.plain.", "dev.secpillar.serve.", "dev.secpillar.cli.");
    private static final List<String> TERMINAL_AND_CLI_LIBRARIES = List.of(
            "com.googlecode.lanterna.", "org.jline.", "picocli.");
    private static final List<String> STORAGE = List.of(
            "java.sql.", "javax.sql.", "com.zaxxer.", "org.sqlite.", "org.postgresql.", "dev.secpillar.progress.");

    /** Package → prefixes its imports must not start with. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "course", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE),
            "record", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE),
            "content", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE),
            "policy", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE,
                    List.of("dev.secpillar.course.", "dev.secpillar.content.", "dev.secpillar.record.")),
            "quiz", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE),
            "challenge", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE),
            "badge", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, STORAGE),
            "progress", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES),
            "app", concat(FRONT_ENDS, TERMINAL_AND_CLI_LIBRARIES, List.of("java.sql.", "javax.sql.")));

    @Test
    void corePackagesImportNoFrontEndStorageOrTerminalLibrary() {
        List<String> violations = new ArrayList<>();
        FORBIDDEN.forEach((pkg, prefixes) -> {
            for (Path file : javaFiles(MAIN.resolve(pkg))) {
                for (String imported : imports(file)) {
                    if (prefixes.stream().anyMatch(imported::startsWith)) {
                        violations.add(MAIN.relativize(file) + " imports " + imported);
                    }
                }
            }
        });
        assertThat(violations).as("imports that break DESIGN's layering").isEmpty();
    }

    @Test
    void theCheckSeesAViolation() {
        assertThat(importsIn("package x;\nimport java.sql.Connection;\nimport static picocli.CommandLine.Option;\n"))
                .containsExactly("java.sql.Connection", "picocli.CommandLine.Option");
    }

    private static List<String> imports(Path file) {
        try {
            return importsIn(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importsIn(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
