package dev.secpillar.policy;

import static dev.secpillar.policy.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the evaluation logic, over generated worlds (issue 3, "Tests and proof"). */
class EvaluationPropertiesTest {

    private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:Get*", "s3:*", "*", "s3:PutObject",
            "ec2:*", "iam:PassRole", "s3:?etObject");
    private static final List<String> RESOURCES = List.of("*", "arn:aws:s3:::reports/*", "arn:aws:s3:::other/*",
            "arn:aws:s3:::reports/q1.csv", "arn:aws:iam::*:role/*", "arn:aws:s3:::home/${aws:username}/*");
    private static final List<String> CONDITIONS = List.of("",
            "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}",
            "{\"StringNotEquals\":{\"aws:RequestedRegion\":[\"eu-west-1\",\"eu-central-1\"]}}",
            "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}",
            "{\"Null\":{\"aws:MultiFactorAuthAge\":\"true\"}}",
            "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"team\"]}}",
            "{\"ForAnyValue:StringLike\":{\"aws:TagKeys\":[\"t*\"]}}",
            "{\"NumericLessThanIfExists\":{\"aws:MultiFactorAuthAge\":\"3600\"}}",
            "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::111122223333:*\"}}");
    private static final List<String> PRINCIPALS = List.of("\"*\"", "{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"}",
            "{\"AWS\":\"111122223333\"}", "{\"AWS\":\"arn:aws:iam::111122223333:role/Reader\"}",
            "{\"AWS\":\"arn:aws:sts::111122223333:assumed-role/Reader/s1\"}", "{\"AWS\":\"444455556666\"}",
            "{\"Service\":\"cloudtrail.amazonaws.com\"}");
    private static final List<String> REQUESTERS = List.of(Fixtures.ALICE, Fixtures.SESSION, Fixtures.OUTSIDER,
            "arn:aws:iam::111122223333:root", "cloudtrail.amazonaws.com");

    // ---- generators -------------------------------------------------------------------

    private static Arbitrary<String> statement(boolean withPrincipal) {
        Arbitrary<String> effect = Arbitraries.of("Allow", "Deny");
        Arbitrary<String> action = Arbitraries.of(ACTIONS).list().ofMinSize(1).ofMaxSize(2).map(EvaluationPropertiesTest::json);
        Arbitrary<Boolean> notAction = Arbitraries.of(false, false, false, true);
        Arbitrary<String> resource = Arbitraries.of(RESOURCES).list().ofMinSize(1).ofMaxSize(2).map(EvaluationPropertiesTest::json);
        Arbitrary<String> condition = Arbitraries.of(CONDITIONS);
        Arbitrary<String> principal = withPrincipal ? Arbitraries.of(PRINCIPALS) : Arbitraries.just("");
        Arbitrary<Boolean> notPrincipal = withPrincipal ? Arbitraries.of(false, false, false, true) : Arbitraries.just(false);
        return Combinators.combine(effect, action, notAction, resource, condition, principal, notPrincipal)
                .as((e, a, na, r, c, p, np) -> "{\"Effect\":\"" + e + "\"," + (na ? "\"NotAction\":" : "\"Action\":") + a
                        + ",\"Resource\":" + r + (c.isEmpty() ? "" : ",\"Condition\":" + c)
                        + (p.isEmpty() ? "" : (np && !p.equals("\"*\"") ? ",\"NotPrincipal\":" : ",\"Principal\":") + p) + "}");
    }

    private static String json(List<String> values) {
        return values.size() == 1 ? "\"" + values.get(0) + "\"" : "[\"" + String.join("\",\"", values) + "\"]";
    }

    private static Arbitrary<List<String>> statements(boolean withPrincipal) {
        return statement(withPrincipal).list().ofMinSize(1).ofMaxSize(4);
    }

    private static PolicyDocument doc(List<String> statements) {
        return policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
    }

    private static Arbitrary<Request> requests() {
        Arbitrary<String> principal = Arbitraries.of(REQUESTERS);
        Arbitrary<String> action = Arbitraries.of("s3:GetObject", "s3:PutObject", "ec2:RunInstances", "iam:PassRole");
        Arbitrary<String> resource = Arbitraries.of(Fixtures.OBJECT, "arn:aws:s3:::other/x",
                "arn:aws:s3:::home/alice/a", "arn:aws:iam::111122223333:role/Admin");
        Arbitrary<String> region = Arbitraries.of("eu-west-1", "us-east-1", "");
        Arbitrary<String> ip = Arbitraries.of("203.0.113.9", "198.51.100.7", "");
        Arbitrary<List<String>> tags = Arbitraries.of("team", "cost", "admin").list().ofMaxSize(2);
        Arbitrary<String> account = Arbitraries.of(Fixtures.ACCOUNT, Fixtures.OTHER);
        return Combinators.combine(principal, action, resource, region, ip, tags, account).as((p, a, r, reg, addr, t, acct) -> {
            Request.Builder b = Request.builder().principal(p).action(a).resource(r).resourceAccount(acct);
            if (!reg.isEmpty()) {
                b.context("aws:RequestedRegion", reg);
            }
            if (!addr.isEmpty()) {
                b.context("aws:SourceIp", addr);
            }
            if (!t.isEmpty()) {
                b.context("aws:TagKeys", t);
            }
            return b.build();
        });
    }

    /** Raw material for a world: statement lists per policy type, so tests can change one part. */
    record World(List<String> identity, List<String> resource, List<String> boundary, List<List<String>> scps,
                 Request request) {
        Scenario.Builder builder() {
            Scenario.Builder b = Scenario.builder().identityPolicy(doc(identity)).request(request);
            if (!resource.isEmpty()) {
                b.resourcePolicy(doc(resource));
            }
            if (!boundary.isEmpty()) {
                b.permissionBoundary(doc(boundary));
            }
            scps.forEach(level -> b.scpLevel(List.of(doc(level))));
            return b;
        }

        Decision decide() {
            return PolicyEvaluator.evaluate(builder().build()).decision();
        }
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<List<String>> maybeResource = Arbitraries.oneOf(Arbitraries.just(List.of()), statements(true));
        Arbitrary<List<String>> maybeBoundary = Arbitraries.oneOf(Arbitraries.just(List.of()), statements(false));
        Arbitrary<List<List<String>>> scps = statements(false).list().ofMaxSize(2);
        return Combinators.combine(statements(false), maybeResource, maybeBoundary, scps, requests()).as(World::new);
    }

    @Provide
    Arbitrary<String> denyStatements() {
        return statement(false).map(s -> s.replace("\"Effect\":\"Allow\"", "\"Effect\":\"Deny\""));
    }

    // ---- invariants -------------------------------------------------------------------

    @Property(tries = 200)
    void addingADenyNeverGrants(@ForAll("worlds") World w, @ForAll("denyStatements") String deny) {
        List<String> identity = new ArrayList<>(w.identity());
        identity.add(deny);
        World more = new World(identity, w.resource(), w.boundary(), w.scps(), w.request());
        if (w.decide() != Decision.ALLOW) {
            assertThat(more.decide()).isNotEqualTo(Decision.ALLOW);
        }
        if (w.decide() == Decision.EXPLICIT_DENY) {
            assertThat(more.decide()).isEqualTo(Decision.EXPLICIT_DENY);
        }
    }

    @Property(tries = 200)
    void addingAnScpLevelNeverWidens(@ForAll("worlds") World w, @ForAll("scpLevel") List<String> level) {
        List<List<String>> scps = new ArrayList<>(w.scps());
        scps.add(level);
        World more = new World(w.identity(), w.resource(), w.boundary(), scps, w.request());
        if (w.decide() != Decision.ALLOW) {
            assertThat(more.decide()).isNotEqualTo(Decision.ALLOW);
        }
    }

    @Provide
    Arbitrary<List<String>> scpLevel() {
        return statements(false);
    }

    @Property(tries = 200)
    void aBoundaryNeverWidens(@ForAll("worlds") World w, @ForAll("scpLevel") List<String> boundary) {
        World without = new World(w.identity(), w.resource(), List.of(), w.scps(), w.request());
        World with = new World(w.identity(), w.resource(), boundary, w.scps(), w.request());
        if (without.decide() != Decision.ALLOW) {
            assertThat(with.decide()).isNotEqualTo(Decision.ALLOW);
        }
    }

    @Property(tries = 200)
    void statementOrderDoesNotMatter(@ForAll("worlds") World w, @ForAll long seed) {
        Random random = new Random(seed);
        World shuffled = new World(shuffle(w.identity(), random), shuffle(w.resource(), random),
                shuffle(w.boundary(), random), w.scps().stream().map(l -> shuffle(l, random)).toList(), w.request());
        assertThat(shuffled.decide()).isEqualTo(w.decide());
    }

    @Property(tries = 100)
    void theTraceAgreesWithTheDecision(@ForAll("worlds") World w) {
        EvaluationResult r = PolicyEvaluator.evaluate(w.builder().build());
        boolean anyDenyApplies = r.trace().policies().stream()
                .filter(p -> !p.verdict().startsWith("not applied"))
                .flatMap(p -> p.statements().stream())
                .anyMatch(s -> s.applies() && s.effect() == Effect.DENY);
        assertThat(anyDenyApplies).isEqualTo(r.decision() == Decision.EXPLICIT_DENY);
        assertThat(r.reasons()).isNotEmpty();
    }

    private static List<String> shuffle(List<String> list, Random random) {
        List<String> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
