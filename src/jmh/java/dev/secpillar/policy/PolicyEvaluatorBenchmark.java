package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decisions per second for the two cases of issue 3, plus the challenge engine's re-check
 * (50 requests against one fixed world). Run:
 * {@code mvn -q -Pbench -DskipTests package && java -jar target/benchmarks.jar -f1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PolicyEvaluatorBenchmark {
    private static final String ALICE = "arn:aws:iam::111122223333:user/alice";

    private Scenario simple;
    private Scenario full;
    private List<Scenario> challengeCases;

    private static PolicyDocument parse(String json) {
        try {
            return PolicyParser.parse(json, "bench.json");
        } catch (PolicyParseException e) {
            throw new IllegalStateException(e.located(), e);
        }
    }

    @Setup
    public void setUp() {
        // A 10-statement identity policy; the request is granted by the last statement.
        StringBuilder sb = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        String[] services = {"ec2", "sqs", "sns", "dynamodb", "kms", "lambda", "logs", "cloudwatch", "iam"};
        for (int i = 0; i < services.length; i++) {
            sb.append("{\"Sid\":\"S").append(i).append("\",\"Effect\":\"Allow\",\"Action\":[\"").append(services[i])
                    .append(":Describe*\",\"").append(services[i]).append(":List*\"],\"Resource\":\"*\"},");
        }
        sb.append("{\"Sid\":\"Reports\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],")
                .append("\"Resource\":[\"arn:aws:s3:::reports\",\"arn:aws:s3:::reports/*\"]}]}");
        PolicyDocument identity = parse(sb.toString());
        Request get = Request.builder().principal(ALICE).action("s3:GetObject")
                .resource("arn:aws:s3:::reports/2024/q1.csv").resourceAccount("111122223333").build();
        simple = Scenario.builder().identityPolicy(identity).request(get).build();

        PolicyDocument boundary = parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:*\",\"ec2:Describe*\"],\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}]}");
        PolicyDocument fullAccess = parse("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}");
        PolicyDocument regions = parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"DenyOutsideRegion\",\"Effect\":\"Deny\",\"NotAction\":[\"iam:*\",\"sts:*\",\"organizations:*\"],"
                + "\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"aws:RequestedRegion\":[\"eu-west-1\",\"eu-central-1\"]}}}]}");
        PolicyDocument guardrails = parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"NoLeavingOrg\",\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"ProtectRoles\",\"Effect\":\"Deny\",\"Action\":[\"iam:DeleteRole\",\"iam:PutRolePolicy\"],"
                + "\"Resource\":\"arn:aws:iam::*:role/OrgAdmin\",\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/OrgAdmin\"}}}]}");
        PolicyDocument bucketPolicy = parse("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"TlsOnly\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::reports\",\"arn:aws:s3:::reports/*\"],"
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}},"
                + "{\"Sid\":\"OfficeRead\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::reports/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"2001:db8::/32\"]},"
                + "\"StringEquals\":{\"aws:PrincipalTag/team\":\"finance\"}}}]}");
        Request contextual = Request.builder().principal(ALICE).action("s3:GetObject")
                .resource("arn:aws:s3:::reports/2024/q1.csv").resourceAccount("111122223333")
                .context("aws:RequestedRegion", "eu-west-1").context("aws:SecureTransport", "true")
                .context("aws:SourceIp", "203.0.113.7").context("aws:PrincipalTag/team", "finance").build();
        full = Scenario.builder().identityPolicy(identity).permissionBoundary(boundary)
                .scpLevel(List.of(fullAccess)).scpLevel(List.of(regions)).scpLevel(List.of(guardrails))
                .resourcePolicy(bucketPolicy).request(contextual).build();

        challengeCases = new ArrayList<>();
        String[] actions = {"s3:GetObject", "s3:PutObject", "s3:ListBucket", "s3:DeleteObject", "ec2:DescribeInstances"};
        for (int i = 0; i < 50; i++) {
            Request r = Request.builder().principal(ALICE).action(actions[i % actions.length])
                    .resource("arn:aws:s3:::reports/file" + i + ".csv").resourceAccount("111122223333")
                    .context("aws:RequestedRegion", i % 3 == 0 ? "us-east-1" : "eu-west-1")
                    .context("aws:SecureTransport", "true").context("aws:SourceIp", "203.0.113." + i).build();
            challengeCases.add(full.withRequest(r));
        }
        if (PolicyEvaluator.decide(simple) != Decision.ALLOW || PolicyEvaluator.decide(full) != Decision.ALLOW) {
            throw new IllegalStateException("benchmark scenarios should be allowed");
        }
    }

    /** Case 1: a 10-statement identity policy alone. */
    @Benchmark
    public Decision simpleIdentityPolicy() {
        return PolicyEvaluator.evaluate(simple).decision();
    }

    /** Case 2: identity + boundary + 3 SCP levels + resource policy with conditions. */
    @Benchmark
    public Decision fullScenarioWithConditions() {
        return PolicyEvaluator.evaluate(full).decision();
    }

    /** The challenge engine's re-check: 50 requests against one world (one op = 50 decisions). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @BenchmarkMode(Mode.AverageTime)
    public int fiftyChallengeCases() {
        int allowed = 0;
        for (Scenario s : challengeCases) {
            if (PolicyEvaluator.decide(s) == Decision.ALLOW) {
                allowed++;
            }
        }
        return allowed;
    }
}
