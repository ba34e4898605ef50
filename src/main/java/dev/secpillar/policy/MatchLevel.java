package dev.secpillar.policy;

/**
 * How a resource policy's Principal names the requester. The difference matters in the same
 * account (rule 6): naming the exact user or session grants on its own, naming the role is
 * still limited by the boundary and session policy, naming the account only delegates to the
 * account's identity policies.
 */
enum MatchLevel {
    NONE,
    /** The principal's account (root ARN or account ID). */
    ACCOUNT,
    /** The role behind a role session, or an IAM user behind a federated-user session. */
    ISSUER,
    /** The principal itself, or "*". */
    DIRECT
}
