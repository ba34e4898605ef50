package dev.secpillar.cli;

import dev.secpillar.content.Fixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line in-process with captured streams, a fixture course and a temp data dir. */
public abstract class CliHarness {
    @TempDir
    protected Path temp;
    protected Path content;
    protected Path data;
    protected final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void prepare() {
        content = Fixture.copyTo(temp.resolve("content"));
        data = temp.resolve("data");
    }

    public record Run(int exit, String out, String err) {
        /**
         * The output with each line break (and the indentation after it) read as one space: line
         * mode wraps long lines to the terminal's width, and a sentence is checked whole.
         */
        public String prose() {
            return out.replaceAll(" *\\R *", " ");
        }
    }

    protected Run feed(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--content=" + content);
        all.add("--data-dir=" + data);
        Launch launch = new Launch(Map.copyOf(env), temp.toString(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int code = Main.run(all.toArray(String[]::new), launch);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    protected Run run(String... args) {
        return feed("", args);
    }
}
