package dev.secpillar.badge;

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
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
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
            throw new IllegalArgumentException("the did:key is " + did.length() + " characters long, not an Ed25519 public key");
        }
        if (!did.startsWith(PREFIX)) {
            throw new IllegalArgumentException("'" + did + "' is not a did:key");
        }
        String mb = did.substring(PREFIX.length());
        // An Ed25519 did:key is 48 characters of base58; bound it before the (quadratic) decoding.
        if (mb.length() > 64) {
            throw new IllegalArgumentException("the did:key is " + mb.length() + " characters long, not an Ed25519 public key");
        }
        if (!mb.startsWith("z")) {
            throw new IllegalArgumentException("'" + did + "' is not base58btc multibase (it must start with did:key:z)");
        }
        byte[] bytes = Base58.decode(mb.substring(1))
                .orElseThrow(() -> new IllegalArgumentException("'" + did + "' has characters outside base58"));
        if (bytes.length != ED25519_PUB.length + KEY_BYTES
                || !Arrays.equals(Arrays.copyOf(bytes, ED25519_PUB.length), ED25519_PUB)) {
            throw new IllegalArgumentException("'" + did + "' is not an Ed25519 public key");
        }
        return Arrays.copyOfRange(bytes, ED25519_PUB.length, bytes.length);
    }
}
