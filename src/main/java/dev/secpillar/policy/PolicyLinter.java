package dev.secpillar.policy;

import dev.secpillar.policy.ConditionOperator.Base;
import dev.secpillar.policy.ConditionOperator.SetQualifier;
import dev.secpillar.policy.ConditionOperator.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed policy the way IAM Access Analyzer's policy validation does: errors (will
 * not work), security warnings (grants too much), warnings and suggestions. Uses the
 * {@link ActionCatalog}, which it loads on first use.
 */
public final class PolicyLinter {
    /** Actions that hand out credentials or secrets (Access Analyzer's credentials-exposure list). */
    static final Set<String> CREDENTIALS_EXPOSURE = Set.of(
            "chime:createapikey", "codepipeline:pollforjobs", "cognito-identity:getopenidtoken",
            "cognito-identity:getopenidtokenfordeveloperidentity", "cognito-identity:getcredentialsforidentity",
            "connect:getfederationtoken", "connect:getfederationtokens", "ecr:getauthorizationtoken",
            "gamelift:requestuploadcredentials", "iam:createaccesskey", "iam:createloginprofile",
            "iam:createservicespecificcredential", "iam:resetservicespecificcredential", "iam:updateaccesskey",
            "lightsail:getinstanceaccessdetails", "lightsail:getrelationaldatabasemasteruserpassword",
            "rds-db:connect", "redshift:getclustercredentials", "sso:getrolecredentials",
            "mediapackage:rotatechannelcredentials", "mediapackage:rotateingestendpointcredentials",
            "sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity",
            "sts:getfederationtoken", "sts:getsessiontoken");

    private PolicyLinter() {
    }

