package dev.secpillar.policy;

/**
 * Every finding code lint can report, with its severity and the IAM Access Analyzer issue code
 * it corresponds to ("" when Access Analyzer has no such check: those come from other linters
 * or from secpillar itself). The names are stable: CI configurations and SARIF baselines refer
 * to them. docs/LINT.md lists them all with an example each.
 */
public enum LintCode {
    // ---- the document itself --------------------------------------------------------------
    JSON_SYNTAX_ERROR(Severity.ERROR, "JSON_SYNTAX_ERROR", "the text is not JSON (or nests absurdly deep)"),
    DATA_TYPE_MISMATCH(Severity.ERROR, "DATA_TYPE_MISMATCH", "an element has the wrong JSON type"),
    INVALID_VERSION(Severity.ERROR, "INVALID_VERSION", "Version is neither 2012-10-17 nor 2008-10-17"),
    MISSING_VERSION(Severity.WARNING, "MISSING_VERSION", "no Version: policy variables are plain text"),
    MISSING_STATEMENT(Severity.ERROR, "MISSING_STATEMENT", "no Statement element"),
    EMPTY_ARRAY_STATEMENT(Severity.SUGGESTION, "", "Statement is an empty array"),
    INVALID_POLICY_ELEMENT(Severity.ERROR, "INVALID_POLICY_ELEMENT", "an element IAM does not know"),
    POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA(Severity.WARNING, "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA",
            "larger than the identity policy quota"),
    POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA(Severity.WARNING, "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA",
            "larger than the resource policy quota"),
    POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA(Severity.WARNING, "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA",
            "larger than the default role trust policy quota"),
    POLICY_SIZE_EXCEEDS_SCP_QUOTA(Severity.ERROR, "POLICY_SIZE_EXCEEDS_SCP_QUOTA", "larger than the SCP/RCP quota"),
    // ---- Sid, Effect, element combinations --------------------------------------------------
    UNIQUE_SIDS_REQUIRED(Severity.ERROR, "UNIQUE_SIDS_REQUIRED", "two statements share a Sid"),
    UNSUPPORTED_SID(Severity.ERROR, "UNSUPPORTED_SID", "a Sid with characters other than letters and digits"),
    EMPTY_SID_VALUE(Severity.SUGGESTION, "EMPTY_SID_VALUE", "an empty Sid"),
    MISSING_EFFECT(Severity.ERROR, "MISSING_EFFECT", "no Effect"),
    INVALID_EFFECT(Severity.ERROR, "INVALID_EFFECT", "Effect other than Allow or Deny"),
    UNSUPPORTED_ELEMENT_COMBINATION(Severity.ERROR, "UNSUPPORTED_ELEMENT_COMBINATION",
            "Action with NotAction, Resource with NotResource or Principal with NotPrincipal"),
    // ---- actions -----------------------------------------------------------------------------
    MISSING_ACTION(Severity.ERROR, "MISSING_ACTION", "neither Action nor NotAction"),
    INVALID_ACTION(Severity.ERROR, "INVALID_ACTION", "an action not written service:Name"),
    UNKNOWN_ACTION(Severity.ERROR, "INVALID_ACTION", "an action no service has"),
    INVALID_SERVICE_IN_ACTION(Severity.ERROR, "INVALID_SERVICE_IN_ACTION", "an action of a service that does not exist"),
    EMPTY_ARRAY_ACTION(Severity.SUGGESTION, "EMPTY_ARRAY_ACTION", "Action is an empty array"),
    REDUNDANT_ACTION(Severity.SUGGESTION, "REDUNDANT_ACTION", "an action already covered by another"),
    WILDCARD_IN_SERVICE_NAME(Severity.SUGGESTION, "WILDCARD_IN_SERVICE_NAME", "a wildcard in an action's service prefix"),
    // ---- resources ---------------------------------------------------------------------------
    MISSING_RESOURCE(Severity.ERROR, "MISSING_RESOURCE", "neither Resource nor NotResource"),
    EMPTY_ARRAY_RESOURCE(Severity.SUGGESTION, "EMPTY_ARRAY_RESOURCE", "Resource is an empty array"),
    INVALID_ARN_PREFIX(Severity.ERROR, "INVALID_ARN_PREFIX", "a resource that is neither * nor an ARN"),
    MISSING_ARN_FIELD(Severity.ERROR, "MISSING_ARN_FIELD", "an ARN with fewer than six fields"),
    INVALID_PARTITION(Severity.ERROR, "INVALID_PARTITION", "an ARN partition other than aws, aws-cn, aws-us-gov..."),
    INVALID_ARN_SERVICE_CASE(Severity.ERROR, "INVALID_ARN_SERVICE_CASE", "an ARN service not in lower case"),
    INVALID_SERVICE(Severity.ERROR, "INVALID_SERVICE", "an ARN of a service that does not exist"),
    ARN_REGION_NOT_ALLOWED(Severity.ERROR, "ARN_REGION_NOT_ALLOWED", "a Region in an ARN whose service has none"),
    MISSING_ARN_REGION(Severity.ERROR, "MISSING_ARN_REGION", "no Region in an ARN that needs one"),
    INVALID_ARN_REGION(Severity.ERROR, "INVALID_ARN_REGION", "a Region that does not exist"),
    ARN_ACCOUNT_NOT_ALLOWED(Severity.ERROR, "ARN_ACCOUNT_NOT_ALLOWED", "an account in an ARN whose service has none"),
    INVALID_ARN_ACCOUNT(Severity.ERROR, "INVALID_ARN_ACCOUNT", "an account that is not 12 digits"),
    INVALID_ARN_RESOURCE(Severity.ERROR, "INVALID_ARN_RESOURCE",
            "an ARN that matches no resource type of the statement's actions"),
    RESOURCE_MISMATCH(Severity.WARNING, "", "a resource of a type none of the statement's actions acts on"),
    UNSUPPORTED_RESOURCE_ARN_IN_POLICY(Severity.ERROR, "UNSUPPORTED_RESOURCE_ARN_IN_POLICY",
            "a resource the resource policy cannot govern"),
    UNSUPPORTED_ACTION_IN_POLICY(Severity.ERROR, "UNSUPPORTED_ACTION_IN_POLICY",
            "an action the resource policy cannot govern"),
    // ---- principals --------------------------------------------------------------------------
    MISSING_PRINCIPAL(Severity.ERROR, "MISSING_PRINCIPAL", "a resource policy statement without Principal"),
    UNSUPPORTED_PRINCIPAL(Severity.ERROR, "UNSUPPORTED_PRINCIPAL", "a Principal in a policy type that has none"),
    SCP_SYNTAX_ERROR_PRINCIPAL(Severity.ERROR, "SCP_SYNTAX_ERROR_PRINCIPAL", "a Principal in an SCP"),
    RCP_PRINCIPAL_NOT_STAR(Severity.ERROR, "", "an RCP Principal other than \"*\""),
    INVALID_PRINCIPAL_FORMAT(Severity.ERROR, "INVALID_PRINCIPAL_FORMAT", "Principal neither \"*\" nor an object"),
    INVALID_PRINCIPAL_KEY(Severity.ERROR, "INVALID_PRINCIPAL_KEY", "a principal type other than AWS, Service, Federated, CanonicalUser"),
    UNSUPPORTED_WILDCARD_IN_PRINCIPAL(Severity.ERROR, "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "a wildcard inside a principal value"),
    INVALID_SERVICE_PRINCIPAL_FORMAT(Severity.ERROR, "INVALID_SERVICE_PRINCIPAL_FORMAT",
            "a service principal not written name.amazonaws.com"),
    EMPTY_OBJECT_PRINCIPAL(Severity.SUGGESTION, "EMPTY_OBJECT_PRINCIPAL", "Principal is {}"),
    EMPTY_ARRAY_PRINCIPAL(Severity.SUGGESTION, "EMPTY_ARRAY_PRINCIPAL", "a principal type with an empty array"),
    INVALID_ROLE_REFERENCE(Severity.WARNING, "INVALID_ROLE_REFERENCE", "a role unique ID (AROA...) as principal"),
    INVALID_USER_REFERENCE(Severity.WARNING, "INVALID_USER_REFERENCE", "a user unique ID (AIDA...) as principal"),
    ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL(Severity.ERROR, "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL",
            "NotPrincipal in a role trust policy"),
    ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL(Severity.ERROR,
            "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "\"Principal\": \"*\" in a role trust policy"),
    ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE(Severity.ERROR, "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE",
            "Resource in a role trust policy"),
    MISMATCHED_ACTION_FOR_PRINCIPAL(Severity.ERROR, "MISMATCHED_ACTION_FOR_PRINCIPAL",
            "a SAML or OIDC provider with the wrong AssumeRole action"),
    MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL(Severity.SECURITY_WARNING, "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL",
            "an OIDC provider trusted without a condition on its claims"),
    MISSING_GITHUB_REPO_CONDITION_KEY(Severity.SECURITY_WARNING, "MISSING_GITHUB_REPO_CONDITION_KEY",
            "GitHub's OIDC provider trusted without a :sub condition"),
    SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED(Severity.WARNING, "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED",
            "a wildcard in token.actions.githubusercontent.com:sub"),
    RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL(Severity.SECURITY_WARNING, "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL",
            "a service principal granted access without aws:SourceArn or aws:SourceAccount"),
    FEDERATED_PRINCIPAL_NOT_SUPPORTED(Severity.ERROR, "FEDERATED_PRINCIPAL_NOT_SUPPORTED",
            "a Federated principal in a resource policy other than a role trust policy"),
    INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY(Severity.ERROR,
            "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY", "a Federated principal neither a domain nor a provider ARN"),
    MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY(Severity.ERROR, "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY",
            "IAM Roles Anywhere without sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession"),
    MISSING_ACTION_FOR_CONDITION_KEY(Severity.ERROR, "MISSING_ACTION_FOR_CONDITION_KEY",
            "a trust policy condition on session tags or source identity without sts:TagSession / sts:SetSourceIdentity"),
    REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY(Severity.SUGGESTION, "REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY",
            "an assumed-role principal next to its role"),
    UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL(Severity.ERROR, "UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL",
            "a principal key (aws:PrincipalArn...) on a statement only for service principals"),
    // ---- conditions --------------------------------------------------------------------------
    INVALID_CONDITION_OPERATOR(Severity.ERROR, "INVALID_CONDITION_OPERATOR", "an operator IAM does not have"),
    INVALID_CONDITION_KEY_FORMAT(Severity.ERROR, "INVALID_CONDITION_KEY_FORMAT", "a key not written service:name"),
    INVALID_GLOBAL_CONDITION_KEY(Severity.ERROR, "INVALID_GLOBAL_CONDITION_KEY", "an aws: key that does not exist"),
    INVALID_SERVICE_CONDITION_KEY(Severity.ERROR, "INVALID_SERVICE_CONDITION_KEY", "a service key that does not exist"),
    UNSUPPORTED_GLOBAL_CONDITION_KEY(Severity.ERROR, "UNSUPPORTED_GLOBAL_CONDITION_KEY", "aws:ARN"),
    MISSING_TAG_KEY_IN_CONDITION(Severity.ERROR, "MISSING_TAG_KEY_IN_CONDITION", "aws:RequestTag/ with no tag key"),
    UNSUPPORTED_ACTION_FOR_CONDITION_KEY(Severity.ERROR, "UNSUPPORTED_ACTION_FOR_CONDITION_KEY",
            "a service key that none of the statement's actions supports"),
    DUPLICATE_KEYS_WITH_DIFFERENT_CASE(Severity.ERROR, "DUPLICATE_KEYS_WITH_DIFFERENT_CASE",
            "the same key twice in one operator block, in different case"),
    TYPE_MISMATCH(Severity.WARNING, "TYPE_MISMATCH", "an operator of the wrong type for the key"),
    MISSING_QUALIFIER(Severity.ERROR, "MISSING_QUALIFIER", "a multivalued key without ForAllValues/ForAnyValue"),
    FORALLVALUES_WITH_SINGLE_VALUED_KEY(Severity.SECURITY_WARNING, "FORALLVALUES_WITH_SINGLE_VALUED_KEY",
            "ForAllValues on a single-valued key in an Allow"),
    SET_OPERATOR_WITH_SINGLE_VALUED_KEY(Severity.WARNING, "",
            "ForAllValues/ForAnyValue on a single-valued key"),
    NULL_WITH_IF_EXISTS(Severity.ERROR, "NULL_WITH_IF_EXISTS", "NullIfExists"),
    NULL_WITH_QUALIFIER(Severity.SUGGESTION, "NULL_WITH_QUALIFIER", "ForAllValues:Null or ForAnyValue:Null"),
    TYPE_MISMATCH_NUMBER(Severity.WARNING, "TYPE_MISMATCH_NUMBER", "a Numeric operator value that is not a number"),
    TYPE_MISMATCH_DATE(Severity.WARNING, "TYPE_MISMATCH_DATE", "a Date operator value that is not a date"),
    TYPE_MISMATCH_IP_RANGE(Severity.WARNING, "TYPE_MISMATCH_IP_RANGE", "an IpAddress value that is not an IP or CIDR"),
    TYPE_MISMATCH_BOOLEAN(Severity.WARNING, "TYPE_MISMATCH_BOOLEAN", "a Bool or Null value that is not true or false"),
    TYPE_MISMATCH_STRING(Severity.WARNING, "TYPE_MISMATCH_STRING", "a BinaryEquals value that is not base64"),
    INVALID_CONDITION_DATA_TYPE(Severity.ERROR, "INVALID_CONDITION_DATA_TYPE",
            "values of one key mixing JSON types (string, number, boolean)"),
    INVALID_CONDITION_MULTIPLE_BOOLEAN(Severity.ERROR, "INVALID_CONDITION_MULTIPLE_BOOLEAN", "Bool with both true and false"),
    INVALID_DATE_VALUE(Severity.WARNING, "INVALID_DATE_VALUE", "an epoch date"),
    IMPROVE_IP_RANGE(Severity.SUGGESTION, "IMPROVE_IP_RANGE", "a CIDR block with host bits set"),
    PRIVATE_IP_ADDRESS(Severity.ERROR, "PRIVATE_IP_ADDRESS", "aws:SourceIp with only private ranges"),
    PRIVATE_NOT_IP_ADDRESS(Severity.ERROR, "PRIVATE_NOT_IP_ADDRESS", "NotIpAddress aws:SourceIp with only private ranges"),
    PRIVATE_IP_ADDRESS_SUBSET(Severity.SUGGESTION, "PRIVATE_IP_ADDRESS_SUBSET", "aws:SourceIp mixing private and public"),
    PRIVATE_NOT_IP_ADDRESS_SUBSET(Severity.SUGGESTION, "PRIVATE_NOT_IP_ADDRESS_SUBSET",
            "NotIpAddress aws:SourceIp mixing private and public"),
    INVALID_REGION(Severity.ERROR, "INVALID_REGION", "aws:RequestedRegion naming no Region"),
    INVALID_VPC_FORMAT(Severity.ERROR, "INVALID_VPC_FORMAT", "aws:SourceVpc not vpc-..."),
    INVALID_VPCE_FORMAT(Severity.ERROR, "INVALID_VPCE_FORMAT", "aws:SourceVpce not vpce-..."),
    REDUNDANT_CONDITION_VALUE_NUM(Severity.SUGGESTION, "REDUNDANT_CONDITION_VALUE_NUM",
            "several values for one numeric comparison"),
    WILDCARD_WITHOUT_LIKE_OPERATOR(Severity.WARNING, "WILDCARD_WITHOUT_LIKE_OPERATOR", "* or ? with an Equals operator"),
    EMPTY_ARRAY_CONDITION(Severity.SUGGESTION, "EMPTY_ARRAY_CONDITION", "a key with an empty array of values"),
    EMPTY_ARRAY_CONDITION_FORALLVALUES(Severity.SUGGESTION, "EMPTY_ARRAY_CONDITION_FORALLVALUES",
            "ForAllValues with an empty array"),
    EMPTY_ARRAY_CONDITION_FORANYVALUE(Severity.SUGGESTION, "EMPTY_ARRAY_CONDITION_FORANYVALUE",
            "ForAnyValue with an empty array"),
    EMPTY_ARRAY_CONDITION_IFEXISTS(Severity.SUGGESTION, "EMPTY_ARRAY_CONDITION_IFEXISTS", "IfExists with an empty array"),
    EMPTY_OBJECT_CONDITION(Severity.SUGGESTION, "EMPTY_OBJECT_CONDITION", "an empty Condition or operator block"),
    DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SECURITY_WARNING,
            "DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", "a Deny on a tag key some of its services ignore"),
    DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SECURITY_WARNING,
            "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", "a NotAction Deny on a tag key"),
    ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SUGGESTION,
            "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", "an Allow on a tag key some of its services ignore"),
    ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(Severity.SUGGESTION,
            "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", "a NotAction Allow on a tag key"),
    // ---- policy variables ----------------------------------------------------------------------
    VARIABLE_UNSUPPORTED_IN_VERSION(Severity.ERROR, "VARIABLE_UNSUPPORTED_IN_VERSION", "a variable without Version 2012-10-17"),
    INVALID_VARIABLE_FOR_OPERATOR(Severity.ERROR, "INVALID_VARIABLE_FOR_OPERATOR", "a variable with a non-string operator"),
    VARIABLE_UNSUPPORTED_IN_ELEMENT(Severity.ERROR, "VARIABLE_UNSUPPORTED_IN_ELEMENT",
            "a variable outside Resource and Condition"),
    MISSING_BRACE_IN_VARIABLE(Severity.ERROR, "MISSING_BRACE_IN_VARIABLE", "${ without its }"),
    EMPTY_VARIABLE(Severity.ERROR, "EMPTY_VARIABLE", "${}"),
    UNSUPPORTED_SPACE_IN_VARIABLE(Severity.ERROR, "UNSUPPORTED_SPACE_IN_VARIABLE", "a space inside ${...}"),
    MISSING_QUOTE_IN_VARIABLE(Severity.ERROR, "MISSING_QUOTE_IN_VARIABLE", "a default value not in single quotes"),
    UNKNOWN_VARIABLE(Severity.WARNING, "", "a variable that names no request key"),
    // ---- too permissive ---------------------------------------------------------------------
    ALLOW_WITH_NOT_PRINCIPAL(Severity.SECURITY_WARNING, "ALLOW_WITH_NOT_PRINCIPAL", "Allow with NotPrincipal"),
    PASS_ROLE_WITH_STAR_IN_RESOURCE(Severity.SECURITY_WARNING, "PASS_ROLE_WITH_STAR_IN_RESOURCE",
            "iam:PassRole on a resource with a wildcard"),
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE(Severity.SECURITY_WARNING, "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE",
            "an action wildcard granting iam:PassRole on a resource with a wildcard"),
    PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION(Severity.SECURITY_WARNING,
            "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION", "NotAction granting iam:PassRole on a wildcard resource"),
    PASS_ROLE_WITH_NOT_RESOURCE(Severity.SECURITY_WARNING, "PASS_ROLE_WITH_NOT_RESOURCE", "iam:PassRole with NotResource"),
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE(Severity.SECURITY_WARNING,
            "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE", "an action wildcard granting iam:PassRole with NotResource"),
    PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE(Severity.SECURITY_WARNING,
            "PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE", "NotAction and NotResource granting iam:PassRole"),
    CREATE_SLR_WITH_STAR_IN_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_STAR_IN_RESOURCE",
            "iam:CreateServiceLinkedRole on a resource with a wildcard"),
    CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE",
            "an action wildcard granting iam:CreateServiceLinkedRole on a wildcard resource"),
    CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION(Severity.WARNING, "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOTACTION",
            "NotAction granting iam:CreateServiceLinkedRole on a wildcard resource"),
    CREATE_SLR_WITH_NOT_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_NOT_RESOURCE",
            "iam:CreateServiceLinkedRole with NotResource"),
    CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOTRESOURCE",
            "an action wildcard granting iam:CreateServiceLinkedRole with NotResource"),
    CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE(Severity.WARNING, "CREATE_SLR_WITH_NOTACTION_AND_NOTRESOURCE",
            "NotAction and NotResource granting iam:CreateServiceLinkedRole"),
    ALLOW_WITH_NOT_ACTION(Severity.SECURITY_WARNING, "", "Allow with NotAction that reaches privilege escalation"),
    ALLOW_WITH_NOT_RESOURCE(Severity.SECURITY_WARNING, "", "Allow with NotResource"),
    FULL_ADMIN(Severity.SECURITY_WARNING, "", "Action * on Resource *"),
    PERMISSIONS_MANAGEMENT_ON_STAR(Severity.SECURITY_WARNING, "", "permissions-management actions on Resource *"),
    CREDENTIALS_EXPOSURE_ON_STAR(Severity.SECURITY_WARNING, "", "credential-issuing actions on Resource *"),
    // ---- tidiness ------------------------------------------------------------------------------
    REDUNDANT_STATEMENT(Severity.SUGGESTION, "REDUNDANT_STATEMENT", "a statement another already covers"),
    REDUNDANT_RESOURCE(Severity.SUGGESTION, "REDUNDANT_RESOURCE", "a resource already covered by another");

    private final Severity severity;
    private final String accessAnalyzer;
    private final String summary;

    LintCode(Severity severity, String accessAnalyzer, String summary) {
        this.severity = severity;
        this.accessAnalyzer = accessAnalyzer;
        this.summary = summary;
    }

    public Severity severity() {
        return severity;
    }

    /** Access Analyzer's issue code for the same check, or "" when it has none. */
    public String accessAnalyzerCode() {
        return accessAnalyzer;
    }

    public String summary() {
        return summary;
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
