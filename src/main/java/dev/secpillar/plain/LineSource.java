package dev.secpillar.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/** Where line mode reads answers: JLine's line editor on a terminal, plain lines on a pipe. */
public interface LineSource {
    /** The next line after showing the prompt; empty when input ended or the learner pressed Ctrl-C/Ctrl-D. */
    Optional<String> readLine(String prompt);

    PrintWriter writer();

    /** The next line of a block being typed or pasted: no prompt and nothing echoed on a pipe. */
    default Optional<String> readMore() {
        return readLine("");
    }

    /** True once the learner pressed Ctrl-C (the course then exits with 130, as an interrupted command does). */
    default boolean interrupted() {
        return false;
    }

    /** On a terminal: JLine editing, history and Ctrl-C handling. */
    static LineSource of(LineReader reader) {
        return new LineSource() {
            private boolean interrupted;

            @Override
            public Optional<String> readLine(String prompt) {
                try {
                    return Optional.ofNullable(reader.readLine(prompt));
                } catch (EndOfFileException e) {
                    return Optional.empty();
                } catch (UserInterruptException e) {
                    interrupted = true;
                    return Optional.empty();
                }
            }

            @Override
            public boolean interrupted() {
                return interrupted;
            }

            @Override
            public PrintWriter writer() {
                return reader.getTerminal().writer();
            }
        };
    }

    /**
     * On a pipe: no echo and no escape sequences, just a prompt and a line, so scripts and
     * screen readers see exactly the text of the course.
     */
    static LineSource of(InputStream in, PrintWriter out) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new LineSource() {
            @Override
            public Optional<String> readLine(String prompt) {
                out.print(prompt);
                out.flush();
                try {
                    String line = lines.readLine();
                    if (line != null) {
                        out.println();
                    }
                    return Optional.ofNullable(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<String> readMore() {
                try {
                    return Optional.ofNullable(lines.readLine());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public PrintWriter writer() {
                return out;
            }
        };
    }
}
