package dev.secpillar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Garbage, a huge paste and an endless escape sequence on one learner's channel: that session
 * goes on (or ends cleanly), and another learner's keys keep being answered.
 */
class BadInputTest extends ServerTestBase {
    Learner ana;
    Learner bo;

    @BeforeEach
    void twoLearners() throws Exception {
        start(options(Optional.empty(), 10, Optional.empty()));
        ana = login("ana", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
        bo = login("bo", Learner.newKey()).shell(80, 24).awaitText("0/2 lessons");
    }

    /** Bo opens help and closes it: his session answers keys while Ana's input is abused. */
    private void boIsStillServed() {
        bo.type("?").awaitText("Any key closes this help");
        bo.type("j");
        bo.screen().await(s -> !s.shows("Any key closes this help"), Learner.WAIT, "the help closed");
    }

    /** Ana's session still answers keys: help opens over whatever screen she is on. */
    private void anaGoesOn() {
        ana.type("\u001b~"); // end any escape sequence the abuse left open
        ana.type("?").awaitText("Any key closes this help");
        assertThat(ana.closed()).isFalse();
    }

    @Test
    void randomBytes() {
        byte[] garbage = new byte[64 * 1024];
        new Random(8).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            // keep the keys that would end the session on purpose out of it (q, Ctrl-C, Ctrl-D)
            if (garbage[i] == 'q' || garbage[i] == 'Q' || garbage[i] == 3 || garbage[i] == 4) {
                garbage[i] = 'x';
            }
        }
        ana.send(garbage);
        boIsStillServed();
        anaGoesOn();
    }

    @Test
    void aHugePaste() {
        String paragraph = "Security is a shared responsibility; paste me in full, please. ";
        ana.type(paragraph.repeat(1024 * 1024 / paragraph.length()).replace('q', 'k'));
        boIsStillServed();
        anaGoesOn();
    }

    @Test
    void anEndlessEscapeSequence() {
        byte[] endless = new byte[2 * 1024 * 1024];
        Arrays.fill(endless, (byte) '1');
        endless[0] = 0x1b;
        endless[1] = '[';
        ana.send(endless);
        boIsStillServed();
        anaGoesOn();
    }

    @Test
    void invalidUtf8AndControlCharacters() {
        ana.send(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc0, (byte) 0x80, 0x00, 0x07, 0x1b, 0x1b, 0x1b, (byte) 0x9b});
        ana.type("\u001b]0;title\u0007\u001bP+x\u001b\\");
        boIsStillServed();
        anaGoesOn();
    }

    @Test
    void aClientThatVanishesMidFrameLeavesTheOthersAlone() throws InterruptedException {
        ana.type("?");
        ana.session.close(true); // no goodbye: the TCP connection just goes away
        boIsStillServed();
        log.await("ana disconnected (1 open)");
    }
}
