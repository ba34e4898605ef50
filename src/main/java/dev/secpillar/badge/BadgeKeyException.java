package dev.secpillar.badge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

/**
 * The learner's signing key cannot be made, read or trusted; the message says what to do.
 * {@link #getMessage()} is English; {@link #message(Messages)} is the learner's language.
 */
public final class BadgeKeyException extends RuntimeException {
    private final transient Text text;

    public BadgeKeyException(String message) {
        this(Text.plain(message), null);
    }

    public BadgeKeyException(String message, Throwable cause) {
        this(Text.plain(message), cause);
    }

    BadgeKeyException(Text message, Throwable cause) {
        super(message.english(), cause);
        this.text = message;
    }

    public String message(Messages m) {
        return text.render(m);
    }
}
