package dev.secpillar.record;

/** The record could not be read or written; the message is for the learner and names the file. */
public class ProgressException extends RuntimeException {
    private final boolean retryable;

    public ProgressException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public ProgressException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public ProgressException(String message) {
        this(message, null, false);
    }

    /**
     * Whether trying again later may succeed: the store is unreachable, restarting, busy or lost
     * the connection, rather than refusing the data itself. The store that failed decides.
     */
    public boolean retryable() {
        return retryable;
    }
}
