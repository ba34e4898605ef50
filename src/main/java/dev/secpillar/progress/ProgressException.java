package dev.secpillar.progress;

/** The record could not be read or written; the message is for the learner and names the file. */
public class ProgressException extends RuntimeException {
    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgressException(String message) {
        super(message);
    }
}
