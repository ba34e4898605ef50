package dev.secpillar.cli;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The help texts as picocli reads them ({@link picocli.CommandLine#setResourceBundle}): its keys
 * ("secpillar.challenge.usage.description", "lang", "mixinStandardHelpOptions.help", ...) are the
 * message bundles' keys under "cli.help.", so help lives with every other interface text and is
 * held to the same rule (every key in English and Vietnamese). Picocli tries a key qualified by
 * the command's name first, then the bare key.
 */
final class HelpBundle extends ResourceBundle {
    static final String PREFIX = "cli.help.";
    private final Supplier<Messages> messages;
    private final Set<String> keys = new TreeSet<>();

    /** Every language has the same keys (MessagesTest), so the language is asked for only when a text is read. */
    HelpBundle(Supplier<Messages> messages) {
        this.messages = messages;
        for (String k : Messages.of(Language.EN).keys()) {
            if (k.startsWith(PREFIX)) {
                keys.add(k.substring(PREFIX.length()));
            }
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        // Picocli formats help with String.format-like %n; the bundle's texts are plain (no MessageFormat).
        return keys.contains(key) ? messages.get().raw(PREFIX + key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }
}
