package dev.secpillar.badge;

import dev.secpillar.i18n.Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's Ed25519 signing key for exported badges, kept in the data directory as PEM
 * (PKCS#8 private key and X.509 public key) in a file only its owner may read: made on first
 * use with permissions 600 from the start, and refused, as ssh refuses, if others can read it.
 */
public final class LearnerKey {
    public static final String FILE_NAME = "badge-signing-key.pem";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final Path file;
    private final PrivateKey privateKey;
    private final byte[] publicKey;

    private LearnerKey(Path file, PrivateKey privateKey, byte[] publicKey) {
        this.file = file;
        this.privateKey = privateKey;
        this.publicKey = publicKey.clone();
    }

    /** The key in {@code dataDir}, made there on first use. */
    public static LearnerKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            create(dataDir, file);
        }
        return load(file);
    }

    public Path file() {
        return file;
    }

    /** did:key of the public key: the issuer of every credential this key signs. */
    public String did() {
        return DidKey.of(publicKey);
    }

    String verificationMethod() {
        return DidKey.verificationMethod(did());
    }

    byte[] sign(byte[] data) {
        try {
            return Ed25519.sign(privateKey, data);
        } catch (GeneralSecurityException e) {
            throw new BadgeKeyException(Text.of("badge.key.cannot_sign", file, String.valueOf(e.getMessage())), e);
        }
    }

    private static void create(Path dataDir, Path file) {
        Path temp = null;
        try {
            Files.createDirectories(dataDir);
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
            boolean posix = Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class);
            // Owner-only from the moment the file exists: never a window in which others could read it.
            temp = posix
                    ? Files.createTempFile(dataDir, ".badge-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dataDir, ".badge-key", ".tmp");
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            publish(temp, file);
        } catch (IOException e) {
            throw new BadgeKeyException(Text.of("badge.key.cannot_create", dataDir, String.valueOf(e.getMessage())), e);
        } catch (GeneralSecurityException e) {
            throw new BadgeKeyException(Text.of("badge.key.no_ed25519", String.valueOf(e.getMessage())), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless; the key itself is in place or reported
                }
            }
        }
    }

    /**
     * Puts the new key in place unless another secpillar got there first: a hard link fails
     * when the name exists, where a rename would silently replace the other's key.
     */
    private static void publish(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // the other process's key wins; load it
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(file)) {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static LearnerKey load(Path file) {
        checkPrivate(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BadgeKeyException(Text.of("badge.key.cannot_read", file, String.valueOf(e.getMessage())), e);
        }
        byte[] privateDer = null;
        byte[] publicDer = null;
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            switch (m.group(1)) {
                case "PRIVATE KEY" -> privateDer = der;
                case "PUBLIC KEY" -> publicDer = der;
                default -> { }
            }
        }
        if (privateDer == null || publicDer == null) {
            throw damaged(file, Text.of("badge.key.damaged.no_pair"), null);
        }
        try {
            PrivateKey priv = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(privateDer));
            byte[] pub = Ed25519.raw(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(publicDer)));
            byte[] probe = "secpillar key check".getBytes(StandardCharsets.US_ASCII);
            if (!Ed25519.verify(pub, probe, Ed25519.sign(priv, probe))) {
                throw damaged(file, Text.of("badge.key.damaged.mismatch"), null);
            }
            return new LearnerKey(file, priv, pub);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw damaged(file, Text.plain(String.valueOf(e.getMessage())), e);
        }
    }

    private static BadgeKeyException damaged(Path file, Text why, Throwable cause) {
        return new BadgeKeyException(Text.of("badge.key.damaged", file, why), cause);
    }

    /** A key others can read may have been copied, and its signatures would prove nothing. */
    private static void checkPrivate(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view == null) {
                return; // not a POSIX file system: the user's profile folder is private by default
            }
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Set<PosixFilePermission> extra = EnumSet.copyOf(perms);
            extra.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
            if (!extra.isEmpty()) {
                throw new BadgeKeyException(Text.of("badge.key.readable_by_others", file, PosixFilePermissions.toString(perms)), null);
            }
        } catch (IOException e) {
            throw new BadgeKeyException(Text.of("badge.key.cannot_read", file, String.valueOf(e.getMessage())), e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
