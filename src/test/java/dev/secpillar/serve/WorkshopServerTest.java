package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.record.LearnerRecord;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.Test;

/** The course over SSH, end to end with a real SSH client. */
class WorkshopServerTest extends ServerTestBase {

    @Test
    void aLearnerFinishesALessonAndFindsItDoneAfterReconnecting() throws Exception {
        start(options(Optional.of("tulip"), 10, Optional.empty()));
        KeyPair key = Learner.newKey();
        Learner ana = login("ana", key, Optional.of("tulip")).shell(80, 24);
        assertThat(ana.messages).anySatisfy(m -> assertThat(m).contains("First login as ana"));
        ana.awaitText("▶ Continue: First steps").awaitText("0/2 lessons");
        ana.enter().awaitText("Step 1 of 3").awaitText("the first page");
        ana.type("n").awaitText("Who patches the guest OS");
        ana.type("2").awaitText("The customer looks after the guest operating system");
        ana.type("n").awaitText("Step 3 of 3");
        ana.type("n").awaitText("✓ Lesson complete");
        ana.type("\u001b").awaitText("1/2 lessons");
        ana.type("q");
        assertThat(ana.awaitClosed()).contains(0);
        assertThat(ana.screen().text()).contains("Goodbye, ana. Your progress is saved");
        ana.close();

        // Back again: no join code asked this time, and the lesson is done.
        Learner again = login("ana", key).shell(80, 24);
        assertThat(again.messages).isEmpty();
        again.awaitText("1/2 lessons").awaitText("▶ Continue: Second steps");
        assertThat(db.everyone()).singleElement().satisfies(r -> {
            assertThat(r.learner()).isEqualTo("ana");
            assertThat(r.snapshot().isDone("first")).isTrue();
        });
    }

