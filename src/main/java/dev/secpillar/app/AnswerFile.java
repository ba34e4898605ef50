package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading and writing a learner's answer file, refusing what cannot be an answer: a missing
 * or unreadable file (an I/O problem), and a huge or binary one (not an answer at all).
 */
public final class AnswerFile {
    /** No policy, pattern or rule set comes near this; anything larger is a mistake. */
    public static final long MAX_BYTES = 1024 * 1024;

    private AnswerFile() {}

    /** Why a file cannot be used; {@code io} tells an I/O failure from unusable content. */
    public static final class Unusable extends Exception {
        private final boolean io;

        Unusable(boolean io, String message) {
            super(message);
            this.io = io;
        }

        public boolean io() {
            return io;
        }
    }

    public static String read(Path file) throws Unusable {
        return read(file, Messages.of(Language.EN));
    }

    public static String read(Path file, Messages m) throws Unusable {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new Unusable(true, m.get("app.answer.folder", file));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Unusable(false, m.get("app.answer.too_big", file, String.valueOf(size / 1024),
                        String.valueOf(MAX_BYTES / 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unusable(true, m.get("app.answer.missing", file));
        } catch (IOException e) {
            throw new Unusable(true, m.get("app.answer.unreadable", file, e.getMessage()));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Unusable(false, m.get("app.answer.binary", file, String.valueOf(i)));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unusable(false, m.get("app.answer.not_utf8", file));
        }
    }

    /** Writes an answer, creating folders; refuses to replace a file unless asked to. */
    public static void write(Path file, String text, boolean replace) throws Unusable {
        write(file, text, replace, Messages.of(Language.EN));
    }

    public static void write(Path file, String text, boolean replace, Messages m) throws Unusable {
        try {
            if (!replace && Files.exists(file)) {
                throw new Unusable(true, m.get("app.answer.exists", file));
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unusable(true, m.get("app.answer.unwritable", file, e.getMessage()));
        }
    }
}
