package dev.secpillar.badge;

/** The learner's signing key cannot be made, read or trusted; the message says what to do. */
public final class BadgeKeyException extends RuntimeException {
    public BadgeKeyException(String message) {
        super(message);
    }

    public BadgeKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
