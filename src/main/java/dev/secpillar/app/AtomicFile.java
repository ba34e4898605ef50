package dev.secpillar.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any instant leaves either the old text or the new one,
 * never a torn mix: write a temporary file beside it, fsync it, rename it over the old one,
 * fsync the folder so the rename itself survives a power cut.
 */
final class AtomicFile {
    private AtomicFile() {}

    static void write(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
        sweep(folder, file.getFileName().toString());
    }

    /**
     * Removes temporary files a killed writer left behind (never read: the real file is only
     * ever replaced whole). Only old ones: a younger one may be another process's write under way.
     */
    private static void sweep(Path folder, String name) {
        long old = System.currentTimeMillis() - 60_000;
        try (var stale = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith("." + name + ".") && n.endsWith(".tmp");
        })) {
            for (Path p : stale) {
                if (Files.getLastModifiedTime(p).toMillis() < old) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the next save tries again
        }
    }

    /** The folder's entry for the new file reaches the disk; not every system allows it (Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the rename is done; only its durability across a power cut is left to the system
        }
    }
}
