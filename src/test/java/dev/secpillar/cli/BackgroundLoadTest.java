package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The other language loads in the background from the start (for the language key). A command
 * that ends first must leave the data directory as it is when it returns: a cache written
 * afterwards lands in a folder the learner may be deleting (and made CI's temp-folder cleanup fail).
 */
class BackgroundLoadTest extends CliHarness {
    @RepeatedTest(3)
    void aLanguageStillLoadingWhenTheContextClosesWritesNothingAfterwards() throws Exception {
        Launch launch = new Launch(Map.of(), temp.toString(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), false);
        CourseContext ctx = new CourseContext(launch, Optional.of(content), Optional.of(data), Optional.of("en"));
        var loading = ctx.courseInBackground(Language.VI);
        ctx.close();
        Path cache = data.resolve("cache");
        var atClose = files(cache);
        try {
            loading.join();
        } catch (CompletionException ignored) {
            // Whether the load itself succeeded is not the point here.
        }
        assertThat(files(cache)).as("files in %s after the load ended", cache).isEqualTo(atClose);
    }

    private static java.util.List<String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
