package dev.secpillar.cli;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads input from outside (a policy, a scenario, a credential, a batch line) and stops at a
 * limit, so that /dev/zero, a 3 GB file or an endless pipe costs at most the limit in memory and
 * ends in one line and exit 65, never an OutOfMemoryError.
 */
final class BoundedInput {
    /** A policy or scenario file; AWS's own largest policy is far smaller (an SCP is at most 5,120 characters). */
    static final int DOCUMENT_BYTES = 1 << 20;
    /** One scenario of a --batch stream. */
    static final int LINE_CHARS = 1 << 20;

    /** The input is larger than its limit; nothing beyond the limit was read. */
    static final class TooLarge extends IOException {
        private final String key;
        private final String size;

        TooLarge(String key, String size) {
            super(Messages.of(Language.EN).get(key, size));
            this.key = key;
            this.size = size;
        }

        /** The same in the reader's language. */
        String message(Messages m) {
            return m.get(key, size);
        }
    }

    private BoundedInput() {}

    /** At most {@code limit} bytes of the file, or {@link TooLarge} after reading one more. */
    static byte[] bytes(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge("cli.input.too_large", size(limit));
            }
            return bytes;
        }
    }

    /** The file as strict UTF-8 text (a malformed byte is invalid data), at most {@code limit} bytes. */
    static String utf8(Path file, int limit) throws IOException {
        byte[] bytes = bytes(file, limit);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * The next line (without its end), null at the end of the input; {@link TooLarge} as soon as
     * a line passes {@code limit} characters, having read no further.
     */
    static String line(Reader in, int limit) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return stripCr(sb);
            }
            if (sb.length() >= limit) {
                throw new TooLarge("cli.input.line_too_long", size(limit));
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : stripCr(sb);
    }

    private static String stripCr(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }

    static String size(int bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes / 1024 + " KiB";
    }
}
