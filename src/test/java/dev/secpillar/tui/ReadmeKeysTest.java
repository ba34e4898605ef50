package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.course.Quiz;
import dev.secpillar.quiz.ShownQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's keys table and the screens' key tables name the same keys. */
class ReadmeKeysTest {
    @TempDir
    Path temp;

    /** Words in key labels that are not keys. */
    private static final Set<String> NOT_KEYS = Set.of("type", "any", "key", "other", "Backspace", "Del");

    private List<KeyTable> allTables() throws Exception {
        Quiz quiz = CourseLoader.load(Fixture.copyTo(temp)).quiz("more").orElseThrow();
        List<KeyTable> tables = new ArrayList<>(List.of(HomeScreen.KEYS, HomeScreen.KEYS_DUE, ModuleScreen.KEYS,
                LessonScreen.pageKeys(false), LessonScreen.checkKeys(3), BadgeScreen.KEYS, BadgeCabinetScreen.KEYS,
                ProgressScreen.KEYS, ProgressScreen.KEYS_NEXT, QuizSummaryScreen.KEYS, QuizSummaryScreen.KEYS_REVISIT,
                LessonDoneScreen.KEYS, LessonDoneScreen.KEYS_NEXT, ReviewScreen.DONE_KEYS, QuizResumeScreen.KEYS,
                QuestionKeys.verdictKeys("keys.title.quiz", "keys.next_question"), WorkspaceKeys.EDITOR, WorkspaceKeys.panel(false),
                WorkspaceKeys.panel(true), WorkspaceKeys.OVERLAY, WorkspaceKeys.CONFIRM,
                WorkspaceKeys.PLAN, WorkspaceKeys.SOLUTION));
        quiz.questions().forEach(q -> tables.add(QuestionKeys.answerKeys("keys.title.quiz_question",
                AnswerForm.of(ShownQuestion.of(q, 1, Optional.empty())))));
        // the English words, as the README shows them
        dev.secpillar.i18n.Messages en = dev.secpillar.i18n.Messages.of(dev.secpillar.i18n.Language.EN);
        return tables.stream().map(t -> t.in(en)).toList();
    }

    private static Set<String> tokens(String keys) {
        return Arrays.stream(keys.split("\\s+"))
                .map(t -> t.matches("\\d(-\\d)?") ? "1-9" : t)
                .filter(t -> !t.isEmpty() && !NOT_KEYS.contains(t))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> readmeTokens() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Keys (full screen)"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        Set<String> out = new TreeSet<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| key") && !line.startsWith("| ---")) {
                out.addAll(tokens(line.split("\\|")[1].strip()));
            }
        }
        return out;
    }

    @Test
    void everyKeyInTheReadmeIsInAScreensTableAndEveryFooterKeyIsInTheReadme() throws Exception {
        Set<String> readme = readmeTokens();
        Set<String> inTables = new TreeSet<>(Set.of("Ctrl-C")); // KeyTable.EVERYWHERE
        Set<String> inFooters = new TreeSet<>();
        for (KeyTable t : allTables()) {
            for (KeyTable.Entry e : t.entries()) {
                inTables.addAll(tokens(e.keys()));
                if (e.footer()) {
                    inFooters.addAll(tokens(e.keys()));
                }
            }
        }
        assertThat(readme).as("README keys that no screen declares").isSubsetOf(inTables);
        assertThat(inFooters).as("footer keys the README does not list").isSubsetOf(readme);
    }
}
