package dev.secpillar.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Map;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Reads the instructor's OpenSSH public key ({@code ~/.ssh/id_ed25519.pub}): the first line that
 * is not blank or a comment. The file is small; more than {@link #MAX_BYTES} is not a key.
 */
public final class InstructorKey {
    static final int MAX_BYTES = 64 * 1024;

    private InstructorKey() {}

    /** The key, or an IOException whose message says in one line what is wrong with the file. */
    public static PublicKey read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(Words.LOG.get("serve.instructor_key.too_big", file, String.valueOf(MAX_BYTES / 1024)));
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            try {
                PublicKeyEntry entry = PublicKeyEntry.parsePublicKeyEntry(l);
                PublicKey key = entry == null ? null : entry.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
                if (key != null) {
                    return key;
                }
            } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
                // reported below, with the file's name
            }
            break;
        }
        throw new IOException(Words.LOG.get("serve.instructor_key.none", file));
    }
}
