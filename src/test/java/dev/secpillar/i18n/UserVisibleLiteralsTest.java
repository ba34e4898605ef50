package dev.secpillar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-visible literal outside the bundles: in the front ends, app/ and the domain's
 * learner-facing packages (challenge/, policy/, badge/), a string literal of
 * words ("Press Enter to go on") belongs in messages*.properties. Files not yet converted are
 * listed in src/test/resources/i18n/literals-to-convert.txt; every other file is held to it.
 */
class UserVisibleLiteralsTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** Packages, or single files of a package whose other files are not held to it yet. */
    private static final List<String> PACKAGES = List.of("dev/secpillar/tui", "dev/secpillar/plain", "dev/secpillar/cli",
            "dev/secpillar/serve", "dev/secpillar/app",
            // the domain's learner texts: challenge feedback, the simulator's explanations, badge standings
            "dev/secpillar/challenge", "dev/secpillar/policy", "dev/secpillar/badge");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Two words in a row: prose a person reads, not a key, a format or an id. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");

    static List<String> userVisible(String source) {
        List<String> out = new ArrayList<>();
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("import ")) {
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                if (WORDS.matcher(m.group(1)).find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void convertedFilesHaveNoUserVisibleLiteral() throws IOException {
        Set<String> toConvert = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/i18n/literals-to-convert.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                toConvert.add(line.strip());
            }
        }
        List<String> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String rel = MAIN.relativize(f).toString().replace('\\', '/');
                    if (toConvert.contains(rel)) {
                        continue;
                    }
                    for (String literal : userVisible(Files.readString(f))) {
                        found.add(rel + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("user-visible text belongs in the message bundles (dev/secpillar/i18n/messages*.properties)")
                .isEmpty();
    }

    @Test
    void theCheckSeesProseButNotKeysOrFormats() {
        assertThat(userVisible("String a = \"Press Enter to go on\"; String k = \"answer.true\"; String f = \"%s: %d\";"))
                .containsExactly("Press Enter to go on");
        assertThat(userVisible("// \"a comment here\"\nx(\"Tiếp tục học\");")).containsExactly("Tiếp tục học");
    }
}
