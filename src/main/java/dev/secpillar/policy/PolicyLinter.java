package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a policy the way IAM Access Analyzer's policy validation does: errors (will not work),
 * security warnings (grants too much), warnings and suggestions, each with a stable
 * {@link LintCode}. A malformed element is a finding too, and checking goes on past it. Uses
 * the {@link ActionCatalog}, which it loads on first use.
 */
public final class PolicyLinter {
    /** Actions that hand out credentials or secrets (the credentials-exposure list other linters use). */
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

    /** IAM actions that let a principal raise its own permissions. */
    static final List<String> ESCALATION = List.of("iam:PassRole", "iam:CreatePolicyVersion",
            "iam:SetDefaultPolicyVersion", "iam:AttachUserPolicy", "iam:AttachRolePolicy", "iam:AttachGroupPolicy",
            "iam:PutUserPolicy", "iam:PutRolePolicy", "iam:PutGroupPolicy", "iam:CreateAccessKey",
            "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:UpdateAssumeRolePolicy", "iam:AddUserToGroup");

    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]*");
    private static final Set<String> RCP_SERVICES = Set.of("s3", "sts", "sqs", "secretsmanager", "kms", "ecr",
            "aoss", "cognito-identity", "logs", "dynamodb");

    private PolicyLinter() {
    }

    /** Lints a parsed policy as the kind it was parsed as (a resource policy of unknown resource). */
    public static List<Finding> lint(PolicyDocument policy) {
        ResourcePolicyType type = policy.kind() == PolicyKind.RESOURCE ? ResourcePolicyType.OTHER : null;
        return lint(policy, type, List.of());
    }

    /**
     * Lints a policy text: reads it leniently (every malformed element a finding), guesses the
     * kind when {@code kind} is null and the resource type when {@code resourceType} is null.
     */
    public static LintReport check(String text, String sourceName, PolicyKind kind, ResourcePolicyType resourceType) {
        PolicyKind given = resourceType != null && kind == null ? PolicyKind.RESOURCE : kind;
        PolicyParser.Parsed parsed = PolicyParser.parseLenient(text, sourceName, given);
        PolicyKind chosen = parsed.kind();
        if (parsed.document().isEmpty()) {
            return new LintReport(sorted(new ArrayList<>(parsed.problems())), chosen,
                    chosen == PolicyKind.RESOURCE ? resourceType : null, given == null ? "unreadable, so assumed" : "",
                    Optional.empty());
        }
        PolicyDocument doc = parsed.document().get();
        String guessed = "";
        if (given == null) {
            guessed = chosen == PolicyKind.RESOURCE ? "a statement has a Principal" : "no statement has a Principal";
        }
        ResourcePolicyType type = null;
        if (chosen == PolicyKind.RESOURCE) {
            type = resourceType;
            if (type == null) {
                type = ResourcePolicyType.guess(doc);
                guessed = (guessed.isEmpty() ? "" : guessed + "; ") + (type == ResourcePolicyType.OTHER
                        ? "resource type not recognised from the actions" : "resource type from the actions");
            }
        }
        return new LintReport(lint(doc, type, parsed.problems()), chosen, type, guessed, Optional.of(doc));
    }

    static List<Finding> lint(PolicyDocument policy, ResourcePolicyType type, List<Finding> problems) {
        List<Finding> out = new ArrayList<>(problems);
        ActionCatalog catalog = ActionCatalog.instance();
        if (policy.version().isEmpty() && problems.stream().noneMatch(f -> f.code().equals("INVALID_VERSION"))) {
            out.add(at(LintCode.MISSING_VERSION,
                    "no Version: AWS assumes 2008-10-17, where policy variables are plain text; add \"Version\": \"2012-10-17\"",
                    policy.position()));
        }
        if (policy.statementIsArray() && policy.statements().isEmpty()
                && problems.stream().noneMatch(f -> f.code().equals("DATA_TYPE_MISMATCH"))) {
            out.add(at(LintCode.EMPTY_ARRAY_STATEMENT, "Statement is an empty array: the policy grants nothing",
                    policy.position()));
        }
        sids(policy, out);
        for (Statement st : policy.statements()) {
            lintStatement(policy, st, type, catalog, out, problems);
        }
        redundantStatements(policy, out);
        if (type == ResourcePolicyType.ROLE_TRUST && policy.size() > 2048) {
            out.add(at(LintCode.POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA, "the role trust policy is " + policy.size()
                    + " characters (without white space); the default quota is 2048 (it can be raised to 8192)",
                    policy.position()));
        }
        return sorted(out);
    }

    private static List<Finding> sorted(List<Finding> out) {
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::severity).thenComparing(Finding::code));
        return List.copyOf(out);
    }

    private static Finding at(LintCode code, String message, Position p) {
        return Finding.at(code.name(), code.severity(), message, p);
    }

    private static void sids(PolicyDocument policy, List<Finding> out) {
        boolean identityLike = policy.kind() != PolicyKind.RESOURCE && policy.kind() != PolicyKind.ANY;
        Map<String, Statement> seen = new HashMap<>();
        for (Statement st : policy.statements()) {
            if (st.sid().isEmpty()) {
                continue;
            }
            String sid = st.sid().get();
            Position where = st.positionOf("Sid");
            if (sid.isEmpty()) {
                out.add(at(LintCode.EMPTY_SID_VALUE, "Sid is empty: give the statement a name or remove the Sid", where));
                continue;
            }
            Statement first = seen.putIfAbsent(sid, st);
            if (first != null) {
                out.add(at(LintCode.UNIQUE_SIDS_REQUIRED, "Sid \"" + sid + "\" is already used by statement "
                        + first.index() + "; Sids must be unique within a policy", where));
            }
            if (identityLike && !SID.matcher(sid).matches()) {
                out.add(at(LintCode.UNSUPPORTED_SID, "Sid \"" + sid + "\" may hold only letters and digits"
                        + " (A-Z, a-z, 0-9) in " + (policy.kind() == PolicyKind.IDENTITY ? "an " : "a ")
                        + policy.kind().label(), where));
            }
        }
    }

    /** An element whose value had the wrong JSON type (already reported): not also "an empty array". */
    private static boolean mistyped(Statement st, String element, List<Finding> problems) {
        Position p = st.positionOf(element);
        return problems.stream().anyMatch(f -> f.code().equals(LintCode.DATA_TYPE_MISMATCH.name())
                && f.message().startsWith(element + " must be") && f.line() == p.line() && f.column() > p.column());
    }

    private static void lintStatement(PolicyDocument policy, Statement st, ResourcePolicyType type,
                                      ActionCatalog catalog, List<Finding> out, List<Finding> problems) {
        String name = "statement " + st.label();
        String actionElement = st.usesNotAction() ? "NotAction" : "Action";
        if (st.actions().isEmpty() && st.wrote(actionElement) && !mistyped(st, actionElement, problems)) {
            out.add(at(LintCode.EMPTY_ARRAY_ACTION, actionElement + " is an empty array: " + name + " matches no action",
                    st.positionOf(actionElement)));
        }
        boolean[] unknown = actions(st, catalog, out);
        redundantActions(st, unknown, out);
        // Resources.
        String resourceElement = st.usesNotResource() ? "NotResource" : "Resource";
        boolean trust = type == ResourcePolicyType.ROLE_TRUST;
        if (!st.hasResourceElement() && !trust && !(st.hasPrincipalElement() && type == ResourcePolicyType.OTHER)
                && !(st.hasPrincipalElement() && type == null)) {
            out.add(at(LintCode.MISSING_RESOURCE, name + " has no Resource or NotResource"
                    + " (only role trust policies may leave it out)", st.position()));
        } else if (st.hasResourceElement() && st.resources().isEmpty() && !mistyped(st, resourceElement, problems)) {
            out.add(at(LintCode.EMPTY_ARRAY_RESOURCE, resourceElement + " is an empty array: " + name
                    + " matches no resource", st.positionOf(resourceElement)));
        }
        ArnChecks.check(st, catalog, out);
        for (int i = 0; i < st.resources().size(); i++) {
            String r = st.resources().get(i);
            if (r.contains("${")) {
                if (!policy.variablesEnabled()) {
                    out.add(at(LintCode.VARIABLE_UNSUPPORTED_IN_VERSION, "\"" + r + "\" uses a policy variable, "
                            + "but variables only work with \"Version\": \"2012-10-17\"", st.resourcePosition(i)));
                } else {
                    VariableChecks.check(r, st.resourcePosition(i), catalog, out);
                }
            }
        }
        redundantResources(st, out);
        principals(st, type, out);
        ConditionChecks.check(policy, st, catalog, out);
        for (ConditionClause c : st.conditionClauses()) {
            for (int i = 0; i < c.values.size(); i++) {
                if (c.values.get(i).contains("${") && policy.variablesEnabled() && c.operator.base().acceptsVariables()) {
                    VariableChecks.check(c.values.get(i), i < c.valuePositions.size() ? c.valuePositions.get(i)
                            : c.keyPosition, catalog, out);
                }
            }
        }
        KindChecks.check(policy, st, type, catalog, out);
        if (st.effect() == Effect.ALLOW) {
            securityChecks(st, catalog, out);
        }
    }

    /** Unknown services and actions, with suggestions; answers which actions were unknown. */
    private static boolean[] actions(Statement st, ActionCatalog catalog, List<Finding> out) {
        boolean[] unknown = new boolean[st.actions().size()];
        for (int i = 0; i < st.actions().size(); i++) {
            String action = st.actions().get(i);
            if (action.equals("*")) {
                continue;
            }
            if (action.contains("${")) {
                out.add(at(LintCode.VARIABLE_UNSUPPORTED_IN_ELEMENT, "\"" + action + "\": policy variables work only in"
                        + " Resource and Condition", st.actionPosition(i)));
            }
            String service = action.substring(0, action.indexOf(':'));
            String actionName = action.substring(action.indexOf(':') + 1);
            boolean serviceWild = service.contains("*") || service.contains("?");
            if (serviceWild && !service.equals("*")) {
                out.add(at(LintCode.WILDCARD_IN_SERVICE_NAME, action + ": a wildcard in the service prefix may grant"
                        + " actions of other services with similar names", st.actionPosition(i)));
            }
            if (!serviceWild && !catalog.isKnownService(service)) {
                unknown[i] = true;
                out.add(at(LintCode.INVALID_SERVICE_IN_ACTION, "unknown service prefix \"" + service + "\" in " + action
                        + Suggest.didYouMean(service, catalog.services()), st.actionPosition(i)));
            } else if (catalog.expandInfo(action).isEmpty()) {
                unknown[i] = true;
                String hint = serviceWild || actionName.contains("*") || actionName.contains("?") ? ""
                        : Suggest.didYouMean(actionName, catalog.actionNames(service));
                out.add(at(LintCode.UNKNOWN_ACTION, action + " matches no action of "
                        + (serviceWild ? "any service" : "the " + service + " service")
                        + hint.replace("did you mean \"", "did you mean \"" + service + ":"), st.actionPosition(i)));
            }
        }
        return unknown;
    }

    private static void principals(Statement st, ResourcePolicyType type, List<Finding> out) {
        String element = st.usesNotPrincipal() ? "NotPrincipal" : "Principal";
        for (Map.Entry<String, List<String>> e : st.principals().entrySet()) {
            for (String value : e.getValue()) {
                Position where = st.positionOf(element);
                if (value.contains("${")) {
                    out.add(at(LintCode.VARIABLE_UNSUPPORTED_IN_ELEMENT, element + " \"" + value
                            + "\": policy variables work only in Resource and Condition", where));
                }
                if (!value.equals("*") && (value.contains("*") || value.contains("?"))) {
                    out.add(at(LintCode.UNSUPPORTED_WILDCARD_IN_PRINCIPAL, element + " \"" + value
                            + "\" has a wildcard: only a lone \"*\" is allowed; use a condition on aws:PrincipalArn instead",
                            where));
                }
                if (e.getKey().equals("AWS") && value.matches("AROA[A-Z0-9]{12,}")) {
                    out.add(at(LintCode.INVALID_ROLE_REFERENCE, element + " names role ID " + value
                            + "; use the role's ARN", where));
                } else if (e.getKey().equals("AWS") && value.matches("AIDA[A-Z0-9]{12,}")) {
                    out.add(at(LintCode.INVALID_USER_REFERENCE, element + " names user ID " + value
                            + "; use the user's ARN", where));
                }
                if (e.getKey().equals("Service") && !value.equals("*")
                        && !value.matches("[a-z0-9.-]+\\.(amazonaws\\.com(\\.cn)?|amazon\\.com|aws\\.internal)")) {
                    out.add(at(LintCode.INVALID_SERVICE_PRINCIPAL_FORMAT, "service principal \"" + value
                            + "\" must look like service.amazonaws.com", where));
                }
            }
        }
        if (st.effect() == Effect.ALLOW && st.usesNotPrincipal()) {
            out.add(at(LintCode.ALLOW_WITH_NOT_PRINCIPAL,
                    "Allow with NotPrincipal grants access to every principal not listed, anonymous users included",
                    st.positionOf("NotPrincipal")));
        }
    }

    private static void securityChecks(Statement st, ActionCatalog catalog, List<Finding> out) {
        Position actionAt = st.positionOf(st.usesNotAction() ? "NotAction" : "Action");
        if (st.usesNotAction()) {
            String reach = firstGranted(st, ESCALATION);
            if (reach != null && (st.usesNotResource() || st.resources().contains("*"))) {
                out.add(at(LintCode.ALLOW_WITH_NOT_ACTION, "Allow with NotAction grants every action not listed, "
                        + "including " + reach + ", which can escalate privileges; list the actions instead", actionAt));
            }
        }
        if (st.usesNotResource()) {
            out.add(at(LintCode.ALLOW_WITH_NOT_RESOURCE,
                    "Allow with NotResource grants access to every resource not listed", st.positionOf("NotResource")));
        }
        roleActions(st, out);
        boolean allResources = st.hasResourceElement() && !st.usesNotResource() && st.resources().contains("*");
        // In a resource policy "*" means the resource it is attached to (a key policy's "*" is its key).
        if (!allResources || st.usesNotAction() || st.hasPrincipalElement()) {
            return;
        }
        boolean fullAdmin = st.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*"));
        if (fullAdmin && st.conditionCount() == 0) {
            out.add(at(LintCode.FULL_ADMIN,
                    "\"Action\": \"*\" on \"Resource\": \"*\" grants full administrator access", st.positionOf("Action")));
            return;
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
            out.add(at(LintCode.PERMISSIONS_MANAGEMENT_ON_STAR, permissions.size()
                    + " permissions-management action" + (permissions.size() == 1 ? "" : "s") + " on \"Resource\": \"*\" "
                    + sample(permissions) + ": scope them to specific resources", st.positionOf("Action")));
        }
        if (!credentials.isEmpty()) {
            out.add(at(LintCode.CREDENTIALS_EXPOSURE_ON_STAR, credentials.size()
                    + " credentials-exposure action" + (credentials.size() == 1 ? "" : "s") + " on \"Resource\": \"*\" "
                    + sample(credentials), st.positionOf("Action")));
        }
    }

    /**
     * iam:PassRole (security warnings) and iam:CreateServiceLinkedRole (warnings) on resources
     * with a wildcard that can match a role, or with NotResource. The code says how the action was
     * granted (named, a wildcard, NotAction), as Access Analyzer's do.
     */
    private static void roleActions(Statement st, List<Finding> out) {
        Position actionAt = st.positionOf(st.usesNotAction() ? "NotAction" : "Action");
        boolean passedToService = st.conditionClauses().stream().anyMatch(c -> c.keyLower.equals("iam:passedtoservice"));
        for (boolean pass : new boolean[] {true, false}) {
            String lower = pass ? "iam:passrole" : "iam:createservicelinkedrole";
            String name = pass ? "iam:PassRole" : "iam:CreateServiceLinkedRole";
            int granting = grantingIndex(st, lower);
            if (granting == -2) {
                continue;
            }
            Position where = granting >= 0 ? st.actionPosition(granting) : actionAt;
            String via = granting >= 0 ? st.actions().get(granting) : "NotAction";
            boolean starAction = granting >= 0 && !via.equalsIgnoreCase(name);
            if (st.usesNotResource()) {
                LintCode code = granting < 0
                        ? (pass ? LintCode.PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE : LintCode.CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE)
                        : starAction
                        ? (pass ? LintCode.PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE : LintCode.CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE)
                        : (pass ? LintCode.PASS_ROLE_WITH_NOT_RESOURCE : LintCode.CREATE_SLR_WITH_NOT_RESOURCE);
                out.add(at(code, via + " allows " + name + " with NotResource, on every role not listed; name the"
                        + " roles instead", where));
                continue;
            }
            String wildResource = st.resources().stream().filter(r -> (r.contains("*") || r.contains("?"))
                    && ArnChecks.intersects(ArnChecks.tokens(r, true), ArnChecks.tokens(ROLE_ARNS, false)))
                    .findFirst().orElse(null);
            if (wildResource == null || (pass && passedToService)) {
                continue;
            }
            LintCode code = granting < 0
                    ? (pass ? LintCode.PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION : LintCode.CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION)
                    : starAction
                    ? (pass ? LintCode.PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE : LintCode.CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE)
                    : (pass ? LintCode.PASS_ROLE_WITH_STAR_IN_RESOURCE : LintCode.CREATE_SLR_WITH_STAR_IN_RESOURCE);
            out.add(at(code, via + " allows " + name + " on \"" + wildResource + "\": "
                    + (pass ? "the principal can pass any matching role, and so gain its permissions, to a service;"
                            + " name the roles or add an iam:PassedToService condition"
                            : "it can create unintended service-linked roles; name the roles"), where));
        }
    }

    /** Every IAM role ARN, as a pattern a resource is compared with. */
    private static final String ROLE_ARNS = "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}";

    /** The index of the action that grants {@code lowerAction}, -1 when NotAction grants it, -2 when nothing does. */
    private static int grantingIndex(Statement st, String lowerAction) {
        Glob[] globs = st.actionGlobs();
        for (int i = 0; i < globs.length; i++) {
            if (globs[i].matches(lowerAction)) {
                return st.usesNotAction() ? -2 : i;
            }
        }
        return st.usesNotAction() ? -1 : -2;
    }

    /** The first of {@code actions} the statement grants, or null. */
    private static String firstGranted(Statement st, List<String> actions) {
        for (String a : actions) {
            if (grantingIndex(st, a.toLowerCase(Locale.ROOT)) != -2) {
                return a;
            }
        }
        return null;
    }

    private static String sample(List<String> actions) {
        List<String> distinct = actions.stream().distinct().sorted().toList();
        return "(" + String.join(", ", distinct.subList(0, Math.min(3, distinct.size())))
                + (distinct.size() > 3 ? ", ..." : "") + ")";
    }

    /** An action already covered by another pattern of the same statement (unknown actions are not). */
    private static void redundantActions(Statement st, boolean[] unknown, List<Finding> out) {
        List<String> actions = st.actions();
        Glob[] globs = st.actionGlobs();
        for (int i = 0; i < actions.size(); i++) {
            if (unknown[i]) {
                continue;
            }
            String mine = actions.get(i).toLowerCase(Locale.ROOT);
            for (int k = 0; k < actions.size(); k++) {
                if (k == i) {
                    continue;
                }
                String other = actions.get(k).toLowerCase(Locale.ROOT);
                boolean covered = globs[k].matches(mine) && (!mine.equals(other) || k < i);
                if (covered) {
                    out.add(at(LintCode.REDUNDANT_ACTION, actions.get(i) + " is already covered by "
                            + actions.get(k) + " in the same statement", st.actionPosition(i)));
                    break;
                }
            }
        }
    }

    /** A resource already covered by another of the same statement. */
    private static void redundantResources(Statement st, List<Finding> out) {
        List<String> resources = st.resources();
        for (int i = 0; i < resources.size(); i++) {
            String mine = resources.get(i);
            for (int k = 0; k < resources.size(); k++) {
                String other = resources.get(k);
                if (k == i || other.contains("${")) {
                    continue;
                }
                if (Glob.of(other).matches(mine) && (!mine.equals(other) || k < i)) {
                    out.add(at(LintCode.REDUNDANT_RESOURCE, "\"" + mine + "\" is already covered by \"" + other
                            + "\" in the same statement", st.resourcePosition(i)));
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
                    out.add(at(LintCode.REDUNDANT_STATEMENT, "statement " + st.label()
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

    static Set<String> rcpServices() {
        return RCP_SERVICES;
    }
}