    @Test
    void theFirstKeyOwnsTheNameAndASecondKeyIsRefusedWithAReason() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        login("ana", Learner.newKey()).close();
        assertThatThrownBy(() -> login("ana", Learner.newKey()))
                .isInstanceOfSatisfying(Learner.LoginRefused.class, e ->
                        assertThat(e.shown).contains("The name ana belongs to another SSH key"));
        assertThat(db.keys().keyOf("ana")).isPresent();
    }

    @Test
    void namesAreCaseInsensitive() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        KeyPair key = Learner.newKey();
        login("Ana", key).close();
        login("ANA", key).shell(80, 24).awaitText("0/2 lessons");
        assertThat(db.keys().keyOf("ana")).isPresent();
    }

    @Test
    void aWrongJoinCodeIsRefusedAndBindsNothing() throws Exception {
        start(options(Optional.of("tulip"), 10, Optional.empty()));
        assertThatThrownBy(() -> login("bo", Learner.newKey(), Optional.of("daisy"))).isInstanceOf(Learner.LoginRefused.class);
        assertThat(db.keys().keyOf("bo")).isEmpty();
        assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("wrong join code for bo"));
    }

    @Test
    void namesWithControlCharactersOrSqlAreRefusedAndNeverStored() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        for (String name : new String[] {"x'; DROP TABLE learner_key; --", "ana\u001b[31mred", "bell\u0007", "a b", "",
                "\u0430na", "\uff41\uff4e\uff41", "ana\u3164", "\u3164", "a" + "\u0301".repeat(31)}) {
            assertThatThrownBy(() -> login(name, Learner.newKey()))
                    .isInstanceOfSatisfying(Learner.LoginRefused.class, e ->
                            assertThat(e.shown).contains("That name cannot be used").doesNotContain("\u001b"));
        }
        assertThat(db.everyone()).isEmpty();
        login("jose.m", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
    }

    @Test
    void shellIsTheOnlyThingOnOffer() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey());
        // Ask for replies, as OpenSSH does, so a refusal closes the channel at once.
        org.apache.sshd.core.CoreModuleProperties.REQUEST_EXEC_REPLY.set(ana.session, true);
        org.apache.sshd.core.CoreModuleProperties.REQUEST_SUBSYSTEM_REPLY.set(ana.session, true);
        // exec: the channel opens, the request is refused, and it closes with nothing run
        ChannelExec exec = ana.session.createExecChannel("cat /etc/passwd");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exec.setOut(out);
        exec.setErr(out);
        exec.open().verify(Learner.WAIT);
        exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Learner.WAIT);
        assertThat(exec.getExitStatus()).isNull();
        assertThat(out.toString()).doesNotContain("root:");
        // a subsystem (SFTP) likewise, on a connection of its own (one session channel per connection)
        Learner bo = login("bo", Learner.newKey());
        org.apache.sshd.core.CoreModuleProperties.REQUEST_SUBSYSTEM_REPLY.set(bo.session, true);
        ClientChannel sftp = bo.session.createSubsystemChannel("sftp");
        sftp.open().verify(Learner.WAIT);
        sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Learner.WAIT);
        assertThat(sftp.getExitStatus()).isNull();
        // port forwarding: no such channel type
        assertThatThrownBy(() -> ana.session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 1),
                new SshdSocketAddress("127.0.0.1", server.port())).open().verify(Learner.WAIT)).isInstanceOf(Exception.class);
        // remote forwarding: refused by the filter
        assertThatThrownBy(() -> ana.session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                new SshdSocketAddress("127.0.0.1", 1))).isInstanceOf(Exception.class);
    }

    @Test
    void withoutAPtyTheCourseRunsInLineMode() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24, "xterm", false);
        ana.awaitText("1. Basics (0 of 2 lessons done)");
        ana.type("q\n");
        ana.awaitClosed();
        assertThat(ana.screen().text()).contains("Goodbye. Your progress is saved.");
    }

    @Test
    void theScreenFollowsTheClientsWindow() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(100, 30);
        ana.awaitText("0/2 lessons");
        int before = ana.screen().lines().get(0).length();
        assertThat(before).isEqualTo(99); // the header ends one column from the right edge
        ana.resize(60, 20);
        ana.screen().await(s -> s.lines().get(0).length() == 59 && s.shows("0/2 lessons"), Learner.WAIT,
                "the header redrawn 60 columns wide");
        assertThat(ana.screen().lines().get(19)).contains("Enter");
    }

    @Test
    void aFullWorkshopTurnsTheNextLearnerAwayPolitely() throws Exception {
        start(options(Optional.empty(), 1, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        KeyPair boKey = Learner.newKey();
        Learner bo = login("bo", boKey).shell(80, 24);
        bo.awaitText("The workshop is full right now (1 learners are connected)");
        assertThat(bo.awaitClosed()).contains(1);
        // the one inside is unaffected, and once they leave there is room again
        ana.type("j").type("q").awaitClosed();
        login("bo", boKey).shell(80, 24).awaitText("0/2 lessons");
    }

    @Test
    void theHostKeyIsKeptOwnerOnlyAndTheSameAcrossRestarts() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        String first = server.hostKeyFingerprint();
        var file = dataDir.resolve(HostKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        server.close();
        server = WorkshopServer.start(WorkshopCourse.course(), db, dataDir, options(Optional.empty(), 10, Optional.empty()),
                clock, log);
        assertThat(server.hostKeyFingerprint()).isEqualTo(first).startsWith("SHA256:");
    }

    @Test
    void anIdleSessionIsClosedWithAMessage() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        Learner ana = login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        clock.advance(java.time.Duration.ofMinutes(31));
        server.checkIdle();
        ana.awaitClosed();
        assertThat(ana.screen().text()).contains("Closed after 30 minutes without a key. Your progress is saved");
    }

    @Test
    void everyLearnerIsListedWithTheirRecord() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons").enter().awaitText("Step 1 of 3");
        login("bo", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        assertThat(db.everyone()).extracting(LearnerRecord::learner).containsExactly("ana", "bo");
        assertThat(server.openSessions()).isEqualTo(2);
    }
}