    public static List<Finding> lint(PolicyDocument policy) {
        List<Finding> out = new ArrayList<>();
        ActionCatalog catalog = ActionCatalog.instance();
        if (policy.version().isEmpty()) {
            out.add(Finding.at("MISSING_VERSION", Severity.WARNING,
                    "no Version: AWS assumes 2008-10-17, where policy variables are plain text; add \"Version\": \"2012-10-17\"",
                    policy.position()));
        }
        if (policy.statementIsArray() && policy.statements().isEmpty()) {
            out.add(Finding.at("EMPTY_ARRAY", Severity.SUGGESTION, "Statement is an empty array: the policy grants nothing",
                    policy.position()));
        }
        Map<String, Statement> sids = new HashMap<>();
        for (Statement st : policy.statements()) {
            st.sid().ifPresent(sid -> {
                Statement first = sids.putIfAbsent(sid, st);
                if (first != null) {
                    out.add(Finding.at("DUPLICATE_SID", Severity.WARNING, "Sid \"" + sid + "\" is already used by statement "
                            + first.index() + "; Sids must be unique within a policy", st.positionOf("Sid")));
                }
            });
            lintStatement(policy, st, catalog, out);
        }
        redundantStatements(policy, out);
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::severity));
        return List.copyOf(out);
    }

    private static void lintStatement(PolicyDocument policy, Statement st, ActionCatalog catalog, List<Finding> out) {
        String name = "statement " + st.label();
        String actionElement = st.usesNotAction() ? "NotAction" : "Action";
        if (st.actions().isEmpty()) {
            out.add(Finding.at("EMPTY_ARRAY", Severity.SUGGESTION, actionElement + " is an empty array: " + name
                    + " matches no action", st.positionOf(actionElement)));
        }
        // Unknown services and actions.
        for (int i = 0; i < st.actions().size(); i++) {
            String action = st.actions().get(i);
            if (action.equals("*")) {
                continue;
            }
            String service = action.substring(0, action.indexOf(':'));
            boolean serviceWild = service.contains("*") || service.contains("?");
            if (!serviceWild && !catalog.isKnownService(service)) {
                out.add(Finding.at("UNKNOWN_SERVICE", Severity.ERROR, "unknown service prefix \"" + service + "\" in "
                        + action, st.actionPosition(i)));
            } else if (catalog.expandInfo(action).isEmpty()) {
                out.add(Finding.at("UNKNOWN_ACTION", Severity.ERROR, action + " matches no action of "
                        + (serviceWild ? "any service" : "the " + service + " service"), st.actionPosition(i)));
            }
        }
        redundantActions(st, out);
        // Resource element.
        String resourceElement = st.usesNotResource() ? "NotResource" : "Resource";
        if (!st.hasResourceElement() && !st.hasPrincipalElement()) {
            out.add(Finding.at("MISSING_RESOURCE", Severity.ERROR, name + " has no Resource or NotResource"
                    + " (only role trust policies may leave it out)", st.position()));
        } else if (st.hasResourceElement() && st.resources().isEmpty()) {
            out.add(Finding.at("EMPTY_ARRAY", Severity.SUGGESTION, resourceElement + " is an empty array: " + name
                    + " matches no resource", st.positionOf(resourceElement)));
        }
        for (int i = 0; i < st.resources().size(); i++) {
            String r = st.resources().get(i);
            if (!r.equals("*") && !r.startsWith("arn:")) {
                out.add(Finding.at("INVALID_RESOURCE", Severity.ERROR, "resource \"" + r
                        + "\" must be \"*\" or an ARN (arn:partition:service:region:account:resource)", st.resourcePosition(i)));
            }
            if (r.contains("${") && !policy.variablesEnabled()) {
                out.add(Finding.at("VARIABLE_WITHOUT_VERSION", Severity.ERROR, "\"" + r + "\" uses a policy variable, "
                        + "but variables only work with \"Version\": \"2012-10-17\"", st.resourcePosition(i)));
            }
        }
        for (Map.Entry<String, List<String>> e : st.principals().entrySet()) {
            for (String value : e.getValue()) {
                if (!value.equals("*") && (value.contains("*") || value.contains("?"))) {
                    String element = st.usesNotPrincipal() ? "NotPrincipal" : "Principal";
                    out.add(Finding.at("INVALID_PRINCIPAL", Severity.ERROR, element + " \"" + value
                            + "\" has a wildcard: only a lone \"*\" is allowed; use a condition on aws:PrincipalArn instead",
                            st.positionOf(element)));
                }
            }
        }
        lintConditions(policy, st, catalog, out);
        if (st.effect() == Effect.ALLOW) {
            securityChecks(st, catalog, out);
        }
    }

    private static void lintConditions(PolicyDocument policy, Statement st, ActionCatalog catalog, List<Finding> out) {
        for (ConditionClause c : st.conditionClauses()) {
            Base base = c.operator.base();
            if (base == Base.NULL && c.operator.ifExists()) {
                out.add(Finding.at("IFEXISTS_WITH_NULL", Severity.ERROR, c.operator.text()
                        + ": IfExists cannot be combined with Null (Null already tests whether the key exists)",
                        c.operatorPosition));
            }
            if (base == Base.NULL && c.operator.qualifier() != SetQualifier.NONE) {
                out.add(Finding.at("INVALID_OPERATOR", Severity.ERROR, c.operator.text()
                        + ": ForAllValues/ForAnyValue cannot qualify Null", c.operatorPosition));
            }
            String mismatch = c.firstTypeMismatch();
            if (mismatch != null) {
                out.add(Finding.at("TYPE_MISMATCH", Severity.ERROR, c.operator.text() + " " + c.key + ": \"" + mismatch
                        + "\" is not " + typeName(base.type()) + ", so it can never match", c.keyPosition));
            }
            if (c.values.isEmpty()) {
                out.add(Finding.at("EMPTY_ARRAY", Severity.SUGGESTION, "condition key " + c.key
                        + " has an empty array of values", c.keyPosition));
            }
            for (int i = 0; i < c.values.size(); i++) {
                String v = c.values.get(i);
                Position where = i < c.valuePositions.size() ? c.valuePositions.get(i) : c.keyPosition;
                if (v.contains("${")) {
                    if (!policy.variablesEnabled()) {
                        out.add(Finding.at("VARIABLE_WITHOUT_VERSION", Severity.ERROR, "\"" + v + "\" uses a policy variable, "
                                + "but variables only work with \"Version\": \"2012-10-17\"", where));
                    } else if (!base.acceptsVariables()) {
                        out.add(Finding.at("VARIABLE_NOT_SUPPORTED", Severity.ERROR, c.operator.text()
                                + " takes no policy variables: \"" + v + "\" is compared as written", where));
                    }
                }
                if ((base == Base.STRING_EQUALS || base == Base.STRING_NOT_EQUALS
                        || base == Base.STRING_EQUALS_IGNORE_CASE || base == Base.STRING_NOT_EQUALS_IGNORE_CASE)
                        && hasBareWildcard(v)) {
                    out.add(Finding.at("WILDCARD_IN_NON_LIKE_OPERATOR", Severity.WARNING, c.operator.text()
                            + " compares \"" + v + "\" literally; use " + (base.negated() ? "StringNotLike" : "StringLike")
                            + " for wildcard matching", where));
                }
            }
            Optional<String> keyType = catalog.conditionKeyType(c.key);
            if (keyType.isPresent()) {
                boolean multi = keyType.get().startsWith("ArrayOf");
                if (!multi && c.operator.qualifier() == SetQualifier.FOR_ALL_VALUES && st.effect() == Effect.ALLOW) {
                    out.add(Finding.at("FORALLVALUES_WITH_SINGLE_VALUED_KEY", Severity.SECURITY_WARNING, c.operator.text()
                            + " on single-valued key " + c.key + " also holds when the key is missing: the Allow may apply"
                            + " to requests without it", c.operatorPosition));
                } else if (!multi && c.operator.qualifier() != SetQualifier.NONE) {
                    out.add(Finding.at("SET_OPERATOR_WITH_SINGLE_VALUED_KEY", Severity.WARNING, c.operator.text()
                            + " is meant for multivalued keys; " + c.key + " is single-valued", c.operatorPosition));
                } else if (multi && c.operator.qualifier() == SetQualifier.NONE && base != Base.NULL) {
                    out.add(Finding.at("MISSING_SET_OPERATOR", Severity.WARNING, c.key + " is multivalued: qualify "
                            + c.operator.text() + " with ForAllValues: or ForAnyValue:", c.operatorPosition));
                }
            }
        }
    }

    private static String typeName(ValueType type) {
        switch (type) {
            case NUMERIC: return "a number";
            case DATE: return "a date (ISO 8601 or epoch seconds)";
            case IP_ADDRESS: return "an IP address or CIDR block";
            case BOOLEAN: return "true or false";
            case NULL: return "true or false";
            default: return "valid";
        }
    }

    /** A * or ? that is not inside ${...}. */
    private static boolean hasBareWildcard(String v) {
        String stripped = v.replaceAll("\\$\\{[^}]*}", "");
        return stripped.indexOf('*') >= 0 || stripped.indexOf('?') >= 0;
    }

    private static void securityChecks(Statement st, ActionCatalog catalog, List<Finding> out) {
        if (st.usesNotPrincipal()) {
            out.add(Finding.at("ALLOW_WITH_NOT_PRINCIPAL", Severity.SECURITY_WARNING,
                    "Allow with NotPrincipal grants access to every principal not listed, anonymous users included",
                    st.positionOf("NotPrincipal")));
        }
        if (st.usesNotAction()) {
            out.add(Finding.at("ALLOW_WITH_NOT_ACTION", Severity.SECURITY_WARNING,
                    "Allow with NotAction grants every action not listed, including those of services added later",
                    st.positionOf("NotAction")));
        }
        if (st.usesNotResource()) {
            out.add(Finding.at("ALLOW_WITH_NOT_RESOURCE", Severity.SECURITY_WARNING,
                    "Allow with NotResource grants access to every resource not listed", st.positionOf("NotResource")));
        }
        boolean allResources = st.hasResourceElement() && !st.usesNotResource() && st.resources().contains("*");
        if (!allResources || st.usesNotAction()) {
            return;
        }
        boolean fullAdmin = st.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*"));
        if (fullAdmin && st.conditionCount() == 0) {
            out.add(Finding.at("FULL_ADMIN", Severity.SECURITY_WARNING,
                    "\"Action\": \"*\" on \"Resource\": \"*\" grants full administrator access", st.positionOf("Action")));
            return;
        }
        for (int i = 0; i < st.actions().size(); i++) {
            if (st.actionGlobs()[i].matches("iam:passrole")) {
                out.add(Finding.at("PASS_ROLE_WITH_STAR", Severity.SECURITY_WARNING, st.actions().get(i)
                        + " allows iam:PassRole on \"*\": the principal can pass any role, and so gain its permissions,"
                        + " to a service", st.actionPosition(i)));
                break;
            }
        }
        List<String> permissions = new ArrayList<>();
        List<String> credentials = new ArrayList<>();
        for (String action : st.actions()) {
            for (ActionCatalog.ActionInfo a : catalog.expandInfo(action)) {
                if (a.accessLevel().equals("Permissions management")) {
                    permissions.add(a.fullName());
                }
                if (CREDENTIALS_EXPOSURE.contains(a.fullName().toLowerCase(Locale.ROOT))) {
                    credentials.add(a.fullName());
                }
            }
        }
        if (!permissions.isEmpty()) {
            out.add(Finding.at("PERMISSIONS_MANAGEMENT_ON_STAR", Severity.SECURITY_WARNING, permissions.size()
                    + " permissions-management action" + (permissions.size() == 1 ? "" : "s") + " on \"Resource\": \"*\" "
                    + sample(permissions) + ": scope them to specific resources", st.positionOf("Action")));
        }
        if (!credentials.isEmpty()) {
            out.add(Finding.at("CREDENTIALS_EXPOSURE_ON_STAR", Severity.SECURITY_WARNING, credentials.size()
                    + " credentials-exposure action" + (credentials.size() == 1 ? "" : "s") + " on \"Resource\": \"*\" "
                    + sample(credentials), st.positionOf("Action")));
        }
    }

    private static String sample(List<String> actions) {
        List<String> distinct = actions.stream().distinct().sorted().toList();
        return "(" + String.join(", ", distinct.subList(0, Math.min(3, distinct.size())))
                + (distinct.size() > 3 ? ", ..." : "") + ")";
    }

    /** An action already covered by another pattern of the same statement. */
    private static void redundantActions(Statement st, List<Finding> out) {
        List<String> actions = st.actions();
        Glob[] globs = st.actionGlobs();
        for (int i = 0; i < actions.size(); i++) {
            String mine = actions.get(i).toLowerCase(Locale.ROOT);
            for (int k = 0; k < actions.size(); k++) {
                if (k == i) {
                    continue;
                }
                String other = actions.get(k).toLowerCase(Locale.ROOT);
                boolean covered = globs[k].matches(mine) && (!mine.equals(other) || k < i);
                if (covered) {
                    out.add(Finding.at("REDUNDANT_ACTION", Severity.SUGGESTION, actions.get(i) + " is already covered by "
                            + actions.get(k) + " in the same statement", st.actionPosition(i)));
                    break;
                }
            }
        }
    }

    /** A statement whose every request is already decided the same way by an unconditional one. */
    private static void redundantStatements(PolicyDocument policy, List<Finding> out) {
        List<Statement> all = policy.statements();
        for (Statement st : all) {
            for (Statement other : all) {
                if (other == st || other.effect() != st.effect() || other.conditionCount() > 0
                        || other.usesNotAction() || other.usesNotResource() || st.usesNotAction() || st.usesNotResource()
                        || other.hasPrincipalElement() || st.hasPrincipalElement()
                        || other.hasResourceElement() != st.hasResourceElement()) {
                    continue;
                }
                boolean sameShape = other.actions().equals(st.actions()) && other.resources().equals(st.resources());
                if (sameShape && other.index() > st.index() && st.conditionCount() == 0) {
                    continue; // report identical statements once, on the later one
                }
                if (covers(other.actionGlobs(), st.actions(), true) && coversResources(other, st)) {
                    out.add(Finding.at("REDUNDANT_STATEMENT", Severity.SUGGESTION, "statement " + st.label()
                            + " adds nothing: statement " + other.label() + " already covers its actions and resources",
                            st.position()));
                    break;
                }
            }
        }
    }

    private static boolean covers(Glob[] patterns, List<String> texts, boolean lower) {
        if (texts.isEmpty()) {
            return false;
        }
        for (String t : texts) {
            String text = lower ? t.toLowerCase(Locale.ROOT) : t;
            boolean any = false;
            for (Glob g : patterns) {
                if (g.matches(text)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean coversResources(Statement broad, Statement narrow) {
        if (!broad.hasResourceElement()) {
            return true;
        }
        List<Glob> globs = new ArrayList<>();
        for (String r : broad.resources()) {
            if (r.contains("${")) {
                return false;
            }
            globs.add(Glob.of(r));
        }
        return covers(globs.toArray(new Glob[0]), narrow.resources(), false);
    }
}
