package dev.secpillar.tui;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small course in memory: the seven modules of the pillar, ten lessons, a long page, code, checks. */
final class TestCourses {
    private TestCourses() {}

    static final String LONG_PAGE_LAST = "Paragraph twelve closes the page.";

    static String longPage() {
        List<String> paragraphs = new ArrayList<>();
        String[] numbers = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"};
        for (String n : numbers) {
            paragraphs.add("Paragraph " + n + " says that security is a shared job: AWS runs the cloud itself, "
                    + "and the customer looks after what they put in it, their data and their identities.");
        }
        paragraphs.add(LONG_PAGE_LAST);
        return String.join("\n\n", paragraphs);
    }

    static final String SHARED_PAGE = """
            Security in the cloud is a **shared responsibility**. AWS secures the
            infrastructure that runs every service; you secure what you build on it.

            - AWS: data centres, hardware, the hypervisor
            - You: identities, data, network rules and the `guest OS`
            """;

    static final Step.Check PATCH_CHECK = new Step.Check(
            "Who patches the guest operating system of an EC2 instance?",
            List.of("AWS", "The customer", "Nobody, it patches itself"), 1,
            "The customer manages the guest OS of an instance, including updates and security patches.");

    static final String CODE_PAGE = """
            A policy that grants only what the task needs:

            ```json
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}
            ```

            Prefer **roles** to long-term access keys.
            """;

    static Course course() {
        return new Course("AWS Security Pillar", List.of(
                module("foundations", "Security foundations", "The shared responsibility model and the design principles.",
                        lesson("fnd-shared", "foundations", "Shared responsibility",
                                new Step.Page(SHARED_PAGE), new Step.Page(longPage()), PATCH_CHECK,
                                new Step.Page("You now know who does what.")),
                        lesson("fnd-principles", "foundations", "Design principles",
                                new Step.Page("Apply security at all layers."), new Step.Page("Automate security best practices."))),
                module("iam", "Identity and access management", "Who can do what.",
                        lesson("iam-least-privilege", "iam", "Least privilege, in practice",
                                new Step.Page(CODE_PAGE),
                                new Step.Check("Which is better for a workload?", List.of("A role", "An access key"), 0,
                                        "A role hands out temporary credentials."),
                                new Step.ChallengeStep("iam-fix-s3-reader"),
                                new Step.Page("Least privilege is a habit.")),
                        lesson("iam-temporary", "iam", "Temporary credentials", new Step.Page("Use IAM Identity Center."))),
                module("detection", "Detection", "",
                        lesson("det-logging", "detection", "Logging at every layer", new Step.Page("CloudTrail, VPC Flow Logs.")),
                        lesson("det-hub", "detection", "Security Hub", new Step.Page("Findings in one place."))),
                module("infrastructure", "Infrastructure protection", "",
                        lesson("inf-layers", "infrastructure", "Defense in depth", new Step.Page("Layers of controls."))),
                module("data-protection", "Data protection", "",
                        lesson("dp-kms", "data-protection", "Encryption at rest with KMS", new Step.Page("Rotate keys."))),
                module("incident-response", "Incident response", "",
                        lesson("ir-lifecycle", "incident-response", "The incident lifecycle", new Step.Page("Prepare first."))),
                module("appsec", "Application security", "",
                        lesson("as-secrets", "appsec", "No hard-coded secrets", new Step.Page("Use Secrets Manager.")))),
                List.of(), List.of());
    }

    /** A course whose only lesson carries escape sequences and other control characters. */
    static Course hostile() {
        String page = "Bell\u0007 clear\u001b[2J red\u001b[31m title\u001b]0;pwned\u0007 csi\u009b31m "
                + "bidi\u202Eevil\u202C del\u007f end\n\n```\ncode\u001b[1mbold\n```";
        Lesson lesson = lesson("evil", "foundations", "Evil\u001b[5m title", new Step.Page(page));
        return new Course("Hostile\u001b[41m", List.of(module("foundations", "Found\u0007ations", "", lesson)),
                List.of(), List.of());
    }

    private static Module module(String id, String title, String summary, Lesson... lessons) {
        List<Challenge> challenges = id.equals("iam")
                ? List.of(new Challenge("iam-fix-s3-reader", "iam", ChallengeKind.POLICY, "Fix the S3 reader",
                        "A reporting job can read every bucket.", List.of(), List.of(), Map.of(), dev.secpillar.course.Positions.NONE))
                : List.of();
        return new Module(id, title, summary, List.of(), List.of(lessons), challenges);
    }

    private static Lesson lesson(String id, String module, String title, Step... steps) {
        return new Lesson(id, module, title, List.of(), 5, List.of(steps));
    }
}
