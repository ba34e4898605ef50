package dev.secpillar.policy;

import dev.secpillar.i18n.Text;

import dev.secpillar.policy.ConditionOperator.Base;
import dev.secpillar.policy.ConditionOperator.SetQualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operator + key + values test from a Condition block, compiled once: values are parsed
 * into numbers, dates, CIDR blocks or ARN patterns up front and the key is lower-cased,
 * because AWS condition key names are case-insensitive (rule 13).
 */
final class ConditionClause {
    final ConditionOperator operator;
    final String key;
    final String keyLower;
    final List<String> values;
    final Position operatorPosition;
    final Position keyPosition;
    final List<Position> valuePositions;
    final boolean variablesEnabled;

    private final Template[] templates;   // STRING
    private final ArnPattern[] arns;      // ARN
    private final BigDecimal[] numbers;   // NUMERIC (null entry: not a number, never matches)
    private final long[] dates;           // DATE
    private final boolean[] dateOk;
    private final IpRange[] ranges;       // IP_ADDRESS (null entry: malformed, never matches)
    private final String[] plain;         // BOOLEAN (lower-cased), BINARY, NULL

    ConditionClause(ConditionOperator operator, String key, List<String> values, boolean variablesEnabled,
                    Position operatorPosition, Position keyPosition, List<Position> valuePositions) {
        this.operator = operator;
        this.key = key;
        this.keyLower = key.toLowerCase(Locale.ROOT);
        this.values = List.copyOf(values);
        this.variablesEnabled = variablesEnabled;
        this.operatorPosition = operatorPosition;
        this.keyPosition = keyPosition;
        this.valuePositions = List.copyOf(valuePositions);
        int n = values.size();
        Base base = operator.base();
        Template[] t = null;
        ArnPattern[] a = null;
        BigDecimal[] num = null;
        long[] d = null;
        boolean[] dOk = null;
        IpRange[] r = null;
        String[] p = null;
        switch (base.type()) {
            case STRING:
                t = new Template[n];
                for (int i = 0; i < n; i++) {
                    t[i] = Template.parse(values.get(i), variablesEnabled);
                }
                break;
            case ARN:
                a = new ArnPattern[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ArnPattern.compile(values.get(i), variablesEnabled, true);
                }
                break;
            case NUMERIC:
                // Numeric and Date operators take no policy variables: the text is used as written.
                num = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    num[i] = Values.parseNumber(values.get(i));
                }
                break;
            case DATE:
                d = new long[n];
                dOk = new boolean[n];
                for (int i = 0; i < n; i++) {
                    Long parsed = Values.parseDate(values.get(i));
                    dOk[i] = parsed != null;
                    d[i] = parsed == null ? 0 : parsed;
                }
                break;
            case IP_ADDRESS:
                r = new IpRange[n];
                for (int i = 0; i < n; i++) {
                    r[i] = IpRange.parse(values.get(i));
                }
                break;
            default:
                p = new String[n];
                for (int i = 0; i < n; i++) {
                    p[i] = base.type() == ConditionOperator.ValueType.BINARY ? values.get(i)
                            : values.get(i).toLowerCase(Locale.ROOT);
                }
        }
        templates = t;
        arns = a;
        numbers = num;
        dates = d;
        dateOk = dOk;
        ranges = r;
        plain = p;
    }

    /** A policy value that cannot be read as the operator's type (never matches), or null. */
    String firstTypeMismatch() {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).contains("${")) {
                continue;   // a variable where none is allowed: reported as such by the linter
            }
            switch (operator.base().type()) {
                case NUMERIC:
                    if (numbers[i] == null) {
                        return values.get(i);
                    }
                    break;
                case DATE:
                    if (!dateOk[i]) {
                        return values.get(i);
                    }
                    break;
                case IP_ADDRESS:
                    if (ranges[i] == null) {
                        return values.get(i);
                    }
                    break;
                case BOOLEAN:
                case NULL:
                    if (!Values.isBoolean(values.get(i))) {
                        return values.get(i);
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /** Evaluates the test against the request (rules 12, 14, 15, 16). */
    boolean holds(Request request) {
        ContextValue v = request.context(keyLower);
        Base base = operator.base();
        if (base == Base.NULL) {
            // Null: "true" asks for the key to be absent, "false" for it to be present.
            boolean present = v != null;
            for (String p : plain) {
                if (p.equals("true") ? !present : p.equals("false") && present) {
                    return true;
                }
            }
            return false;
        }
        if (v == null) {
            // A missing key: ...IfExists and ForAllValues are satisfied, negated operators hold
            // (nothing matched), every other operator fails.
            if (operator.ifExists() || operator.qualifier() == SetQualifier.FOR_ALL_VALUES) {
                return true;
            }
            if (operator.qualifier() == SetQualifier.FOR_ANY_VALUE) {
                return false;
            }
            return base.negated();
        }
        int n = v.size();
        switch (operator.qualifier()) {
            case FOR_ALL_VALUES:
                // Every request value must satisfy the operator; an empty set satisfies it vacuously.
                for (int i = 0; i < n; i++) {
                    if (!valueSatisfies(v, i, request)) {
                        return false;
                    }
                }
                return true;
            case FOR_ANY_VALUE:
                for (int i = 0; i < n; i++) {
                    if (valueSatisfies(v, i, request)) {
                        return true;
                    }
                }
                return false;
            default:
                if (n == 0) {
                    return base.negated();
                }
                if (base.negated()) {
                    // A negated operator holds only when no request value matches any policy value.
                    for (int i = 0; i < n; i++) {
                        if (positiveMatch(v, i, request)) {
                            return false;
                        }
                    }
                    return true;
                }
                for (int i = 0; i < n; i++) {
                    if (positiveMatch(v, i, request)) {
                        return true;
                    }
                }
                return false;
        }
    }

    private boolean valueSatisfies(ContextValue v, int i, Request request) {
        boolean match = positiveMatch(v, i, request);
        return operator.base().negated() != match;
    }

    /** Does request value i match any policy value under the un-negated form of the operator? */
    private boolean positiveMatch(ContextValue v, int i, Request request) {
        Base base = operator.base();
        switch (base) {
            case STRING_EQUALS:
            case STRING_NOT_EQUALS: {
                String value = v.get(i);
                for (Template t : templates) {
                    String p = t.text(request);
                    if (p != null && p.equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            case STRING_EQUALS_IGNORE_CASE:
            case STRING_NOT_EQUALS_IGNORE_CASE: {
                String value = v.get(i);
                for (Template t : templates) {
                    String p = t.text(request);
                    if (p != null && p.equalsIgnoreCase(value)) {
                        return true;
                    }
                }
                return false;
            }
            case STRING_LIKE:
            case STRING_NOT_LIKE: {
                String value = v.get(i);
                for (Template t : templates) {
                    Glob g = t.glob(request);
                    if (g != null && g.matches(value)) {
                        return true;
                    }
                }
                return false;
            }
            case ARN_EQUALS:
            case ARN_LIKE:
            case ARN_NOT_EQUALS:
            case ARN_NOT_LIKE: {
                String value = v.get(i);
                String[] parts = v.arn(i);
                for (ArnPattern a : arns) {
                    if (a.matches(value, parts, request)) {
                        return true;
                    }
                }
                return false;
            }
            case BOOL: {
                String value = v.lower(i);
                for (String p : plain) {
                    if (p.equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            case BINARY_EQUALS: {
                String value = v.get(i);
                for (String p : plain) {
                    if (p.equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            case IP_ADDRESS:
            case NOT_IP_ADDRESS: {
                byte[] address = v.ip(i);
                if (address == null) {
                    return false;
                }
                for (IpRange r : ranges) {
                    if (r != null && r.contains(address)) {
                        return true;
                    }
                }
                return false;
            }
            default:
                break;
        }
        if (base.type() == ConditionOperator.ValueType.NUMERIC) {
            BigDecimal value = v.number(i);
            if (value == null) {
                return false;
            }
            for (BigDecimal p : numbers) {
                if (p != null && compares(value.compareTo(p))) {
                    return true;
                }
            }
            return false;
        }
        if (base.type() == ConditionOperator.ValueType.DATE) {
            long value = v.date(i);
            if (value == Long.MIN_VALUE) {
                return false;
            }
            for (int k = 0; k < dates.length; k++) {
                if (dateOk[k] && compares(Long.compare(value, dates[k]))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** For ordered comparisons: request value (left) against policy value (right). */
    private boolean compares(int cmp) {
        switch (operator.base()) {
            case NUMERIC_LESS_THAN:
            case DATE_LESS_THAN:
                return cmp < 0;
            case NUMERIC_LESS_THAN_EQUALS:
            case DATE_LESS_THAN_EQUALS:
                return cmp <= 0;
            case NUMERIC_GREATER_THAN:
            case DATE_GREATER_THAN:
                return cmp > 0;
            case NUMERIC_GREATER_THAN_EQUALS:
            case DATE_GREATER_THAN_EQUALS:
                return cmp >= 0;
            default:
                return cmp == 0;    // Equals, and NotEquals before negation
        }
    }

    // ---- explanations -------------------------------------------------------------------

    /** One line saying what the request had and how it compared, e.g. "aws:SourceIp 198.51.100.7 not in 203.0.113.0/24". */
    Text describe(Request request) {
        ContextValue v = request.context(keyLower);
        Base base = operator.base();
        if (base == Base.NULL) {
            return Text.of(v == null ? "policy.condition.null.absent" : "policy.condition.null.present", key,
                    policyValues());
        }
        if (v == null) {
            Text why;
            if (operator.ifExists()) {
                why = Text.of("policy.condition.missing.if_exists");
            } else if (operator.qualifier() == SetQualifier.FOR_ALL_VALUES) {
                why = Text.of("policy.condition.missing.for_all");
            } else if (operator.qualifier() == SetQualifier.FOR_ANY_VALUE) {
                why = Text.of("policy.condition.missing.for_any");
            } else if (base.negated()) {
                why = Text.of("policy.condition.missing.holds", operator.text());
            } else {
                why = Text.of("policy.condition.missing.fails", operator.text());
            }
            return Text.of("policy.condition.missing", key, why);
        }
        if (v.size() == 1 && operator.qualifier() == SetQualifier.NONE) {
            return Text.of("policy.condition.compare", key, v.get(0), relation(positiveMatch(v, 0, request)),
                    policyValues());
        }
        String label = operator.qualifier() == SetQualifier.FOR_ALL_VALUES ? "ForAllValues: "
                : operator.qualifier() == SetQualifier.FOR_ANY_VALUE ? "ForAnyValue: " : "";
        if (v.size() == 0) {
            return Text.of("policy.condition.no_values", label, key);
        }
        List<Text> each = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            each.add(Text.of("policy.condition.each", v.get(i), relation(positiveMatch(v, i, request))));
        }
        return Text.of("policy.condition.set", label, key, v.display(), Text.join(", ", each), policyValues());
    }

    private Text relation(boolean positive) {
        Base base = operator.base();
        switch (base.type()) {
            case STRING:
                if (base == Base.STRING_LIKE || base == Base.STRING_NOT_LIKE) {
                    return Text.of(positive ? "policy.relation.matches" : "policy.relation.not_matches");
                }
                if (base == Base.STRING_EQUALS_IGNORE_CASE || base == Base.STRING_NOT_EQUALS_IGNORE_CASE) {
                    return Text.of(positive ? "policy.relation.in_ignoring_case" : "policy.relation.not_in_ignoring_case");
                }
                return Text.of(positive ? "policy.relation.in" : "policy.relation.not_in");
            case ARN:
                return Text.of(positive ? "policy.relation.matches" : "policy.relation.not_matches");
            case IP_ADDRESS:
                return Text.of(positive ? "policy.relation.in" : "policy.relation.not_in");
            case BOOLEAN:
            case BINARY:
                return Text.of(positive ? "policy.relation.equals" : "policy.relation.not_equals");
            default:
                String symbol;
                switch (base) {
                    case NUMERIC_LESS_THAN: case DATE_LESS_THAN: symbol = "<"; break;
                    case NUMERIC_LESS_THAN_EQUALS: case DATE_LESS_THAN_EQUALS: symbol = "<="; break;
                    case NUMERIC_GREATER_THAN: case DATE_GREATER_THAN: symbol = ">"; break;
                    case NUMERIC_GREATER_THAN_EQUALS: case DATE_GREATER_THAN_EQUALS: symbol = ">="; break;
                    default: symbol = "="; break;
                }
                return positive ? Text.plain(symbol) : Text.of("policy.relation.not_symbol", symbol);
        }
    }

    String policyValues() {
        return values.size() == 1 ? values.get(0) : values.toString();
    }

    @Override
    public String toString() {
        return operator.text() + " " + key + " " + policyValues();
    }
}
