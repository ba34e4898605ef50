package dev.secpillar.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A short digest of the English text a translation was made from. Eight hex digits are plenty
 * to notice that one item's English changed; they are not a security boundary.
 */
public final class Fingerprint {
    static final int LENGTH = 8;

    private Fingerprint() {}

    public static String of(String english) {
        String nfc = Normalizer.normalize(english, Normalizer.Form.NFC);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
