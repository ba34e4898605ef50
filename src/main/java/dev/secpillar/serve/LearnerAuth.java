package dev.secpillar.serve;

import dev.secpillar.progress.LearnerKeys;
import dev.secpillar.record.ProgressException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
 * never see it again). The instructor's name is never bound by a login: only the key given to
 * {@code serve --instructor-key} opens it, and only a session opened by that key is marked
 * {@link #INSTRUCTOR}. Every refusal that a learner could cause by mistake is explained in a
 * banner before the connection closes, instead of a bare "Permission denied"; each counts once
 * per connection in the {@link AuthThrottle}s, against (address, name), the key and, generously,
 * the address. A key that already owns its name is never throttled.
 *
 * <p>The public-key step is split in two because MINA asks the authenticator about a key before
 * the client has proved it holds it: {@link #authenticate} only says whether the key may be
 * tried, and {@link VerifiedKeyAuth} binds a free name once the signature has been verified.
 */
final class LearnerAuth implements PublickeyAuthenticator, KeyboardInteractiveAuthenticator {

    /** Set on a session whose instructor key's signature was verified: it alone sees the class. */
    static final AttributeKey<Boolean> INSTRUCTOR = new AttributeKey<>();

    /** The key offered for the name (set when MINA asks; trusted only after the signature). */
    private record Offer(String name, PublicKey key, boolean bound, boolean instructor) {}

    /** Why the login cannot go on; said once, in a banner. */
    private static final AttributeKey<String> REFUSAL = new AttributeKey<>();
    private static final AttributeKey<Offer> OFFERED = new AttributeKey<>();
    /** A free name's key whose signature checked out, waiting for the join code. */
    private static final AttributeKey<Offer> VERIFIED = new AttributeKey<>();
    /** A failure of this connection has been counted already (a client may offer many keys). */
    private static final AttributeKey<Boolean> COUNTED = new AttributeKey<>();

    private final LearnerKeys keys;
    private final Optional<String> joinCode;
    private final Optional<ServeOptions.Instructor> instructor;
    /** Per (address, name) and per key: a learner's own mistakes. */
    private final AuthThrottle personal;
    /** Per address: a script's many names, yet a whole class behind one NAT stays well inside it. */
    private final AuthThrottle perAddress;
    private final Clock clock;
    private final Consumer<String> log;

    LearnerAuth(LearnerKeys keys, Optional<String> joinCode, Optional<ServeOptions.Instructor> instructor,
                AuthThrottle personal, AuthThrottle perAddress, Clock clock, Consumer<String> log) {
        this.keys = keys;
        this.joinCode = joinCode;
        this.instructor = instructor;
        this.personal = personal;
        this.perAddress = perAddress;
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

    private static String nameSubject(ServerSession session, String name) {
        return address(session) + " as " + name;
    }

    private static String keySubject(PublicKey key) {
        return "key " + KeyUtils.getFingerPrint(key);
    }

    private void refuse(ServerSession session, String why, Optional<String> name, Optional<PublicKey> key) {
        if (session.setAttribute(REFUSAL, why) == null) {
            say(session, why);
        }
        countFailure(session, name, key);
    }

    private void refuseUncounted(ServerSession session, String why) {
        if (session.setAttribute(REFUSAL, why) == null) {
            say(session, why);
        }
    }

    /** One failure per connection, against each subject it concerns. */
    private void countFailure(ServerSession session, Optional<String> name, Optional<PublicKey> key) {
        if (session.setAttribute(COUNTED, Boolean.TRUE) == null) {
            perAddress.failed(address(session));
            name.ifPresent(n -> personal.failed(nameSubject(session, n)));
            key.ifPresent(k -> personal.failed(keySubject(k)));
        }
    }

    /** The longest wait among the subjects of this try, if any must wait. */
    private Optional<Duration> waitFor(ServerSession session, Optional<String> name, Optional<PublicKey> key) {
        return Stream.of(perAddress.waitFor(address(session)),
                        name.flatMap(n -> personal.waitFor(nameSubject(session, n))),
                        key.flatMap(k -> personal.waitFor(keySubject(k))))
                .flatMap(Optional::stream).max(Duration::compareTo);
    }

    private boolean refuseIfWaiting(ServerSession session, Optional<String> name, Optional<PublicKey> key) {
        Optional<Duration> wait = waitFor(session, name, key);
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        refuseUncounted(session, name.map(n -> Words.both("serve.auth.too_many_as", n, seconds))
                .orElseGet(() -> Words.both("serve.auth.too_many", seconds)));
        return true;
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
        Optional<String> name = LearnerName.canonical(username);
        if (name.isEmpty()) {
            if (!refuseIfWaiting(session, Optional.empty(), Optional.of(key))) {
                refuse(session, Words.both("serve.auth.bad_name", LearnerName.MAX_LENGTH), Optional.empty(), Optional.of(key));
            }
            return false;
        }
        if (instructor.isPresent() && instructor.get().name().equals(name.get())) {
            if (KeyUtils.compareKeys(instructor.get().key(), key)) {
                session.setAttribute(OFFERED, new Offer(name.get(), key, true, true));
                return true;
            }
            if (!refuseIfWaiting(session, name, Optional.of(key))) {
                refuse(session, Words.both("serve.auth.instructors_name", name.get()), name, Optional.of(key));
            }
            return false;
        }
        Optional<LearnerKeys.BoundKey> bound;
        try {
            bound = keys.keyOf(name.get());
        } catch (ProgressException e) {
            log.accept(Words.LOG.get("serve.log.login_refused", name.get(), e.getMessage()));
            refuseUncounted(session, Words.both("serve.auth.database_down"));
            return false;
        }
        boolean owner = bound.isPresent() && bound.get().publicKey().equals(PublicKeyEntry.toString(key));
        if (owner) {
            // A key that owns its name is never throttled: others' mistakes cannot lock it out.
            session.setAttribute(OFFERED, new Offer(name.get(), key, true, false));
            return true;
        }
        if (refuseIfWaiting(session, name, Optional.of(key))) {
            return false;
        }
        if (bound.isPresent()) {
            refuse(session, Words.both("serve.auth.name_taken", name.get()), name, Optional.of(key));
            return false;
        }
        session.setAttribute(OFFERED, new Offer(name.get(), key, false, false));
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
            if (offer.instructor()) {
                session.setAttribute(INSTRUCTOR, Boolean.TRUE);
                return true;
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
                log.accept(Words.LOG.get("serve.log.bound", offer.name(), fingerprint, address(session)));
                return true;
            }
            refuse(session, Words.both("serve.auth.just_taken", offer.name()),
                    Optional.of(offer.name()), Optional.of(offer.key()));
            return false;
        } catch (ProgressException e) {
            log.accept(Words.LOG.get("serve.log.login_refused", offer.name(), e.getMessage()));
            refuseUncounted(session, Words.both("serve.auth.database_down"));
            return false;
        }
    }

    @Override
    public InteractiveChallenge generateChallenge(ServerSession session, String username, String lang, String subMethods) {
        Offer verified = session.getAttribute(VERIFIED);
        if (session.getAttribute(REFUSAL) != null) {
            return null; // said already
        }
        if (verified == null) {
            refuseUncounted(session, Words.both("serve.auth.needs_key"));
            return null;
        }
        if (refuseIfWaiting(session, Optional.of(verified.name()), Optional.of(verified.key()))) {
            return null;
        }
        InteractiveChallenge challenge = new InteractiveChallenge();
        challenge.setInteractionName(Words.LOG.get("serve.auth.interaction_name"));
        challenge.setLanguageTag("");
        // Said as a banner, not as the prompt's instruction: OpenSSH shows an instruction through
        // its log, which escapes every non-ASCII byte (the Vietnamese would read as \341\272...),
        // while a banner is printed as UTF-8 when the client's locale is.
        say(session, Words.both("serve.auth.first_login", verified.name()));
        challenge.setInteractionInstruction("");
        challenge.addPrompt(Words.joined(" / ", "serve.auth.join_code_prompt") + ": ", false);
        return challenge;
    }

    @Override
    public boolean authenticate(ServerSession session, String username, List<String> responses) {
        Offer verified = session.getAttribute(VERIFIED);
        if (verified == null || responses.size() != 1
                || waitFor(session, Optional.of(verified.name()), Optional.of(verified.key())).isPresent()) {
            return false;
        }
        if (!sameCode(responses.get(0).strip(), joinCode.orElse(""))) {
            // Every wrong code counts (a connection may be asked again), so guessing slows down fast.
            perAddress.failed(address(session));
            personal.failed(nameSubject(session, verified.name()));
            personal.failed(keySubject(verified.key()));
            log.accept(Words.LOG.get("serve.log.wrong_code", verified.name(), address(session)));
            say(session, Words.both("serve.auth.wrong_code"));
            return false;
        }
        return bind(session, verified);
    }

    /** Compares in constant time, so the time taken says nothing about how much of a guess was right. */
    private static boolean sameCode(String typed, String code) {
        return MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8));
    }
}
