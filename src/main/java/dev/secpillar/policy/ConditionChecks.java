package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import dev.secpillar.policy.ConditionOperator.Base;
import dev.secpillar.policy.ConditionOperator.SetQualifier;
import dev.secpillar.policy.ConditionOperator.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Condition checks: keys against the catalog (global, service and per-action keys, tag-key
 * patterns), operators against key types, multivalued keys, and the values themselves.
 */
final class ConditionChecks {
    private static final Pattern VPC = Pattern.compile("vpc-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern VPCE = Pattern.compile("vpce-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern EPOCH = Pattern.compile("-?\\d+");
    private static final Set<String> TAG_KEYS = Set.of("aws:requesttag", "aws:resourcetag", "aws:principaltag");

    private ConditionChecks() {
    }

    static void check(PolicyDocument policy, Statement st, ActionCatalog catalog, List<Finding> out) {
        Map<Position, Map<String, String>> blocks = new HashMap<>();
        for (ConditionClause c : st.conditionClauses()) {
            Map<String, String> seen = blocks.computeIfAbsent(c.operatorPosition, p -> new HashMap<>());
            String first = seen.putIfAbsent(c.keyLower, c.key);
            if (first != null && !first.equals(c.key)) {
                out.add(Finding.of(LintCode.DUPLICATE_KEYS_WITH_DIFFERENT_CASE, c.keyPosition, "", c.key,
                        c.operator.text(), first));
            }
            operatorForm(c, out);
            Optional<String> keyType = key(st, c, catalog, out);
            keyType.ifPresent(type -> typeAndQualifier(st, c, type, out));
            values(policy, c, out);
        }
    }

    private static void operatorForm(ConditionClause c, List<Finding> out) {
        Base base = c.operator.base();
        if (base == Base.NULL && c.operator.ifExists()) {
            out.add(Finding.of(LintCode.NULL_WITH_IF_EXISTS, c.operatorPosition, "", c.operator.text()));
        }
        if (base == Base.NULL && c.operator.qualifier() != SetQualifier.NONE) {
            out.add(Finding.of(LintCode.NULL_WITH_QUALIFIER, c.operatorPosition, "", c.operator.text(),
                    c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES ? "true" : "false"));
        }
    }

    /** Validates the key's name; answers its type when the catalog knows it. */
    private static Optional<String> key(Statement st, ConditionClause c, ActionCatalog catalog, List<Finding> out) {
        String lower = c.keyLower;
        int colon = lower.indexOf(':');
        if (colon <= 0 || colon == lower.length() - 1) {
            out.add(Finding.of(LintCode.INVALID_CONDITION_KEY_FORMAT, c.keyPosition, "", c.key));
            return Optional.empty();
        }
        String prefix = lower.substring(0, colon);
        if (prefix.equals("aws")) {
            if (lower.equals("aws:arn")) {
                out.add(Finding.of(LintCode.UNSUPPORTED_GLOBAL_CONDITION_KEY, c.keyPosition, ""));
                return Optional.empty();
            }
            String base = lower.indexOf('/') > 0 ? lower.substring(0, lower.indexOf('/')) : lower;
            if (TAG_KEYS.contains(base) && (lower.equals(base) || lower.equals(base + "/"))) {
                out.add(Finding.of(LintCode.MISSING_TAG_KEY_IN_CONDITION, c.keyPosition, "", c.key,
                        (lower.equals(base) ? c.key + "/" : c.key) + "tag-key"));
                return Optional.empty();
            }
            Optional<String> type = GlobalConditionKeys.type(lower);
            if (type.isEmpty()) {
                List<String> names = new ArrayList<>(GlobalConditionKeys.names());
                out.add(Finding.of(LintCode.INVALID_GLOBAL_CONDITION_KEY, c.keyPosition, "", c.key,
                        Suggest.didYouMean(Suggest.closest(lower, names))));
                return Optional.empty();
            }
            if (TAG_KEYS.contains(base) && !base.equals("aws:principaltag") || lower.equals("aws:tagkeys")) {
                tagKeySupport(st, c, catalog, out);
            }
            return type;
        }
        if (prefix.contains(".") || prefix.equals("saml") || prefix.equals("cognito-identity.amazonaws.com")) {
            return Optional.empty();   // identity-provider claims: names are the provider's
        }
        if (!catalog.isKnownService(prefix)) {
            out.add(Finding.of(LintCode.INVALID_SERVICE_CONDITION_KEY, c.keyPosition, "prefix", c.key, prefix,
                    Suggest.didYouMean(Suggest.closest(prefix, catalog.services()))));
            return Optional.empty();
        }
        Optional<String> type = catalog.conditionKeyType(lower);
        if (type.isEmpty()) {
            out.add(Finding.of(LintCode.INVALID_SERVICE_CONDITION_KEY, c.keyPosition, "", c.key, prefix,
                    Suggest.didYouMean(Suggest.closest(c.key, catalog.serviceConditionKeys(prefix)))));
            return Optional.empty();
        }
        if (!st.usesNotAction() && !appliesToAny(st, lower, catalog)) {
            out.add(Finding.of(LintCode.UNSUPPORTED_ACTION_FOR_CONDITION_KEY, c.keyPosition, "", c.key));
        }
        return type;
    }

    /** Does some action the statement names (or a resource type it acts on) support the key? */
    private static boolean appliesToAny(Statement st, String lowerKey, ActionCatalog catalog) {
        boolean anyKnown = false;
        for (String action : st.actions()) {
            if (action.equals("*") || action.startsWith("*")) {
                return true;
            }
            for (ActionCatalog.ActionInfo a : catalog.expandInfo(action)) {
                anyKnown = true;
                if (supports(a, lowerKey, catalog)) {
                    return true;
                }
            }
        }
        return !anyKnown;   // unknown actions are reported on their own
    }

    static boolean supports(ActionCatalog.ActionInfo a, String lowerKey, ActionCatalog catalog) {
        if (keyListed(a.conditionKeys(), lowerKey)) {
            return true;
        }
        for (String typeName : a.resourceTypes()) {
            String name = typeName.endsWith("*") ? typeName.substring(0, typeName.length() - 1) : typeName;
            Optional<ActionCatalog.ResourceType> t = catalog.resourceType(a.service(), name);
            if (t.isPresent() && keyListed(t.get().conditionKeys(), lowerKey)) {
                return true;
            }
        }
        return false;
    }

    private static boolean keyListed(List<String> keys, String lowerKey) {
        for (String k : keys) {
            String lk = k.toLowerCase(Locale.ROOT);
            if (lk.equals(lowerKey)) {
                return true;
            }
            if ((lk.contains("${") || lk.contains("<")) && KeyPatterns.of(lk).matches(lowerKey)) {
                return true;
            }
        }
        return false;
    }

    /** aws:RequestTag, aws:ResourceTag and aws:TagKeys only work for services whose actions support them. */
    private static void tagKeySupport(Statement st, ConditionClause c, ActionCatalog catalog, List<Finding> out) {
        boolean deny = st.effect() == Effect.DENY;
        if (st.usesNotAction()) {
            LintCode code = deny ? LintCode.DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE
                    : LintCode.ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE;
            out.add(Finding.of(code, c.keyPosition, "", c.key));
            return;
        }
        Set<String> unsupported = new LinkedHashSet<>();
        Map<String, Boolean> byService = new HashMap<>();
        for (String action : st.actions()) {
            if (action.equals("*") || action.startsWith("*")) {
                continue;   // every service: not a list worth printing
            }
            for (ActionCatalog.ActionInfo a : catalog.expandInfo(action)) {
                byService.merge(a.service(), supports(a, c.keyLower, catalog), Boolean::logicalOr);
            }
        }
        byService.forEach((service, ok) -> {
            if (!ok) {
                unsupported.add(service);
            }
        });
        if (!unsupported.isEmpty()) {
            LintCode code = deny ? LintCode.DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE
                    : LintCode.ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE;
            out.add(Finding.of(code, c.keyPosition, "", c.key, String.join(", ", unsupported.stream().sorted().toList())));
        }
    }

    /** Operator against key type; set qualifiers against single- and multivalued keys. */
    private static void typeAndQualifier(Statement st, ConditionClause c, String keyType, List<Finding> out) {
        boolean multi = keyType.startsWith("ArrayOf");
        String scalar = multi ? keyType.substring("ArrayOf".length()) : keyType;
        Base base = c.operator.base();
        ValueType t = base.type();
        if (base != Base.NULL) {
            Text expected = expectedOperators(scalar);
            boolean ok;
            switch (scalar) {
                case "String": ok = t == ValueType.STRING; break;
                case "ARN": ok = t == ValueType.ARN || t == ValueType.STRING; break;
                case "Numeric": case "Long": case "Integer": ok = t == ValueType.NUMERIC; break;
                case "Date": ok = t == ValueType.DATE; break;
                case "Bool": case "Boolean": ok = t == ValueType.BOOLEAN; break;
                case "IPAddress": ok = t == ValueType.IP_ADDRESS; break;
                case "Binary": ok = t == ValueType.BINARY; break;
                default: ok = true;
            }
            if (!ok) {
                out.add(Finding.of(LintCode.TYPE_MISMATCH, c.operatorPosition, "", c.operator.text(), c.key, scalar,
                        expected));
            }
        }
        if (!multi && c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES && st.effect() == Effect.ALLOW) {
            out.add(Finding.of(LintCode.FORALLVALUES_WITH_SINGLE_VALUED_KEY, c.operatorPosition, "", c.operator.text(),
                    c.key));
        } else if (!multi && c.operator.qualifier() != SetQualifier.NONE && base != Base.NULL) {
            out.add(Finding.of(LintCode.SET_OPERATOR_WITH_SINGLE_VALUED_KEY, c.operatorPosition, "", c.operator.text(),
                    c.key));
        } else if (multi && c.operator.qualifier() == SetQualifier.NONE && base != Base.NULL) {
            out.add(Finding.of(LintCode.MISSING_QUALIFIER, c.operatorPosition, "", c.key, c.operator.text()));
        }
    }

    /** "a Numeric operator", ...: what a key of this type is compared with. */
    private static Text expectedOperators(String scalar) {
        switch (scalar) {
            case "Numeric": case "Long": case "Integer": return Text.of("lint.operatorsFor.numeric");
            case "Date": return Text.of("lint.operatorsFor.date");
            case "Bool": case "Boolean": return Text.of("lint.operatorsFor.bool");
            case "IPAddress": return Text.of("lint.operatorsFor.ip");
            case "ARN": return Text.of("lint.operatorsFor.arn");
            case "Binary": return Text.of("lint.operatorsFor.binary");
            default: return Text.of("lint.operatorsFor.string");
        }
    }

    private static void values(PolicyDocument policy, ConditionClause c, List<Finding> out) {
        Base base = c.operator.base();
        if (c.values.isEmpty()) {
            LintCode code = c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES ? LintCode.EMPTY_ARRAY_CONDITION_FORALLVALUES
                    : c.operator.qualifier() == SetQualifier.FOR_ANY_VALUE ? LintCode.EMPTY_ARRAY_CONDITION_FORANYVALUE
                    : c.operator.ifExists() ? LintCode.EMPTY_ARRAY_CONDITION_IFEXISTS : LintCode.EMPTY_ARRAY_CONDITION;
            out.add(Finding.shared(code, c.keyPosition, "lint.EMPTY_ARRAY_CONDITION", c.key));
            return;
        }
        boolean sawTrue = false;
        boolean sawFalse = false;
        int privateCount = 0;
        int ranges = 0;
        for (int i = 0; i < c.values.size(); i++) {
            String v = c.values.get(i);
            Position where = i < c.valuePositions.size() ? c.valuePositions.get(i) : c.keyPosition;
            if (v.contains("${")) {
                if (!policy.variablesEnabled()) {
                    out.add(Finding.of(LintCode.VARIABLE_UNSUPPORTED_IN_VERSION, where, "", v));
                } else if (!base.acceptsVariables()) {
                    out.add(Finding.of(LintCode.INVALID_VARIABLE_FOR_OPERATOR, where, "", c.operator.text(), v));
                }
                continue;
            }
            switch (base.type()) {
                case NUMERIC:
                    if (Values.parseNumber(v) == null) {
                        out.add(Finding.of(LintCode.TYPE_MISMATCH_NUMBER, where, "", c.operator.text(), c.key, v));
                    }
                    break;
                case DATE:
                    if (Values.parseDate(v) == null) {
                        out.add(Finding.of(LintCode.TYPE_MISMATCH_DATE, where, "", c.operator.text(), c.key, v));
                    } else if (EPOCH.matcher(v.trim()).matches()) {
                        out.add(Finding.of(LintCode.INVALID_DATE_VALUE, where, "", v));
                    }
                    break;
                case IP_ADDRESS: {
                    IpRange r = IpRange.parse(v);
                    if (r == null) {
                        out.add(Finding.of(LintCode.TYPE_MISMATCH_IP_RANGE, where, "", c.operator.text(), c.key, v));
                        break;
                    }
                    ranges++;
                    if (r.isPrivate()) {
                        privateCount++;
                    }
                    if (r.hasHostBits()) {
                        out.add(Finding.of(LintCode.IMPROVE_IP_RANGE, where, "", v, r.maskedText()));
                    }
                    break;
                }
                case BOOLEAN:
                case NULL:
                    if (!Values.isBoolean(v)) {
                        out.add(Finding.of(LintCode.TYPE_MISMATCH_BOOLEAN, where, "", c.operator.text(), c.key, v));
                    } else if (v.equalsIgnoreCase("true")) {
                        sawTrue = true;
                    } else {
                        sawFalse = true;
                    }
                    break;
                case BINARY:
                    if (!v.matches("[A-Za-z0-9+/]*={0,2}") || v.length() % 4 != 0) {
                        out.add(Finding.of(LintCode.TYPE_MISMATCH_STRING, where, "", c.key, v));
                    }
                    break;
                default:
                    break;
            }
            if (base.type() == ValueType.STRING && !base.supportsWildcards() && hasBareWildcard(v)) {
                out.add(Finding.of(LintCode.WILDCARD_WITHOUT_LIKE_OPERATOR, where, "", c.operator.text(), v,
                        base.negated() ? "StringNotLike" : "StringLike"));
            }
            if (c.keyLower.equals("aws:requestedregion") && !ArnChecks.wild(v) && base.type() == ValueType.STRING
                    && !ArnChecks.REGIONS.contains(v.toLowerCase(Locale.ROOT))) {
                out.add(Finding.of(LintCode.INVALID_REGION, where, "", v,
                        Suggest.didYouMean(Suggest.closest(v, ArnChecks.REGIONS))));
            }
            if (c.keyLower.equals("aws:sourcevpc") && !ArnChecks.wild(v) && !VPC.matcher(v).matches()) {
                out.add(Finding.of(LintCode.INVALID_VPC_FORMAT, where, "", v));
            }
            if (c.keyLower.equals("aws:sourcevpce") && !ArnChecks.wild(v) && !VPCE.matcher(v).matches()) {
                out.add(Finding.of(LintCode.INVALID_VPCE_FORMAT, where, "", v));
            }
        }
        if (base == Base.BOOL && sawTrue && sawFalse) {
            out.add(Finding.of(LintCode.INVALID_CONDITION_MULTIPLE_BOOLEAN, c.keyPosition, "", c.key));
        }
        if (c.keyLower.equals("aws:sourceip") && ranges > 0 && privateCount > 0) {
            boolean negated = base == Base.NOT_IP_ADDRESS;
            if (privateCount == ranges) {
                out.add(Finding.of(negated ? LintCode.PRIVATE_NOT_IP_ADDRESS : LintCode.PRIVATE_IP_ADDRESS, c.keyPosition,
                        ""));
            } else {
                out.add(Finding.of(negated ? LintCode.PRIVATE_NOT_IP_ADDRESS_SUBSET : LintCode.PRIVATE_IP_ADDRESS_SUBSET,
                        c.keyPosition, ""));
            }
        }
        if (c.values.size() > 1 && (base == Base.NUMERIC_LESS_THAN || base == Base.NUMERIC_LESS_THAN_EQUALS
                || base == Base.NUMERIC_GREATER_THAN || base == Base.NUMERIC_GREATER_THAN_EQUALS)) {
            boolean less = base == Base.NUMERIC_LESS_THAN || base == Base.NUMERIC_LESS_THAN_EQUALS;
            out.add(Finding.of(LintCode.REDUNDANT_CONDITION_VALUE_NUM, c.keyPosition, less ? "less" : "greater",
                    c.operator.text(), c.key));
        }
    }

    /** Catalog key patterns ("aws:RequestTag/${TagKey}") compiled once each. */
    static final class KeyPatterns {
        private static final java.util.concurrent.ConcurrentHashMap<String, Glob> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Glob of(String lowerPattern) {
            return CACHE.computeIfAbsent(lowerPattern, k -> Glob.of(k.replaceAll("\\$\\{[^}]*}", "*")
                    .replaceAll("<[^>]*>", "*")));
        }
    }

    /** A * or ? that is not inside ${...}. */
    static boolean hasBareWildcard(String v) {
        String stripped = v.replaceAll("\\$\\{[^}]*}", "");
        return stripped.indexOf('*') >= 0 || stripped.indexOf('?') >= 0;
    }
}
