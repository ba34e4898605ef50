package dev.secpillar.challenge;

import dev.secpillar.i18n.Text;
import dev.secpillar.policy.Decision;
import java.util.Optional;

/** What a policy case expects: allowed, or denied (either way, or one kind of deny precisely). */
enum Expect {
    ALLOW("allow"), DENY("deny"), EXPLICIT_DENY("explicit deny"), IMPLICIT_DENY("implicit deny");

    final String label;

    Expect(String label) {
        this.label = label;
    }

    boolean matches(Decision d) {
        return switch (this) {
            case ALLOW -> d == Decision.ALLOW;
            case DENY -> d != Decision.ALLOW;
            case EXPLICIT_DENY -> d == Decision.EXPLICIT_DENY;
            case IMPLICIT_DENY -> d == Decision.IMPLICIT_DENY;
        };
    }

    static Optional<Expect> of(String text) {
        return switch (text) {
            case "allow" -> Optional.of(ALLOW);
            case "deny" -> Optional.of(DENY);
            case "explicit_deny" -> Optional.of(EXPLICIT_DENY);
            case "implicit_deny" -> Optional.of(IMPLICIT_DENY);
            default -> Optional.empty();
        };
    }

    /** The label as the learner reads it ("allow", "explicit deny"). */
    Text text() {
        return Text.of("challenge.expect." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** How a decision reads beside an expectation. */
    static Text label(Decision d) {
        return switch (d) {
            case ALLOW -> ALLOW.text();
            case EXPLICIT_DENY -> EXPLICIT_DENY.text();
            case IMPLICIT_DENY -> IMPLICIT_DENY.text();
        };
    }
}
