package dev.secpillar.serve;

import dev.secpillar.progress.LearnerKeys;
import dev.secpillar.record.ProgressException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKey;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * Who may open which name. The SSH user name is the learner's name; the learner proves it with
 * a public key. The first key whose signature checks out under a free name is bound to that
 * name in the class database; after that only that key opens it. When the workshop has a join
 * code, a first login also answers a keyboard-interactive prompt for it (returning learners
 * never see it again). Every refusal that a learner could cause by mistake is explained in a
 * keyboard-interactive message before the connection closes, instead of a bare "Permission
 * denied"; each counts against the client's address in the {@link AuthThrottle}.
 *
 * <p>The public-key step is split in two because MINA asks the authenticator about a key before
 * the client has proved it holds it: {@link #authenticate} only says whether the key may be
 * tried, and {@link VerifiedKeyAuth} binds a free name once the signature has been verified.
 */
final class LearnerAuth implements PublickeyAuthenticator, KeyboardInteractiveAuthenticator {

    /** The key offered for the name (set when MINA asks; trusted only after the signature). */
    private record Offer(String name, PublicKey key, boolean bound) {}

    /** Why the login cannot go on; said once, in a banner. */
    private static final AttributeKey<String> REFUSAL = new AttributeKey<>();
    private static final AttributeKey<Offer> OFFERED = new AttributeKey<>();
    /** A free name's key whose signature checked out, waiting for the join code. */
    private static final AttributeKey<Offer> VERIFIED = new AttributeKey<>();
    /** A failure of this connection has been counted already (a client may offer many keys). */
    private static final AttributeKey<Boolean> COUNTED = new AttributeKey<>();

    private final LearnerKeys keys;
    private final Optional<String> joinCode;
    private final AuthThrottle throttle;
    private final Clock clock;
    private final Consumer<String> log;

    LearnerAuth(LearnerKeys keys, Optional<String> joinCode, AuthThrottle throttle, Clock clock, Consumer<String> log) {
        this.keys = keys;
        this.joinCode = joinCode;
        this.throttle = throttle;
        this.clock = clock;
        this.log = log;
    }

    /** The two ways in: the public key (first), then the join code prompt or an explanation. */
    List<UserAuthFactory> factories() {
        return List.of(new UserAuthPublicKeyFactory() {
            @Override
            public UserAuthPublicKey createUserAuth(ServerSession session) {
                return new VerifiedKeyAuth();
            }
        }, new org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory());
    }

    static String address(ServerSession session) {
        SocketAddress a = session.getClientAddress();
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress() : String.valueOf(a);
    }

    private void refuse(ServerSession session, String why, boolean countIt) {
        if (session.setAttribute(REFUSAL, why) == null) {
            say(session, why);
        }
        if (countIt && session.setAttribute(COUNTED, Boolean.TRUE) == null) {
            throttle.failed(address(session));
        }
    }

    /** An authentication banner: a line ssh shows the learner before authentication ends. */
    private void say(ServerSession session, String message) {
        try {
            Buffer b = session.createBuffer(SshConstants.SSH_MSG_USERAUTH_BANNER, message.length() + 16);
            b.putString(message + "\n");
            b.putString("");
            session.writePacket(b);
        } catch (java.io.IOException e) {
            // the client has gone already
        }
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (throttle.blocked(address(session))) {
            refuse(session, "Too many failed logins from your address. Wait a few minutes, then try again.", false);
            return false;
        }
        Optional<String> name = LearnerName.canonical(username);
        if (name.isEmpty()) {
            refuse(session, "That name cannot be used in the workshop. Use " + LearnerName.RULE
                    + ", as in: ssh -p PORT ana@HOST", true);
            return false;
        }
        Optional<LearnerKeys.BoundKey> bound;
        try {
            bound = keys.keyOf(name.get());
        } catch (ProgressException e) {
            log.accept("login of " + name.get() + " refused: " + e.getMessage());
            refuse(session, "The workshop's database cannot be reached right now. Please try again in a minute.", false);
            return false;
        }
        if (bound.isPresent() && !bound.get().publicKey().equals(PublicKeyEntry.toString(key))) {
            refuse(session, "The name " + name.get() + " belongs to another SSH key. Log in with that key, "
                    + "pick another name, or ask the instructor to release it.", true);
            return false;
        }
        session.setAttribute(OFFERED, new Offer(name.get(), key, bound.isPresent()));
        return true;
    }

    /** MINA's public-key method, which binds a free name once the key's signature is verified. */
    private final class VerifiedKeyAuth extends UserAuthPublicKey {
        @Override
        public Boolean doAuth(Buffer buffer, boolean init) throws Exception {
            Boolean verified = super.doAuth(buffer, init);
            if (!Boolean.TRUE.equals(verified)) {
                return verified;
            }
            ServerSession session = getServerSession();
            Offer offer = session.getAttribute(OFFERED);
            if (offer == null) {
                return false;
            }
            if (offer.bound()) {
                return true;
            }
            if (joinCode.isPresent()) {
                // Proven key, free name: the join code comes next (keyboard-interactive).
                if (session.getAttribute(VERIFIED) == null) {
                    session.setAttribute(VERIFIED, offer);
                }
                return false;
            }
            return bind(session, offer);
        }
    }

    private boolean bind(ServerSession session, Offer offer) {
        String text = PublicKeyEntry.toString(offer.key());
        String fingerprint = KeyUtils.getFingerPrint(offer.key());
        try {
            if (keys.bind(offer.name(), text, fingerprint, clock.instant())) {
                log.accept("the name " + offer.name() + " is now bound to the key " + fingerprint + " from "
                        + address(session));
                return true;
            }
            refuse(session, "The name " + offer.name() + " was just taken by another SSH key. Pick another name.", true);
            return false;
        } catch (ProgressException e) {
            log.accept("login of " + offer.name() + " refused: " + e.getMessage());
            refuse(session, "The workshop's database cannot be reached right now. Please try again in a minute.", false);
            return false;
        }
    }

    @Override
    public InteractiveChallenge generateChallenge(ServerSession session, String username, String lang, String subMethods) {
        Offer verified = session.getAttribute(VERIFIED);
        if (throttle.blocked(address(session))) {
            refuse(session, "Too many failed logins from your address. Wait a few minutes, then try again.", false);
            return null;
        }
        if (session.getAttribute(REFUSAL) != null) {
            return null; // said already
        }
        if (verified == null) {
            refuse(session, "The workshop needs an SSH key to know who you are. Make one with "
                    + "ssh-keygen -t ed25519, then connect again.", false);
            return null;
        }
        InteractiveChallenge challenge = new InteractiveChallenge();
        challenge.setInteractionName("secpillar workshop");
        challenge.setLanguageTag("");
        challenge.setInteractionInstruction("First login as " + verified.name()
                + ": the instructor has the workshop's join code.\n");
        challenge.addPrompt("Join code: ", false);
        return challenge;
    }

    @Override
    public boolean authenticate(ServerSession session, String username, List<String> responses) {
        Offer verified = session.getAttribute(VERIFIED);
        if (verified == null || responses.size() != 1 || throttle.blocked(address(session))) {
            return false;
        }
        if (!sameCode(responses.get(0).strip(), joinCode.orElse(""))) {
            throttle.failed(address(session));
            log.accept("wrong join code for " + verified.name() + " from " + address(session));
            say(session, "That is not the workshop's join code.");
            return false;
        }
        return bind(session, verified);
    }

    /** Compares in constant time, so the time taken says nothing about how much of a guess was right. */
    private static boolean sameCode(String typed, String code) {
        return MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8));
    }
}
