package dev.secpillar.badge;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Ed25519 through the JDK's own EdDSA provider (JEP 339), with raw 32-byte public keys as did:key carries them. */
final class Ed25519 {
    /** DER of SubjectPublicKeyInfo for Ed25519 (OID 1.3.101.112) up to the 32 key bytes (RFC 8410). */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519() {}

    static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der.length != SPKI_PREFIX.length + DidKey.KEY_BYTES
                || !Arrays.equals(Arrays.copyOf(der, SPKI_PREFIX.length), SPKI_PREFIX)) {
            throw new DidKey.BadKey(dev.secpillar.i18n.Text.of("badge.verify.not_ed25519"));
        }
        return Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] der = new byte[SPKI_PREFIX.length + raw.length];
        System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    static boolean verify(byte[] rawPublicKey, byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(publicKey(rawPublicKey));
        s.update(data);
        return s.verify(signature);
    }
}
