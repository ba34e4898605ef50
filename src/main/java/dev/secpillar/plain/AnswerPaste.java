package dev.secpillar.plain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An answer typed or pasted into line mode, up to a line holding only a dot (the old mail
 * convention: it never starts a line of JSON or of a YAML answer). A terminal with bracketed
 * paste hands over a pasted block as one "line" holding newlines, so each piece is split again.
 */
final class AnswerPaste {
    private AnswerPaste() {}

    /**
     * What was read. {@code ended}: input ended before the dot (the learner left: what came is
     * still saved). {@code tooLong}: more than the limit came, and none of it is kept.
     */
    record Result(String text, int lines, boolean ended, boolean tooLong) {
        boolean empty() {
            return text.isBlank();
        }
    }

    static Result read(Supplier<Optional<String>> next, long maxBytes) {
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        int lines = 0;
        boolean tooLong = false;
        while (true) {
            Optional<String> got = next.get();
            if (got.isEmpty()) {
                return new Result(tooLong ? "" : text.toString(), tooLong ? 0 : lines, true, tooLong);
            }
            for (String line : got.get().split("\r\n|\r|\n", -1)) {
                if (line.strip().equals(".")) {
                    return new Result(tooLong ? "" : text.toString(), tooLong ? 0 : lines, false, tooLong);
                }
                if (tooLong) {
                    continue; // read on to the dot, so the rest of the paste is not taken as commands
                }
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (bytes > maxBytes) {
                    tooLong = true;
                    text.setLength(0);
                } else {
                    text.append(line).append('\n');
                    lines++;
                }
            }
        }
    }
}
