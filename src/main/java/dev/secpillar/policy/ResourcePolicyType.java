package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which resource a resource policy is attached to: Access Analyzer runs different checks on a
 * role trust policy, a bucket policy or a key policy. Given with {@code --resource-type} or
 * guessed from the actions.
 */
public enum ResourcePolicyType {
    ROLE_TRUST("role trust policy", "sts", "role-trust"),
    S3_BUCKET("S3 bucket policy", "s3", "s3-bucket"),
    KMS_KEY("KMS key policy", "kms", "kms-key"),
    SQS_QUEUE("SQS queue policy", "sqs", "sqs-queue"),
    SNS_TOPIC("SNS topic policy", "sns", "sns-topic"),
    SECRET("Secrets Manager secret policy", "secretsmanager", "secret"),
    LAMBDA_FUNCTION("Lambda function policy", "lambda", "lambda-function"),
    ECR_REPOSITORY("ECR repository policy", "ecr", "ecr-repository"),
    OTHER("resource policy", "", "other");

    private final String label;
    private final String service;
    private final String option;

    ResourcePolicyType(String label, String service, String option) {
        this.label = label;
        this.service = service;
        this.option = option;
    }

    public String label() {
        return label;
    }

    /** The service whose actions alone the policy may hold ("" for OTHER). */
    public String service() {
        return service;
    }

    /** "S3 bucket policy", "role trust policy", ... in the learner's language. */
    Text words() {
        return Text.of("lint.resourceType." + name());
    }

    /** How --resource-type names it. */
    public String option() {
        return option;
    }

    public static ResourcePolicyType fromOption(String text) {
        for (ResourcePolicyType t : values()) {
            if (t.option.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        return null;
    }

    public static List<String> options() {
        return java.util.Arrays.stream(values()).map(ResourcePolicyType::option).toList();
    }

    /**
     * A statement without Resource whose actions are all sts: (AssumeRole...) is a role trust
     * policy; actions of one service make that service's policy; anything else is OTHER.
     */
    static ResourcePolicyType guess(PolicyDocument doc) {
        Set<String> services = new HashSet<>();
        boolean noResource = false;
        for (Statement st : doc.statements()) {
            noResource |= !st.hasResourceElement();
            for (String a : st.actions()) {
                int colon = a.indexOf(':');
                if (colon > 0) {
                    services.add(a.substring(0, colon).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (services.size() == 1) {
            String only = services.iterator().next();
            if (only.equals("sts")) {
                return noResource ? ROLE_TRUST : OTHER;
            }
            for (ResourcePolicyType t : values()) {
                if (t != ROLE_TRUST && t.service.equals(only)) {
                    return t;
                }
            }
        }
        return noResource && services.contains("sts") ? ROLE_TRUST : OTHER;
    }
}
