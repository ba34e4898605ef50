package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

/**
 * Every finding code lint can report, with its severity and the IAM Access Analyzer issue code
 * it corresponds to ("" when Access Analyzer has no such check: those come from other linters
 * or from secpillar itself). Its words, a title and the message of each finding, are in the
 * message bundles under lint.CODE (see Finding). The names are stable: CI configurations and
 * SARIF baselines refer to them. docs/LINT.md lists them all with an example each.
 */
public enum LintCode {
    // ---- the document itself --------------------------------------------------------------
    JSON_SYNTAX_ERROR(Severity.ERROR),
    DATA_TYPE_MISMATCH(Severity.ERROR),
    INVALID_VERSION(Severity.ERROR),
    MISSING_VERSION(Severity.WARNING),
    MISSING_STATEMENT(Severity.ERROR),
    EMPTY_ARRAY_STATEMENT(Severity.SUGGESTION, ""),
    INVALID_POLICY_ELEMENT(Severity.ERROR),
    POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA(Severity.WARNING),
    POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA(Severity.WARNING),
    POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA(Severity.WARNING),
    POLICY_SIZE_EXCEEDS_SCP_QUOTA(Severity.ERROR),
    // ---- Sid, Effect, element combinations --------------------------------------------------
    UNIQUE_SIDS_REQUIRED(Severity.ERROR),
    UNSUPPORTED_SID(Severity.ERROR),
    EMPTY_SID_VALUE(Severity.SUGGESTION),
    MISSING_EFFECT(Severity.ERROR),
    INVALID_EFFECT(Severity.ERROR),
    UNSUPPORTED_ELEMENT_COMBINATION(Severity.ERROR),
    // ---- actions -----------------------------------------------------------------------------
    MISSING_ACTION(Severity.ERROR),
    INVALID_ACTION(Severity.ERROR),
    UNKNOWN_ACTION(Severity.ERROR, "INVALID_ACTION"),
    INVALID_SERVICE_IN_ACTION(Severity.ERROR),
    EMPTY_ARRAY_ACTION(Severity.SUGGESTION),
    REDUNDANT_ACTION(Severity.SUGGESTION),
    WILDCARD_IN_SERVICE_NAME(Severity.SUGGESTION),
    // ---- resources ---------------------------------------------------------------------------
    MISSING_RESOURCE(Severity.ERROR),
    EMPTY_ARRAY_RESOURCE(Severity.SUGGESTION),
    INVALID_ARN_PREFIX(Severity.ERROR),
    MISSING_ARN_FIELD(Severity.ERROR),
    INVALID_PARTITION(Severity.ERROR),
    INVALID_ARN_SERVICE_CASE(Severity.ERROR),
    INVALID_SERVICE(Severity.ERROR),
    ARN_REGION_NOT_ALLOWED(Severity.ERROR),
    MISSING_ARN_REGION(Severity.ERROR),
    INVALID_ARN_REGION(Severity.ERROR),
    ARN_ACCOUNT_NOT_ALLOWED(Severity.ERROR),
    INVALID_ARN_ACCOUNT(Severity.ERROR),
    INVALID_ARN_RESOURCE(Severity.ERROR),
    RESOURCE_MISMATCH(Severity.WARNING, ""),
    UNSUPPORTED_RESOURCE_ARN_IN_POLICY(Severity.ERROR),
    UNSUPPORTED_ACTION_IN_POLICY(Severity.ERROR),
    // ---- principals --------------------------------------------------------------------------
    MISSING_PRINCIPAL(Severity.ERROR),
    UNSUPPORTED_PRINCIPAL(Severity.ERROR),
    SCP_SYNTAX_ERROR_PRINCIPAL(Severity.ERROR),
    RCP_PRINCIPAL_NOT_STAR(Severity.ERROR, ""),
    INVALID_PRINCIPAL_FORMAT(Severity.ERROR),
    INVALID_PRINCIPAL_KEY(Severity.ERROR),
    UNSUPPORTED_WILDCARD_IN_PRINCIPAL(Severity.ERROR),
    INVALID_SERVICE_PRINCIPAL_FORMAT(Severity.ERROR),
    EMPTY_OBJECT_PRINCIPAL(Severity.SUGGESTION),
    EMPTY_ARRAY_PRINCIPAL(Severity.SUGGESTION),
    INVALID_ROLE_REFERENCE(Severity.WARNING),
    INVALID_USER_REFERENCE(Severity.WARNING),
    ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL(Severity.ERROR),
    ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL(Severity.ERROR),
    ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE(Severity.ERROR),
    MISMATCHED_ACTION_FOR_PRINCIPAL(Severity.ERROR),
    MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL(Severity.SECURITY_WARNING),
    MISSING_GITHUB_REPO_CONDITION_KEY(Severity.SECURITY_WARNING),
    SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED(Severity.WARNING),
    RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL(Severity.SECURITY_WARNING),
    FEDERATED_PRINCIPAL_NOT_SUPPORTED(Severity.ERROR),
    INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY(Severity.ERROR),
    MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY(Severity.ERROR),
    MISSING_ACTION_FOR_CONDITION_KEY(Severity.ERROR),
    REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY(Severity.SUGGESTION),
    UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL(Severity.ERROR),
    // ---- conditions --------------------------------------------------------------------------
    INVALID_CONDITION_OPERATOR(Severity.ERROR),
    INVALID_CONDITION_KEY_FORMAT(Severity.ERROR),
    INVALID_GLOBAL_CONDITION_KEY(Severity.ERROR),
    INVALID_SERVICE_CONDITION_KEY(Severity.ERROR),
    UNSUPPORTED_GLOBAL_CONDITION_KEY(Severity.ERROR),
    MISSING_TAG_KEY_IN_CONDITION(Severity.ERROR),
    UNSUPPORTED_ACTION_FOR_CONDITION_KEY(Severity.ERROR),
    DUPLICATE_KEYS_WITH_DIFFERENT_CASE(Severity.ERROR),
    TYPE_MISMATCH(Severity.WARNING),
    MISSING_QUALIFIER(Severity.ERROR),
    FORALLVALUES_WITH_SINGLE_VALUED_KEY(Severity.SECURITY_WARNING),
    SET_OPERATOR_WITH_SINGLE_VALUED_KEY(Severity.WARNING, ""),
    NULL_WITH_IF_EXISTS(Severity.ERROR),
    NULL_WITH_QUALIFIER(Severity.SUGGESTION),
    TYPE_MISMATCH_NUMBER(Severity.WARNING),
    TYPE_MISMATCH_DATE(Severity.WARNING),
    TYPE_MISMATCH_IP_RANGE(Severity.WARNING),
    TYPE_MISMATCH_BOOLEAN(Severity.WARNING),
    TYPE_MISMATCH_STRING(Severity.WARNING),
    INVALID_CONDITION_DATA_TYPE(Severity.ERROR),
    INVALID_CONDITION_MULTIPLE_BOOLEAN(Severity.ERROR),
    INVALID_DATE_VALUE(Severity.WARNING),
    IMPROVE_IP_RANGE(Severity.SUGGESTION),
    PRIVATE_IP_ADDRESS(Severity.ERROR),
    PRIVATE_NOT_IP_ADDRESS(Severity.ERROR),
    PRIVATE_IP_ADDRESS_SUBSET(Severity.SUGGESTION),
    PRIVATE_NOT_IP_ADDRESS_SUBSET(Severity.SUGGESTION),
    INVALID_REGION(Severity.ERROR),
    INVALID_VPC_FORMAT(Severity.ERROR),
    INVALID_VPCE_FORMAT(Severity.ERROR),
    REDUNDANT_CONDITION_VALUE_NUM(Severity.SUGGESTION),
    WILDCARD_WITHOUT_LIKE_OPERATOR(Severity.WARNING),
    EMPTY_ARRAY_CONDITION(Severity.SUGGESTION),
    EMPTY_ARRAY_CONDITION_FORALLVALUES(Severity.SUGGESTION),
    EMPTY_ARRAY_CONDITION_FORANYVALUE(Severity.SUGGESTION),
    EMPTY_ARRAY_CONDITION_IFEXISTS(Severity.SUGGESTION),
    EMPTY_OBJECT_CONDITION(Severity.SUGGESTION),
    DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SECURITY_WARNING),
    DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SECURITY_WARNING),
    ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SUGGESTION),
    ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SUGGESTION),
    // ---- policy variables ----------------------------------------------------------------------
    VARIABLE_UNSUPPORTED_IN_VERSION(Severity.ERROR),
    INVALID_VARIABLE_FOR_OPERATOR(Severity.ERROR),
    VARIABLE_UNSUPPORTED_IN_ELEMENT(Severity.ERROR),
    MISSING_BRACE_IN_VARIABLE(Severity.ERROR),
    EMPTY_VARIABLE(Severity.ERROR),
    UNSUPPORTED_SPACE_IN_VARIABLE(Severity.ERROR),
    MISSING_QUOTE_IN_VARIABLE(Severity.ERROR),
    UNKNOWN_VARIABLE(Severity.WARNING, ""),
    // ---- too permissive ---------------------------------------------------------------------
    ALLOW_WITH_NOT_PRINCIPAL(Severity.SECURITY_WARNING),
    PASS_ROLE_WITH_STAR_IN_RESOURCE(Severity.SECURITY_WARNING),
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE(Severity.SECURITY_WARNING),
    PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION(Severity.SECURITY_WARNING,
            "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION"),
    PASS_ROLE_WITH_NOT_RESOURCE(Severity.SECURITY_WARNING),
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE(Severity.SECURITY_WARNING,
            "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE"),
    PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE(Severity.SECURITY_WARNING, "PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE"),
    CREATE_SLR_WITH_STAR_IN_RESOURCE(Severity.WARNING),
    CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE(Severity.WARNING),
    CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION(Severity.WARNING, "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOTACTION"),
    CREATE_SLR_WITH_NOT_RESOURCE(Severity.WARNING),
    CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOTRESOURCE"),
    CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_NOTACTION_AND_NOTRESOURCE"),
    ALLOW_WITH_NOT_ACTION(Severity.SECURITY_WARNING, ""),
    ALLOW_WITH_NOT_RESOURCE(Severity.SECURITY_WARNING, ""),
    FULL_ADMIN(Severity.SECURITY_WARNING, ""),
    PERMISSIONS_MANAGEMENT_ON_STAR(Severity.SECURITY_WARNING, ""),
    CREDENTIALS_EXPOSURE_ON_STAR(Severity.SECURITY_WARNING, ""),
    // ---- tidiness ------------------------------------------------------------------------------
    REDUNDANT_STATEMENT(Severity.SUGGESTION),
    REDUNDANT_RESOURCE(Severity.SUGGESTION);

    private final Severity severity;
    private final String accessAnalyzer;

    /** A check Access Analyzer also has, under the same code. */
    LintCode(Severity severity) {
        this.severity = severity;
        this.accessAnalyzer = name();
    }

    /** A check Access Analyzer has under another code, or ("") not at all. */
    LintCode(Severity severity, String accessAnalyzer) {
        this.severity = severity;
        this.accessAnalyzer = accessAnalyzer;
    }

    public Severity severity() {
        return severity;
    }

    /** Access Analyzer's issue code for the same check, or "" when it has none. */
    public String accessAnalyzerCode() {
        return accessAnalyzer;
    }

    /** What the check finds, in English (docs/LINT.md's "What it finds"; SARIF's rule text). */
    public String summary() {
        return title(Text.ENGLISH_MESSAGES);
    }

    /** What the check finds, in the language of {@code messages} (bundle key lint.CODE.title). */
    public String title(Messages messages) {
        return messages.get("lint." + name() + ".title");
    }

    /** Problems that make the document malformed: lint exits 65 when one is found. */
    public boolean malformed() {
        switch (this) {
            case JSON_SYNTAX_ERROR: case DATA_TYPE_MISMATCH: case INVALID_VERSION: case MISSING_STATEMENT:
            case INVALID_POLICY_ELEMENT: case MISSING_EFFECT: case INVALID_EFFECT: case UNSUPPORTED_ELEMENT_COMBINATION:
            case MISSING_ACTION: case INVALID_ACTION: case INVALID_CONDITION_OPERATOR: case INVALID_PRINCIPAL_FORMAT:
            case INVALID_PRINCIPAL_KEY:
                return true;
            default:
                return false;
        }
    }

    /** The code of a finding, or null for a code this version does not know. */
    public static LintCode of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
