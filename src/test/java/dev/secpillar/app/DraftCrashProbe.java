package dev.secpillar.app;

import dev.secpillar.challenge.AnswerFormat;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link DraftCrashTest}: saves draft after draft of the same challenge as
 * fast as it can (every fifth one also kept as a version), saying "saved N" after each, until
 * it is killed. Version N's text is {@link #text(int)}, so the parent can tell a whole version
 * from a torn one.
 */
public final class DraftCrashProbe {
    private DraftCrashProbe() {}

    /** A draft of a few bytes to about 20 KB, different for every N, ending in a known line. */
    static String text(int n) {
        StringBuilder sb = new StringBuilder("{\"version\": " + n + ", \"pad\": \"");
        int size = (n * 7919) % 20_000;
        for (int i = 0; i < size; i++) {
            sb.append((char) ('a' + (n + i) % 26));
        }
        return sb.append("\"}\n").toString();
    }

    public static void main(String[] args) throws Exception {
        Drafts drafts = Drafts.in(Path.of(args[0]));
        int start = Integer.parseInt(args[1]);
        for (int n = start; ; n++) {
            drafts.save("probe", AnswerFormat.JSON, text(n));
            if (n % 5 == 0) {
                drafts.keep("probe", text(n), n % 4, 4, false, Instant.now());
            }
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
