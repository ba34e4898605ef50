package dev.secpillar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Settings that must mean the same everywhere are made in one place. */
class OneReadingTest {
    private static List<String> sourcesContaining(String text) throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> root.relativize(f).toString()).toList();
        }
    }

    @Test
    void oneSafeYamlConfiguration() throws IOException {
        assertThat(sourcesContaining("LoadSettings.builder()")).containsExactly("dev/secpillar/content/SafeYaml.java");
    }

    @Test
    void oneReadingOfNoColor() throws IOException {
        assertThat(sourcesContaining("get(\"NO_COLOR\")")).containsExactly("dev/secpillar/tui/TuiOptions.java");
    }

    @Test
    void oneTextForWhenAReviewedCardComesBack() throws IOException {
        assertThat(sourcesContaining("\"This card comes back")).containsExactly("dev/secpillar/app/QuizService.java");
    }
}
