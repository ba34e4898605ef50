package dev.secpillar.challenge;

import dev.secpillar.i18n.Text;
import dev.secpillar.policy.PolicyKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which policy of the world the learner writes. */
enum PolicyType {
    IDENTITY(PolicyKind.IDENTITY, "identity policy"),
    RESOURCE(PolicyKind.RESOURCE, "resource policy"),
    /** A KMS key policy: a resource policy that must itself allow (see {@link PolicyWorld}). */
    KEY(PolicyKind.RESOURCE, "key policy"),
    SCP(PolicyKind.SCP, "service control policy"),
    BOUNDARY(PolicyKind.BOUNDARY, "permissions boundary"),
    SESSION(PolicyKind.SESSION, "session policy");

    final PolicyKind kind;
    final String label;

    PolicyType(PolicyKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    /** The label in the learner's language. */
    Text text() {
        return Text.of("challenge.policy_type." + wireName());
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Resource and key policies name who they apply to, so probes need a Principal element. */
    boolean namesPrincipals() {
        return this == RESOURCE || this == KEY;
    }

    static Optional<PolicyType> of(String text) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(text)).findFirst();
    }

    static String choices() {
        return "identity, resource, scp, boundary, session or key";
    }
}
