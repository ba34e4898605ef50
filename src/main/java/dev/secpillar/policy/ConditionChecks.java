package dev.secpillar.policy;

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
                out.add(at(LintCode.DUPLICATE_KEYS_WITH_DIFFERENT_CASE, c.key + " appears twice in " + c.operator.text()
                        + " (also as " + first + "): key names ignore case, so one hides the other", c.keyPosition));
            }
            operatorForm(c, out);
            Optional<String> keyType = key(st, c, catalog, out);
            keyType.ifPresent(type -> typeAndQualifier(st, c, type, out));
            values(policy, c, out);
        }
    }

    private static Finding at(LintCode code, String message, Position p) {
        return Finding.at(code.name(), code.severity(), message, p);
    }

    private static void operatorForm(ConditionClause c, List<Finding> out) {
        Base base = c.operator.base();
        if (base == Base.NULL && c.operator.ifExists()) {
            out.add(at(LintCode.NULL_WITH_IF_EXISTS, c.operator.text()
                    + ": IfExists cannot be combined with Null (Null already tests whether the key exists)",
                    c.operatorPosition));
        }
        if (base == Base.NULL && c.operator.qualifier() != SetQualifier.NONE) {
            out.add(at(LintCode.NULL_WITH_QUALIFIER, c.operator.text() + ": ForAllValues/ForAnyValue with Null is always "
                    + (c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES ? "true" : "false")
                    + "; use Null alone", c.operatorPosition));
        }
    }

    /** Validates the key's name; answers its type when the catalog knows it. */
    private static Optional<String> key(Statement st, ConditionClause c, ActionCatalog catalog, List<Finding> out) {
        String lower = c.keyLower;
        int colon = lower.indexOf(':');
        if (colon <= 0 || colon == lower.length() - 1) {
            out.add(at(LintCode.INVALID_CONDITION_KEY_FORMAT, "condition key \"" + c.key
                    + "\" must be written service:name (for example aws:SourceIp)", c.keyPosition));
            return Optional.empty();
        }
        String prefix = lower.substring(0, colon);
        if (prefix.equals("aws")) {
            if (lower.equals("aws:arn")) {
                out.add(at(LintCode.UNSUPPORTED_GLOBAL_CONDITION_KEY, "aws:ARN is not supported: use aws:PrincipalArn"
                        + " or aws:SourceArn", c.keyPosition));
                return Optional.empty();
            }
            String base = lower.indexOf('/') > 0 ? lower.substring(0, lower.indexOf('/')) : lower;
            if (TAG_KEYS.contains(base) && (lower.equals(base) || lower.equals(base + "/"))) {
                out.add(at(LintCode.MISSING_TAG_KEY_IN_CONDITION, c.key + " needs a tag key: write "
                        + (lower.equals(base) ? c.key + "/" : c.key) + "tag-key", c.keyPosition));
                return Optional.empty();
            }
            Optional<String> type = GlobalConditionKeys.type(lower);
            if (type.isEmpty()) {
                List<String> names = new ArrayList<>(GlobalConditionKeys.names());
                out.add(at(LintCode.INVALID_GLOBAL_CONDITION_KEY, "global condition key " + c.key + " does not exist"
                        + Suggest.didYouMean(lower, names), c.keyPosition));
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
            out.add(at(LintCode.INVALID_SERVICE_CONDITION_KEY, "condition key " + c.key + ": no service has the prefix \""
                    + prefix + "\"" + Suggest.didYouMean(prefix, catalog.services()), c.keyPosition));
            return Optional.empty();
        }
        Optional<String> type = catalog.conditionKeyType(lower);
        if (type.isEmpty()) {
            out.add(at(LintCode.INVALID_SERVICE_CONDITION_KEY, "condition key " + c.key + " does not exist in the "
                    + prefix + " service" + Suggest.didYouMean(c.key, catalog.serviceConditionKeys(prefix)),
                    c.keyPosition));
            return Optional.empty();
        }
        if (!st.usesNotAction() && !appliesToAny(st, lower, catalog)) {
            out.add(at(LintCode.UNSUPPORTED_ACTION_FOR_CONDITION_KEY, c.key + " applies to none of the statement's "
                    + "actions, so this condition is never met by them; move it to a statement whose actions support it",
                    c.keyPosition));
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
            out.add(at(code, c.key + " with NotAction: many services' actions ignore this key, so the "
                    + (deny ? "Deny does not stop them" : "Allow never grants them") + "; list the actions instead",
                    c.keyPosition));
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
            out.add(at(code, c.key + " is not supported by the actions of " + String.join(", ", unsupported.stream()
                    .sorted().toList()) + (deny ? ": this Deny never stops them" : ": this Allow never grants them")
                    + "; move them to a statement without this condition", c.keyPosition));
        }
    }

    /** Operator against key type; set qualifiers against single- and multivalued keys. */
    private static void typeAndQualifier(Statement st, ConditionClause c, String keyType, List<Finding> out) {
        boolean multi = keyType.startsWith("ArrayOf");
        String scalar = multi ? keyType.substring("ArrayOf".length()) : keyType;
        Base base = c.operator.base();
        ValueType t = base.type();
        if (base != Base.NULL) {
            String expected = expectedOperators(scalar);
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
                out.add(at(LintCode.TYPE_MISMATCH, c.operator.text() + " does not fit " + c.key + ", a " + scalar
                        + " key: use " + expected, c.operatorPosition));
            }
        }
        if (!multi && c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES && st.effect() == Effect.ALLOW) {
            out.add(at(LintCode.FORALLVALUES_WITH_SINGLE_VALUED_KEY, c.operator.text() + " on single-valued key " + c.key
                    + " also holds when the key is missing: the Allow may apply to requests without it; remove"
                    + " ForAllValues:", c.operatorPosition));
        } else if (!multi && c.operator.qualifier() != SetQualifier.NONE && base != Base.NULL) {
            out.add(at(LintCode.SET_OPERATOR_WITH_SINGLE_VALUED_KEY, c.operator.text()
                    + " is meant for multivalued keys; " + c.key + " is single-valued", c.operatorPosition));
        } else if (multi && c.operator.qualifier() == SetQualifier.NONE && base != Base.NULL) {
            out.add(at(LintCode.MISSING_QUALIFIER, c.key + " is multivalued: qualify " + c.operator.text()
                    + " with ForAllValues: or ForAnyValue:", c.operatorPosition));
        }
    }

    private static String expectedOperators(String scalar) {
        switch (scalar) {
            case "Numeric": case "Long": case "Integer": return "a Numeric operator";
            case "Date": return "a Date operator";
            case "Bool": case "Boolean": return "Bool";
            case "IPAddress": return "IpAddress or NotIpAddress";
            case "ARN": return "an Arn or String operator";
            case "Binary": return "BinaryEquals";
            default: return "a String operator";
        }
    }

    private static void values(PolicyDocument policy, ConditionClause c, List<Finding> out) {
        Base base = c.operator.base();
        if (c.values.isEmpty()) {
            LintCode code = c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES ? LintCode.EMPTY_ARRAY_CONDITION_FORALLVALUES
                    : c.operator.qualifier() == SetQualifier.FOR_ANY_VALUE ? LintCode.EMPTY_ARRAY_CONDITION_FORANYVALUE
                    : c.operator.ifExists() ? LintCode.EMPTY_ARRAY_CONDITION_IFEXISTS : LintCode.EMPTY_ARRAY_CONDITION;
            out.add(at(code, "condition key " + c.key + " has an empty array of values", c.keyPosition));
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
                    out.add(at(LintCode.VARIABLE_UNSUPPORTED_IN_VERSION, "\"" + v + "\" uses a policy variable, "
                            + "but variables only work with \"Version\": \"2012-10-17\"", where));
                } else if (!base.acceptsVariables()) {
                    out.add(at(LintCode.INVALID_VARIABLE_FOR_OPERATOR, c.operator.text()
                            + " takes no policy variables: \"" + v + "\" is compared as written", where));
                }
                continue;
            }
            switch (base.type()) {
                case NUMERIC:
                    if (Values.parseNumber(v) == null) {
                        out.add(at(LintCode.TYPE_MISMATCH_NUMBER, c.operator.text() + " " + c.key + ": \"" + v
                                + "\" is not a number, so it never matches", where));
                    }
                    break;
                case DATE:
                    if (Values.parseDate(v) == null) {
                        out.add(at(LintCode.TYPE_MISMATCH_DATE, c.operator.text() + " " + c.key + ": \"" + v
                                + "\" is not a date (YYYY-MM-DD or ISO 8601), so it never matches", where));
                    } else if (EPOCH.matcher(v.trim()).matches()) {
                        out.add(at(LintCode.INVALID_DATE_VALUE, "\"" + v + "\" is read as epoch seconds and may not "
                                + "resolve as you expect; write the date as YYYY-MM-DD or ISO 8601", where));
                    }
                    break;
                case IP_ADDRESS: {
                    IpRange r = IpRange.parse(v);
                    if (r == null) {
                        out.add(at(LintCode.TYPE_MISMATCH_IP_RANGE, c.operator.text() + " " + c.key + ": \"" + v
                                + "\" is not an IP address or CIDR block, so it never matches", where));
                        break;
                    }
                    ranges++;
                    if (r.isPrivate()) {
                        privateCount++;
                    }
                    if (r.hasHostBits()) {
                        out.add(at(LintCode.IMPROVE_IP_RANGE, "\"" + v + "\" has bits set after the /prefix, which are"
                                + " ignored: write " + r.maskedText(), where));
                    }
                    break;
                }
                case BOOLEAN:
                case NULL:
                    if (!Values.isBoolean(v)) {
                        out.add(at(LintCode.TYPE_MISMATCH_BOOLEAN, c.operator.text() + " " + c.key + ": \"" + v
                                + "\" is not true or false", where));
                    } else if (v.equalsIgnoreCase("true")) {
                        sawTrue = true;
                    } else {
                        sawFalse = true;
                    }
                    break;
                case BINARY:
                    if (!v.matches("[A-Za-z0-9+/]*={0,2}") || v.length() % 4 != 0) {
                        out.add(at(LintCode.TYPE_MISMATCH_STRING, "BinaryEquals " + c.key + ": \"" + v
                                + "\" is not base64, so it never matches", where));
                    }
                    break;
                default:
                    break;
            }
            if (base.type() == ValueType.STRING && !base.supportsWildcards() && hasBareWildcard(v)) {
                out.add(at(LintCode.WILDCARD_WITHOUT_LIKE_OPERATOR, c.operator.text() + " compares \"" + v
                        + "\" literally; use " + (base.negated() ? "StringNotLike" : "StringLike")
                        + " for wildcard matching", where));
            }
            if (c.keyLower.equals("aws:requestedregion") && !ArnChecks.wild(v) && base.type() == ValueType.STRING
                    && !ArnChecks.REGIONS.contains(v.toLowerCase(Locale.ROOT))) {
                out.add(at(LintCode.INVALID_REGION, "\"" + v + "\" is not an AWS Region"
                        + Suggest.didYouMean(v, ArnChecks.REGIONS), where));
            }
            if (c.keyLower.equals("aws:sourcevpc") && !ArnChecks.wild(v) && !VPC.matcher(v).matches()) {
                out.add(at(LintCode.INVALID_VPC_FORMAT, "\"" + v + "\" is not a VPC ID (vpc- and 8 or 17 hex digits)",
                        where));
            }
            if (c.keyLower.equals("aws:sourcevpce") && !ArnChecks.wild(v) && !VPCE.matcher(v).matches()) {
                out.add(at(LintCode.INVALID_VPCE_FORMAT, "\"" + v
                        + "\" is not a VPC endpoint ID (vpce- and 8 or 17 hex digits)", where));
            }
        }
        if (base == Base.BOOL && sawTrue && sawFalse) {
            out.add(at(LintCode.INVALID_CONDITION_MULTIPLE_BOOLEAN, "Bool " + c.key
                    + " lists both true and false, so it always holds; give one value", c.keyPosition));
        }
        if (c.keyLower.equals("aws:sourceip") && ranges > 0 && privateCount > 0) {
            boolean negated = base == Base.NOT_IP_ADDRESS;
            if (privateCount == ranges) {
                out.add(at(negated ? LintCode.PRIVATE_NOT_IP_ADDRESS : LintCode.PRIVATE_IP_ADDRESS, "aws:SourceIp holds"
                        + " only public addresses, so these private ranges never match"
                        + (negated ? " and this NotIpAddress has no effect" : "") + "; for traffic from a VPC use"
                        + " aws:VpcSourceIp", c.keyPosition));
            } else {
                out.add(at(negated ? LintCode.PRIVATE_NOT_IP_ADDRESS_SUBSET : LintCode.PRIVATE_IP_ADDRESS_SUBSET,
                        "aws:SourceIp mixes private and public ranges; the private ones never match (use"
                        + " aws:VpcSourceIp for them)", c.keyPosition));
            }
        }
        if (c.values.size() > 1 && (base == Base.NUMERIC_LESS_THAN || base == Base.NUMERIC_LESS_THAN_EQUALS
                || base == Base.NUMERIC_GREATER_THAN || base == Base.NUMERIC_GREATER_THAN_EQUALS)) {
            boolean less = base == Base.NUMERIC_LESS_THAN || base == Base.NUMERIC_LESS_THAN_EQUALS;
            out.add(at(LintCode.REDUNDANT_CONDITION_VALUE_NUM, c.operator.text() + " " + c.key
                    + " with several values holds as for the " + (less ? "greatest" : "least") + " one alone; keep that one",
                    c.keyPosition));
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
