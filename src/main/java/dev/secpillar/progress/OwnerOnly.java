package dev.secpillar.progress;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A learner's record (and a class's) is readable by its owner only, like the SSH host key: the
 * folders we create are 0700 and the database file is created 0600 before SQLite opens it (its
 * journal and WAL files take the database file's mode), and an existing file is tightened.
 * A folder that existed already is left as its owner made it.
 */
final class OwnerOnly {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    /** SQLite's companions of a database file, which hold the same data. */
    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private OwnerOnly() {}

    /** Creates the folders that are missing (0700), then the file when missing (0600); tightens an existing file. */
    static void prepareDatabaseFile(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!posix()) {
            Files.createDirectories(dir);
            return;
        }
        createDirectories(dir);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            tighten(file);
        }
        for (String suffix : COMPANIONS) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(companion)) {
                tighten(companion);
            }
        }
    }

    private static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR));
            // the umask may have taken bits away, never added: set exactly
            Files.setPosixFilePermissions(dir, DIR);
        } catch (FileAlreadyExistsException e) {
            // made by another process just now
        }
    }

    private static void tighten(Path file) throws IOException {
        if (Files.isRegularFile(file) && !FILE.containsAll(Files.getPosixFilePermissions(file))) {
            try {
                Files.setPosixFilePermissions(file, FILE);
            } catch (IOException e) {
                // not ours to change (another user's file opened read-only): leave it
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
