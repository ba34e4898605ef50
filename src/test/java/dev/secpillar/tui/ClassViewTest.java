package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.secpillar.app.ClassReport;
import dev.secpillar.record.ChallengeRecord;
import dev.secpillar.record.LearnerRecord;
import dev.secpillar.record.ProgressException;
import dev.secpillar.record.ProgressSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The instructor's class view on a virtual terminal, stepped by hand. */
class ClassViewTest extends TuiTestBase {
    static final Instant NOW = CLOCK.instant();

    final List<LearnerRecord> records = new ArrayList<>();
    RuntimeException failure;
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 24));

    ClassView view() throws Exception {
        Supplier<ClassReport> reports = () -> {
            if (failure != null) {
                throw failure;
            }
            return ClassReport.of(TestCourses.course(), records, NOW);
        };
        ClassView v = new ClassView(app(), reports, Duration.ofSeconds(2), CLOCK, terminal, COLOUR);
        v.start();
        return v;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < terminal.getTerminalSize().getRows(); y++) {
            for (int x = 0; x < terminal.getTerminalSize().getColumns(); x++) {
                TextCharacter c = terminal.getCharacter(x, y);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    x++;
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static LearnerRecord learner(String name, String lessonDone, Optional<LearnerRecord.Activity> last,
                                 Map<String, ChallengeRecord> challenges) {
        Map<String, Instant> done = lessonDone.isEmpty() ? Map.of() : Map.of(lessonDone, NOW);
        return new LearnerRecord(name, new ProgressSnapshot(Map.of(), done, Optional.empty(), List.of(), challenges, Map.of(),
                Map.of(), new TreeSet<>()), last);
    }

    @Test
    void showsEachLearnerAndWhoIsStuck() throws Exception {
        records.add(learner("ana", "fnd-shared", Optional.of(new LearnerRecord.Activity("step", "fnd-principles", NOW)),
                Map.of()));
        records.add(learner("bo", "", Optional.of(new LearnerRecord.Activity("challenge_check", "iam-fix-s3-reader", NOW)),
                Map.of("iam-fix-s3-reader", new ChallengeRecord("iam-fix-s3-reader", 5, 1, false, Optional.empty(), false))));
        view();
        String screen = text();
        assertThat(screen).contains("Class · 2 learners");
        assertThat(screen).containsPattern(" ana +1/10 .*Lesson: Design principles");
        assertThat(screen).contains("⚠ stuck: Fix the S3 reader (5 checks, 1 hints)");
        assertThat(screen).contains("No quiz answer is wrong yet.");
    }

    @Test
    void refreshesWhenTheClassChanges() throws Exception {
        ClassView v = view();
        assertThat(text()).contains("Nobody has logged in yet.");
        records.add(learner("cy", "", Optional.of(new LearnerRecord.Activity("step", "fnd-shared", NOW)), Map.of()));
        assertThat(v.refresh()).isTrue();
        assertThat(text()).contains(" cy ").contains("Lesson: Shared responsibility");
        assertThat(v.refresh()).isFalse(); // nothing new: no redraw
    }

    @Test
    void aDatabaseThatCannotBeReadIsShownNotFatal() throws Exception {
        ClassView v = view();
        failure = new ProgressException("could not read the class from jdbc:postgresql://db/class (refused)");
        v.refresh();
        assertThat(text()).contains("The class view is not up to date: could not read the class");
        failure = null;
        v.refresh();
        assertThat(text()).doesNotContain("not up to date");
    }

    @Test
    void enterAsksForTheCourseAndQLeaves() throws Exception {
        ClassView v = view();
        terminal.addInput(new KeyStroke(KeyType.Enter));
        v.drain();
        assertThat(v.courseWanted()).isTrue();
        ClassView w = view();
        terminal.addInput(new KeyStroke('q', false, false));
        w.drain();
        assertThat(w.finished()).isTrue();
    }
}
