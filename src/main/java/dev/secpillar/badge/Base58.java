package dev.secpillar.badge;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Base58 with the Bitcoin alphabet, the "z" (base58btc) encoding of multibase that did:key and
 * Data Integrity proof values use. Leading zero bytes become leading '1's and back.
 */
final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {}

    static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        StringBuilder out = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        out.append("1".repeat(zeros));
        return out.reverse().toString();
    }

    /** The bytes, or empty when a character is outside the alphabet. */
    static Optional<byte[]> decode(String text) {
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return Optional.empty();
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        if (magnitude.length > 0 && magnitude[0] == 0) {
            magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length); // BigInteger's sign byte
        }
        byte[] out = new byte[zeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, zeros, magnitude.length);
        return Optional.of(out);
    }
}
