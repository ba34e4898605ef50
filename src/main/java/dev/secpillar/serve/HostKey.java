package dev.secpillar.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's identity: an Ed25519 key generated on the first start and kept in the data
 * directory, readable by its owner only, so learners see the same fingerprint every workshop.
 */
final class HostKey {
    static final String FILE = "ssh_host_ed25519_key";

    private HostKey() {}

    /** The key in {@code dataDir}, generated first when there is none. */
    static KeyPair loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.notExists(file)) {
                create(dataDir, file);
            }
            restrict(file);
            try (InputStream in = Files.newInputStream(file)) {
                Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in, null);
                Iterator<KeyPair> it = keys == null ? null : keys.iterator();
                if (it == null || !it.hasNext()) {
                    throw new IOException(Words.LOG.get("serve.host_key.empty", file));
                }
                return it.next();
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(Words.LOG.get("serve.host_key.unreadable", file, e.getMessage()), e);
        }
    }

    private static void create(Path dataDir, Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(dataDir);
        KeyPair pair = SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA).generateKeyPair();
        Path temp = dataDir.resolve(FILE + ".new");
        Files.deleteIfExists(temp);
        // Created owner-only from the start, so the private key is never readable by others.
        if (posix()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, Words.LOG.get("serve.host_key.comment"), null, out);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Owner-only, even when someone loosened it since. */
    private static void restrict(Path file) throws IOException {
        if (posix()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            if (!ownerOnly.containsAll(perms)) {
                Files.setPosixFilePermissions(file, ownerOnly);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The fingerprint as OpenSSH prints it ({@code SHA256:...}). */
    static String fingerprint(KeyPair pair) {
        return KeyUtils.getFingerPrint(pair.getPublic());
    }
}
