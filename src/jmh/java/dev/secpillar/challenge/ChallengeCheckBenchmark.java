package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Positions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long re-checking an answer takes once the learner has changed it: the TUI does this on
 * every key press, so ~50 cases must come back in well under 5 ms. Each benchmark checks one
 * answer text against a compiled challenge of 50 cases (the checker parses the answer, then
 * runs every case). Run:
 * {@code mvn -q -Pbench -DskipTests package && java -jar target/benchmarks.jar ChallengeCheck -f1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChallengeCheckBenchmark {
    private static final String ROLE = "arn:aws:sts::111122223333:assumed-role/photo-app/i-0a1b2c3d4e5f";

    private Checker policy;
    private Checker detection;
    private Checker network;
    private Checker ordering;
    private String policyAnswer;
    private String detectionAnswer;
    private String networkAnswer;
    private String orderingAnswer;

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Checker compile(ChallengeKind kind, Map<String, Object> spec) {
        try {
            return Checker.compile(new Challenge("bench-" + kind.name().toLowerCase(), "bench", kind, "Bench", "Bench.",
                    List.of(), List.of(), spec, Positions.NONE));
        } catch (ChallengeSpecException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    private static Map<String, Object> policyDoc(Object... statements) {
        return map("Version", "2012-10-17", "Statement", List.of(statements));
    }

    @Setup
    public void setUp() {
        // Policy: an identity policy under an SCP level and a boundary; 5 case templates x 10 values = 50 cases.
        List<Object> cases = new ArrayList<>();
        String[] writes = {"s3:PutObject", "s3:DeleteObject", "s3:PutBucketPolicy", "s3:PutBucketAcl", "s3:DeleteBucket",
                "s3:PutObjectAcl", "s3:PutLifecycleConfiguration", "s3:PutBucketVersioning", "s3:RestoreObject",
                "s3:PutEncryptionConfiguration"};
        String[] others = {"iam:CreateUser", "iam:CreateAccessKey", "iam:AttachRolePolicy", "iam:PutRolePolicy",
                "ec2:RunInstances", "lambda:CreateFunction", "dynamodb:DeleteTable", "kms:Decrypt", "sts:AssumeRole",
                "cloudtrail:StopLogging"};
        List<String> reads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reads.add("arn:aws:s3:::reports/2024/q" + i + ".csv");
        }
        List<String> elsewhere = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            elsewhere.add("arn:aws:s3:::payroll-" + i + "/march.csv");
        }
        cases.add(map("name", "reads", "action", "s3:GetObject", "resources", reads, "expect", "allow"));
        cases.add(map("name", "no writes", "actions", List.of(writes), "resource", "arn:aws:s3:::reports/q1.csv",
                "expect", "deny"));
        cases.add(map("name", "no others", "actions", List.of(others), "resource", "*", "expect", "deny"));
        cases.add(map("name", "not elsewhere", "action", "s3:GetObject", "resources", elsewhere, "expect", "deny"));
        List<String> tls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tls.add("arn:aws:s3:::reports/2023/q" + i + ".csv");
        }
        cases.add(map("name", "tls", "action", "s3:GetObject", "resources", tls,
                "context", map("aws:SecureTransport", "true", "aws:RequestedRegion", "eu-west-1"), "expect", "allow"));
        Map<String, Object> allowAll = policyDoc(map("Effect", "Allow", "Action", "*", "Resource", "*"));
        policy = compile(ChallengeKind.POLICY, map(
                "policy_type", "identity",
                "given", map("scps", List.of(List.of(allowAll, policyDoc(map("Effect", "Deny", "Action",
                                "cloudtrail:StopLogging", "Resource", "*")))),
                        "boundary", policyDoc(map("Effect", "Allow", "Action", List.of("s3:*", "dynamodb:*"), "Resource", "*"))),
                "limits", map("no_wildcard_actions", true),
                "defaults", map("principal", ROLE),
                "start", allowAll,
                "solution", policyDoc(map("Effect", "Allow", "Action", "s3:GetObject", "Resource", "arn:aws:s3:::reports/*")),
                "cases", cases));
        policyAnswer = policy.solution();

        // Detection: 25 malicious and 25 benign CloudTrail records.
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean bad = i % 2 == 0;
            events.add(map("name", "event " + i, "expect", bad ? "match" : "no_match", "cloudtrail", map(
                    "eventVersion", "1.09", "eventTime", "2024-05-14T02:" + (10 + i % 50) + ":00Z",
                    "eventSource", "cloudtrail.amazonaws.com", "eventName", bad ? (i % 4 == 0 ? "StopLogging" : "DeleteTrail")
                            : "GetTrailStatus",
                    "awsRegion", "eu-west-1", "recipientAccountId", "111122223333", "sourceIPAddress", "198.51.100." + i,
                    "userIdentity", map("type", "IAMUser", "arn", "arn:aws:iam::111122223333:user/u" + i, "userName", "u" + i),
                    "requestParameters", map("name", "org-trail"))));
        }
        detection = compile(ChallengeKind.DETECTION, map(
                "start", map("source", List.of("aws.cloudtrail")),
                "solution", map("source", List.of("aws.cloudtrail"), "detail-type", List.of("AWS API Call via CloudTrail"),
                        "detail", map("eventName", List.of("StopLogging", "DeleteTrail"))),
                "cases", events));
        detectionAnswer = detection.solution();

        // Network: two subnets, a network ACL with ephemeral rules, 50 flows.
        List<Object> flows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int kind = i % 5;
            flows.add(switch (kind) {
                case 0 -> map("name", "https " + i, "from", "198.51.100." + i, "to", "web", "protocol", "tcp", "port", 443L,
                        "expect", "allowed");
                case 1 -> map("name", "ssh " + i, "from", "203.0.113." + i, "to", "web", "protocol", "tcp", "port", 22L,
                        "expect", "blocked");
                case 2 -> map("name", "app " + i, "from", "web", "to", "app", "protocol", "tcp", "port", 8080L,
                        "expect", "allowed");
                case 3 -> map("name", "debug " + i, "from", "web", "to", "app", "protocol", "tcp", "port", 9000L + i,
                        "expect", "blocked");
                default -> map("name", "out " + i, "from", "app", "to", "52.94.0." + i, "protocol", "tcp", "port", 443L,
                        "expect", "allowed");
            });
        }
        network = compile(ChallengeKind.NETWORK, map(
                "given", map("vpc", "10.0.0.0/16",
                        "subnets", List.of(map("name", "public", "cidr", "10.0.1.0/24", "route", "internet"),
                                map("name", "private", "cidr", "10.0.2.0/24", "route", "nat", "nacl", "private-nacl")),
                        "instances", List.of(map("name", "web", "subnet", "public", "ip", "10.0.1.10", "public_ip", true,
                                        "security_groups", List.of("web-sg")),
                                map("name", "app", "subnet", "private", "ip", "10.0.2.10", "security_groups", List.of("app-sg"))),
                        "security_groups", map("app-sg", map("inbound", List.of(map("protocol", "tcp", "ports", "all",
                                "source", "10.0.0.0/16"))))),
                "start", "security_groups:\n  web-sg: {inbound: [{protocol: tcp, ports: 22, source: 0.0.0.0/0}]}\n"
                        + "network_acls:\n  private-nacl: {}\n",
                "solution", String.join("\n",
                        "security_groups:",
                        "  web-sg:",
                        "    inbound:",
                        "      - {protocol: tcp, ports: 443, source: 0.0.0.0/0}",
                        "network_acls:",
                        "  private-nacl:",
                        "    inbound:",
                        "      - {rule: 100, protocol: tcp, ports: 8080, source: 10.0.1.0/24, action: allow}",
                        "      - {rule: 110, protocol: tcp, ports: 1024-65535, source: 10.0.0.0/16, action: deny}",
                        "      - {rule: 120, protocol: tcp, ports: 1024-65535, source: 0.0.0.0/0, action: allow}",
                        "    outbound:",
                        "      - {rule: 100, protocol: tcp, ports: 443, destination: 0.0.0.0/0, action: allow}",
                        "      - {rule: 110, protocol: tcp, ports: 1024-65535, destination: 10.0.1.0/24, action: allow}",
                        ""),
                "cases", flows));
        networkAnswer = network.solution();

        // Ordering: a playbook with a session-revoking policy and 50 cases (40 of them on the policy).
        List<Object> orderCases = new ArrayList<>(List.of(
                map("name", "contain first", "first", "deactivate"),
                map("name", "revoke", "includes", "revoke"),
                map("name", "look after containing", "before", List.of("revoke", "review")),
                map("name", "keep evidence", "excludes", "delete-user")));
        for (int i = 0; i < 23; i++) {
            orderCases.add(map("name", "old " + i, "policy_of", "revoke", "principal",
                    "arn:aws:sts::111122223333:assumed-role/deployer/x" + i, "action", "s3:PutObject",
                    "context", map("aws:TokenIssueTime", "2024-05-14T0" + (i % 9) + ":00:00Z"), "expect", "deny"));
            orderCases.add(map("name", "new " + i, "policy_of", "revoke", "principal",
                    "arn:aws:sts::111122223333:assumed-role/deployer/y" + i, "action", "s3:PutObject",
                    "context", map("aws:TokenIssueTime", "2024-05-14T1" + (i % 9) + ":00:00Z"), "expect", "allow"));
        }
        ordering = compile(ChallengeKind.ORDERING, map(
                "pool", List.of(map("id", "deactivate", "text", "Deactivate the key"),
                        map("id", "revoke", "text", "Revoke sessions", "policy", map("type", "identity",
                                "given", map("identity_policies", List.of(policyDoc(map("Effect", "Allow", "Action", "s3:*",
                                        "Resource", "*")))))),
                        map("id", "review", "text", "Review CloudTrail"),
                        map("id", "delete-user", "text", "Delete the user")),
                "defaults", map("resource", "arn:aws:s3:::site/index.html"),
                "start", List.of("review"),
                "solution", List.of("deactivate", map("revoke", policyDoc(map("Effect", "Deny", "Action", "*",
                        "Resource", "*", "Condition", map("DateLessThan", map("aws:TokenIssueTime",
                                "2024-05-14T09:00:00Z"))))), "review"),
                "cases", orderCases));
        orderingAnswer = ordering.solution();
        for (Checker c : List.of(policy, detection, network, ordering)) {
            CheckReport r = c.check(c.solution());
            if (!r.passed() || r.cases().size() < 50) {
                throw new IllegalStateException(c.challenge().kind() + ": " + r.cases().size() + " cases, passed " + r.passed());
            }
        }
    }

    @Benchmark
    public CheckReport policy50() {
        return policy.check(policyAnswer);
    }

    @Benchmark
    public CheckReport detection50() {
        return detection.check(detectionAnswer);
    }

    @Benchmark
    public CheckReport network50() {
        return network.check(networkAnswer);
    }

    @Benchmark
    public CheckReport ordering50() {
        return ordering.check(orderingAnswer);
    }
}
