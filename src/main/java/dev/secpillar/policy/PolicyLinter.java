package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
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
                    chosen == PolicyKind.RESOURCE ? resourceType : null,
                    given == null ? Text.of("lint.guessed.unreadable") : Text.EMPTY, Optional.empty());
        }
        PolicyDocument doc = parsed.document().get();
        Text guessed = Text.EMPTY;
        if (given == null) {
            guessed = Text.of(chosen == PolicyKind.RESOURCE ? "lint.guessed.principal" : "lint.guessed.noPrincipal");
        }
        ResourcePolicyType type = null;
        if (chosen == PolicyKind.RESOURCE) {
            type = resourceType;
            if (type == null) {
                type = ResourcePolicyType.guess(doc);
                Text fromActions = Text.of(type == ResourcePolicyType.OTHER
                        ? "lint.guessed.typeNotRecognised" : "lint.guessed.typeFromActions");
                guessed = guessed.equals(Text.EMPTY) ? fromActions : Text.of("lint.guessed.both", guessed, fromActions);
            }
        }
        return new LintReport(lint(doc, type, parsed.problems()), chosen, type, guessed, Optional.of(doc));
    }

    static List<Finding> lint(PolicyDocument policy, ResourcePolicyType type, List<Finding> problems) {
        List<Finding> out = new ArrayList<>(problems);
        ActionCatalog catalog = ActionCatalog.instance();
        if (policy.version().isEmpty() && problems.stream().noneMatch(f -> f.code().equals("INVALID_VERSION"))) {
            out.add(Finding.of(LintCode.MISSING_VERSION, policy.position(), ""));
        }
        if (policy.statementIsArray() && policy.statements().isEmpty()
                && problems.stream().noneMatch(f -> f.code().equals("DATA_TYPE_MISMATCH"))) {
            out.add(Finding.of(LintCode.EMPTY_ARRAY_STATEMENT, policy.position(), ""));
        }
        sids(policy, out);
        for (Statement st : policy.statements()) {
            lintStatement(policy, st, type, catalog, out, problems);
        }
        redundantStatements(policy, out);
        if (type == ResourcePolicyType.ROLE_TRUST && policy.size() > 2048) {
            out.add(Finding.of(LintCode.POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA, policy.position(), "",
                    String.valueOf(policy.size())));
        }
        return sorted(out);
    }

    private static List<Finding> sorted(List<Finding> out) {
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::severity).thenComparing(Finding::code));
        return List.copyOf(out);
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
                out.add(Finding.of(LintCode.EMPTY_SID_VALUE, where, ""));
                continue;
            }
            Statement first = seen.putIfAbsent(sid, st);
            if (first != null) {
                out.add(Finding.of(LintCode.UNIQUE_SIDS_REQUIRED, where, "", sid, String.valueOf(first.index())));
            }
            if (identityLike && !SID.matcher(sid).matches()) {
                out.add(Finding.of(LintCode.UNSUPPORTED_SID, where, "", sid, policy.kind().withArticle()));
            }
        }
    }

    /** An element whose value had the wrong JSON type (already reported): not also "an empty array". */
    private static boolean mistyped(Statement st, String element, List<Finding> problems) {
        Position p = st.positionOf(element);
        return problems.stream().anyMatch(f -> Problems.wrongTypeOf(f, element) && f.line() == p.line()
                && f.column() > p.column());
    }

    private static void lintStatement(PolicyDocument policy, Statement st, ResourcePolicyType type,
                                      ActionCatalog catalog, List<Finding> out, List<Finding> problems) {
        String name = st.label();
        String actionElement = st.usesNotAction() ? "NotAction" : "Action";
        if (st.actions().isEmpty() && st.wrote(actionElement) && !mistyped(st, actionElement, problems)) {
            out.add(Finding.of(LintCode.EMPTY_ARRAY_ACTION, st.positionOf(actionElement), "", actionElement, name));
        }
        boolean[] unknown = actions(st, catalog, out);
        redundantActions(st, unknown, out);
        // Resources.
        String resourceElement = st.usesNotResource() ? "NotResource" : "Resource";
        boolean trust = type == ResourcePolicyType.ROLE_TRUST;
        if (!st.hasResourceElement() && !trust && !(st.hasPrincipalElement() && type == ResourcePolicyType.OTHER)
                && !(st.hasPrincipalElement() && type == null)) {
            out.add(Finding.of(LintCode.MISSING_RESOURCE, st.position(), "", name));
        } else if (st.hasResourceElement() && st.resources().isEmpty() && !mistyped(st, resourceElement, problems)) {
            out.add(Finding.of(LintCode.EMPTY_ARRAY_RESOURCE, st.positionOf(resourceElement), "", resourceElement, name));
        }
        ArnChecks.check(st, catalog, out);
        for (int i = 0; i < st.resources().size(); i++) {
            String r = st.resources().get(i);
            if (r.contains("${")) {
                if (!policy.variablesEnabled()) {
                    out.add(Finding.of(LintCode.VARIABLE_UNSUPPORTED_IN_VERSION, st.resourcePosition(i), "", r));
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
                out.add(Finding.of(LintCode.VARIABLE_UNSUPPORTED_IN_ELEMENT, st.actionPosition(i), "", action));
            }
            String service = action.substring(0, action.indexOf(':'));
            String actionName = action.substring(action.indexOf(':') + 1);
            boolean serviceWild = service.contains("*") || service.contains("?");
            if (serviceWild && !service.equals("*")) {
                out.add(Finding.of(LintCode.WILDCARD_IN_SERVICE_NAME, st.actionPosition(i), "", action));
            }
            if (!serviceWild && !catalog.isKnownService(service)) {
                unknown[i] = true;
                out.add(Finding.of(LintCode.INVALID_SERVICE_IN_ACTION, st.actionPosition(i), "", service, action,
                        Suggest.didYouMean(Suggest.closest(service, catalog.services()))));
            } else if (catalog.expandInfo(action).isEmpty()) {
                unknown[i] = true;
                String closest = serviceWild || actionName.contains("*") || actionName.contains("?") ? null
                        : Suggest.closest(actionName, catalog.actionNames(service));
                Text hint = Suggest.didYouMean(closest == null ? null : service + ":" + closest);
                out.add(serviceWild ? Finding.of(LintCode.UNKNOWN_ACTION, st.actionPosition(i), "anyService", action, hint)
                        : Finding.of(LintCode.UNKNOWN_ACTION, st.actionPosition(i), "", action, service, hint));
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
                    out.add(Finding.of(LintCode.VARIABLE_UNSUPPORTED_IN_ELEMENT, where, "principal", element, value));
                }
                if (!value.equals("*") && (value.contains("*") || value.contains("?"))) {
                    out.add(Finding.of(LintCode.UNSUPPORTED_WILDCARD_IN_PRINCIPAL, where, "", element, value));
                }
                if (e.getKey().equals("AWS") && value.matches("AROA[A-Z0-9]{12,}")) {
                    out.add(Finding.of(LintCode.INVALID_ROLE_REFERENCE, where, "", element, value));
                } else if (e.getKey().equals("AWS") && value.matches("AIDA[A-Z0-9]{12,}")) {
                    out.add(Finding.of(LintCode.INVALID_USER_REFERENCE, where, "", element, value));
                }
                if (e.getKey().equals("Service") && !value.equals("*")
                        && !value.matches("[a-z0-9.-]+\\.(amazonaws\\.com(\\.cn)?|amazon\\.com|aws\\.internal)")) {
                    out.add(Finding.of(LintCode.INVALID_SERVICE_PRINCIPAL_FORMAT, where, "", value));
                }
            }
        }
        if (st.effect() == Effect.ALLOW && st.usesNotPrincipal()) {
            out.add(Finding.of(LintCode.ALLOW_WITH_NOT_PRINCIPAL, st.positionOf("NotPrincipal"), ""));
        }
    }

    private static void securityChecks(Statement st, ActionCatalog catalog, List<Finding> out) {
        Position actionAt = st.positionOf(st.usesNotAction() ? "NotAction" : "Action");
        if (st.usesNotAction()) {
            String reach = firstGranted(st, ESCALATION);
            if (reach != null && (st.usesNotResource() || st.resources().contains("*"))) {
                out.add(Finding.of(LintCode.ALLOW_WITH_NOT_ACTION, actionAt, "", reach));
            }
        }
        if (st.usesNotResource()) {
            out.add(Finding.of(LintCode.ALLOW_WITH_NOT_RESOURCE, st.positionOf("NotResource"), ""));
        }
        roleActions(st, out);
        boolean allResources = st.hasResourceElement() && !st.usesNotResource() && st.resources().contains("*");
        // In a resource policy "*" means the resource it is attached to (a key policy's "*" is its key).
        if (!allResources || st.usesNotAction() || st.hasPrincipalElement()) {
            return;
        }
        boolean fullAdmin = st.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*"));
        if (fullAdmin && st.conditionCount() == 0) {
            out.add(Finding.of(LintCode.FULL_ADMIN, st.positionOf("Action"), ""));
            return;
        }
        List<String> permissions = new ArrayList<>();
        List<String> credentials = new ArrayList<>();
        for (String action : st.actions()) {
            for (ActionCatalog.ActionInfo a : catalog.expandInfo(action)) {
                if (a.accessLevel().equals(ActionCatalog.PERMISSIONS_MANAGEMENT)) {
                    permissions.add(a.fullName());
                }
                if (CREDENTIALS_EXPOSURE.contains(a.fullName().toLowerCase(Locale.ROOT))) {
                    credentials.add(a.fullName());
                }
            }
        }
        if (!permissions.isEmpty()) {
            out.add(Finding.of(LintCode.PERMISSIONS_MANAGEMENT_ON_STAR, st.positionOf("Action"), "", Text.count(permissions.size()),
                    sample(permissions)));
        }
        if (!credentials.isEmpty()) {
            out.add(Finding.of(LintCode.CREDENTIALS_EXPOSURE_ON_STAR, st.positionOf("Action"), "", Text.count(credentials.size()),
                    sample(credentials)));
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
                out.add(Finding.shared(code, where, "lint.ROLE_ACTION.notResource", via, name));
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
            out.add(Finding.shared(code, where, pass ? "lint.ROLE_ACTION.passRole" : "lint.ROLE_ACTION.createSlr", via,
                    name, wildResource));
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
                    out.add(Finding.of(LintCode.REDUNDANT_ACTION, st.actionPosition(i), "", actions.get(i), actions.get(k)));
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
                    out.add(Finding.of(LintCode.REDUNDANT_RESOURCE, st.resourcePosition(i), "", mine, other));
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
                    out.add(Finding.of(LintCode.REDUNDANT_STATEMENT, st.position(), "", st.label(), other.label()));
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
