package dev.secpillar.badge;

import dev.secpillar.i18n.Text;
import java.util.Arrays;

/**
 * did:key for Ed25519 (W3C CCG did:key method): "did:key:z" + base58btc of the multicodec
 * prefix ed25519-pub (0xed as an unsigned varint: 0xed 0x01) followed by the 32-byte public
 * key. The DID is the key, so a verifier needs no network to find it.
 */
final class DidKey {
    static final String PREFIX = "did:key:";
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    static final int KEY_BYTES = 32;

    private DidKey() {}

    static String of(byte[] publicKey) {
        return PREFIX + multibase(publicKey);
    }

    /** "z6Mk...": the multibase form of the key, also the fragment of its verification method. */
    static String multibase(byte[] publicKey) {
        if (publicKey.length != KEY_BYTES) {
            throw new BadKey(Text.of("badge.verify.key_bytes", publicKey.length));
        }
        byte[] prefixed = new byte[ED25519_PUB.length + KEY_BYTES];
        System.arraycopy(ED25519_PUB, 0, prefixed, 0, ED25519_PUB.length);
        System.arraycopy(publicKey, 0, prefixed, ED25519_PUB.length, KEY_BYTES);
        return "z" + Base58.encode(prefixed);
    }

    /** The verification method of a did:key: the DID, '#', and the key's multibase again. */
    static String verificationMethod(String did) {
        return did + "#" + did.substring(PREFIX.length());
    }

    /** The raw public key of a did:key; the message of the exception says what is wrong with it. */
    static byte[] publicKey(String did) {
        if (did.length() > PREFIX.length() + 64) {
            throw new BadKey(Text.of("badge.verify.did_too_long", did.length()));
        }
        if (!did.startsWith(PREFIX)) {
            throw new BadKey(Text.of("badge.verify.not_did_key", did));
        }
        String mb = did.substring(PREFIX.length());
        // An Ed25519 did:key is 48 characters of base58; bound it before the (quadratic) decoding.
        if (mb.length() > 64) {
            throw new BadKey(Text.of("badge.verify.did_too_long", mb.length()));
        }
        if (!mb.startsWith("z")) {
            throw new BadKey(Text.of("badge.verify.not_base58btc", did));
        }
        byte[] bytes = Base58.decode(mb.substring(1))
                .orElseThrow(() -> new BadKey(Text.of("badge.verify.not_base58", did)));
        if (bytes.length != ED25519_PUB.length + KEY_BYTES
                || !Arrays.equals(Arrays.copyOf(bytes, ED25519_PUB.length), ED25519_PUB)) {
            throw new BadKey(Text.of("badge.verify.not_ed25519_did", did));
        }
        return Arrays.copyOfRange(bytes, ED25519_PUB.length, bytes.length);
    }

    /** What is wrong with a key: its message is the English text, {@link #text} renders in any language. */
    static final class BadKey extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Text text;

        BadKey(Text text) {
            super(text.english());
            this.text = text;
        }

        Text text() {
            return text;
        }
    }

    /** The words of a key problem: its text when it is one of ours, else its message as written. */
    static Text why(IllegalArgumentException e) {
        return e instanceof BadKey k ? k.text() : Text.plain(String.valueOf(e.getMessage()));
    }
}
