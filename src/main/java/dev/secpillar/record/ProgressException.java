package dev.secpillar.record;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

/**
 * The record could not be read or written; the message is for the learner and names the file.
 * {@link #getMessage()} is English (logs, tests); {@link #message(Messages)} the learner's language.
 */
public class ProgressException extends RuntimeException {
    private final boolean retryable;
    private final transient Text text;

    public ProgressException(Text message, Throwable cause, boolean retryable) {
        super(message.english(), cause);
        this.retryable = retryable;
        this.text = message;
    }

    public ProgressException(String message, Throwable cause, boolean retryable) {
        this(Text.plain(message), cause, retryable);
    }

    public ProgressException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public ProgressException(String message) {
        this(message, null, false);
    }

    /** What went wrong in the language of {@code m}. */
    public String message(Messages m) {
        return text == null ? getMessage() : text.render(m);
    }

    /**
     * Whether trying again later may succeed: the store is unreachable, restarting, busy or lost
     * the connection, rather than refusing the data itself. The store that failed decides.
     */
    public boolean retryable() {
        return retryable;
    }
}
