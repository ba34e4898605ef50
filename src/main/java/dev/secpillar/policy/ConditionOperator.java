package dev.secpillar.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * A condition operator as written in a policy, e.g. {@code ForAnyValue:StringLikeIfExists}:
 * a base operator, an optional set qualifier and an optional IfExists suffix.
 */
public record ConditionOperator(String text, Base base, SetQualifier qualifier, boolean ifExists) {

    /** What kind of values an operator compares. */
    public enum ValueType { STRING, NUMERIC, DATE, BOOLEAN, BINARY, IP_ADDRESS, ARN, NULL }

    /** The qualifier for multivalued context keys. */
    public enum SetQualifier { NONE, FOR_ALL_VALUES, FOR_ANY_VALUE }

    /** The base operators AWS documents, with their value type and whether they are negated. */
    public enum Base {
        STRING_EQUALS("StringEquals", ValueType.STRING, false),
        STRING_NOT_EQUALS("StringNotEquals", ValueType.STRING, true),
        STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", ValueType.STRING, false),
        STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", ValueType.STRING, true),
        STRING_LIKE("StringLike", ValueType.STRING, false),
        STRING_NOT_LIKE("StringNotLike", ValueType.STRING, true),
        NUMERIC_EQUALS("NumericEquals", ValueType.NUMERIC, false),
        NUMERIC_NOT_EQUALS("NumericNotEquals", ValueType.NUMERIC, true),
        NUMERIC_LESS_THAN("NumericLessThan", ValueType.NUMERIC, false),
        NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", ValueType.NUMERIC, false),
        NUMERIC_GREATER_THAN("NumericGreaterThan", ValueType.NUMERIC, false),
        NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", ValueType.NUMERIC, false),
        DATE_EQUALS("DateEquals", ValueType.DATE, false),
        DATE_NOT_EQUALS("DateNotEquals", ValueType.DATE, true),
        DATE_LESS_THAN("DateLessThan", ValueType.DATE, false),
        DATE_LESS_THAN_EQUALS("DateLessThanEquals", ValueType.DATE, false),
        DATE_GREATER_THAN("DateGreaterThan", ValueType.DATE, false),
        DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", ValueType.DATE, false),
        BOOL("Bool", ValueType.BOOLEAN, false),
        BINARY_EQUALS("BinaryEquals", ValueType.BINARY, false),
        IP_ADDRESS("IpAddress", ValueType.IP_ADDRESS, false),
        NOT_IP_ADDRESS("NotIpAddress", ValueType.IP_ADDRESS, true),
        ARN_EQUALS("ArnEquals", ValueType.ARN, false),
        ARN_LIKE("ArnLike", ValueType.ARN, false),
        ARN_NOT_EQUALS("ArnNotEquals", ValueType.ARN, true),
        ARN_NOT_LIKE("ArnNotLike", ValueType.ARN, true),
        NULL("Null", ValueType.NULL, false);

        private final String awsName;
        private final ValueType type;
        private final boolean negated;

        Base(String awsName, ValueType type, boolean negated) {
            this.awsName = awsName;
            this.type = type;
            this.negated = negated;
        }

        public String awsName() {
            return awsName;
        }

        public ValueType type() {
            return type;
        }

        /** Negated operators: true when no policy value matches, and when the key is absent. */
        public boolean negated() {
            return negated;
        }

        /** Operators whose values may hold * and ? wildcards. ArnEquals behaves as ArnLike in AWS. */
        public boolean supportsWildcards() {
            return this == STRING_LIKE || this == STRING_NOT_LIKE || type == ValueType.ARN;
        }

        /** Policy variables are substituted only for string and ARN comparisons. */
        public boolean acceptsVariables() {
            return type == ValueType.STRING || type == ValueType.ARN;
        }
    }

    /** Every base operator name with its IfExists form (for "did you mean"). */
    public static java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Base b : Base.values()) {
            out.add(b.awsName);
            out.add(b.awsName + "IfExists");
        }
        return out;
    }

    /** Reads an operator name (case-insensitive), or empty if AWS has no such operator. */
    public static Optional<ConditionOperator> parse(String text) {
        String rest = text;
        SetQualifier qualifier = SetQualifier.NONE;
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("forallvalues:")) {
            qualifier = SetQualifier.FOR_ALL_VALUES;
            rest = rest.substring("forallvalues:".length());
        } else if (lower.startsWith("foranyvalue:")) {
            qualifier = SetQualifier.FOR_ANY_VALUE;
            rest = rest.substring("foranyvalue:".length());
        }
        boolean ifExists = false;
        if (rest.toLowerCase(Locale.ROOT).endsWith("ifexists")) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - "ifexists".length());
        }
        for (Base base : Base.values()) {
            if (base.awsName.equalsIgnoreCase(rest)) {
                return Optional.of(new ConditionOperator(text, base, qualifier, ifExists));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
