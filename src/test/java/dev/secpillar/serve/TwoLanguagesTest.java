package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.progress.ClassDatabase;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two learners at once, one whose SSH client sends a Vietnamese locale (LANG=vi_VN.UTF-8, as
 * OpenSSH's SendEnv LANG does) and one whose client sends nothing: each is served in their own
 * language, side by side, whatever the server's own locale is.
 */
class TwoLanguagesTest extends ServerTestBase {

    @Test
    void eachLearnerSeesTheirOwnLanguageAtTheSameTime() throws Exception {
        start(ClassDatabase.openSqlite(dataDir), options(Optional.empty(), 10, Optional.empty()),
                Map.of(Language.EN, WorkshopCourse.course(), Language.VI, WorkshopCourse.vietnamese()));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24, Map.of("LANG", "vi_VN.UTF-8"));
        Learner bo = login("bo", Learner.newKey()).shell(80, 24);
        Learner chi = login("chi", Learner.newKey()).shell(80, 24, Map.of("SECPILLAR_LANG", "vi", "LANG", "en_US.UTF-8"));

        // All three are connected at once, each in their own language.
        ana.awaitText("Những bước đầu tiên");
        bo.awaitText("First steps");
        chi.awaitText("Những bước đầu tiên");
        assertThat(ana.screen().text()).doesNotContain("First steps");
        assertThat(bo.screen().text()).doesNotContain("Những bước đầu tiên");

        ana.enter().awaitText("Bảo mật là việc của mọi người");
        bo.enter().awaitText("Security is everyone's job");

        // Leaving, each is seen off in their language.
        ana.type("\u001b").awaitText("0/2");
        bo.type("\u001b").awaitText("0/2");
        for (Learner l : new Learner[] {ana, bo, chi}) {
            l.type("q");
        }
        ana.awaitClosed();
        bo.awaitClosed();
        chi.awaitClosed();
        assertThat(ana.screen().text()).contains("Tạm biệt, ana. Tiến độ của bạn đã được lưu.");
        assertThat(bo.screen().text()).contains("Goodbye, bo. Your progress is saved.");
        assertThat(chi.screen().text()).contains("Tạm biệt, chi.");
    }

    /** A learner who switches language mid-session is seen off in the language they chose, in either mode. */
    @Test
    void theGoodbyeIsInTheLanguageChosenDuringTheSession() throws Exception {
        start(ClassDatabase.openSqlite(dataDir), options(Optional.empty(), 10, Optional.empty()),
                Map.of(Language.EN, WorkshopCourse.course(), Language.VI, WorkshopCourse.vietnamese()));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24);
        ana.awaitText("First steps").type("L").awaitText("Những bước đầu tiên");
        ana.type("q").awaitClosed();
        assertThat(ana.screen().text()).contains("Tạm biệt, ana.").doesNotContain("Goodbye");

        Learner bo = login("bo", Learner.newKey()).shell(80, 24, "dumb", false);
        bo.awaitText("l. Tiếng Việt").type("l\n").awaitText("l. English");
        bo.type("q\n").awaitClosed();
        assertThat(bo.screen().text()).contains("Tạm biệt, bo.");
    }
}
