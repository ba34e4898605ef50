package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static dev.secpillar.challenge.TestChallenges.failing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkCheckerTest {
    static final String VPC = """
            id: net
            kind: network
            title: Net
            story: A small VPC.
            given:
              vpc: 10.0.0.0/16
              subnets:
                - {name: public, cidr: 10.0.1.0/24, route: internet, nacl: public-nacl}
                - {name: private, cidr: 10.0.2.0/24, route: nat}
                - {name: data, cidr: 10.0.3.0/24, route: none}
              instances:
                - {name: web, subnet: public, ip: 10.0.1.10, public_ip: true, security_groups: [web-sg]}
                - {name: app, subnet: private, ip: 10.0.2.10, security_groups: [app-sg]}
                - {name: other, subnet: private, ip: 10.0.2.20, security_groups: [other-sg]}
                - {name: db, subnet: data, ip: 10.0.3.10, security_groups: [db-sg]}
              security_groups:
                app-sg: {inbound: [{protocol: tcp, ports: 8080, source: web-sg}]}
                other-sg: {inbound: []}
              network_acls:
                public-nacl:
                  inbound:
                    - {rule: 50, protocol: all, source: 203.0.113.0/24, action: deny}
                    - {rule: 100, protocol: tcp, ports: 443, source: 0.0.0.0/0, action: allow}
                    - {rule: 105, protocol: tcp, ports: 22, source: 0.0.0.0/0, action: allow}
                    - {rule: 110, protocol: tcp, ports: 1024-65535, source: 10.0.0.0/16, action: allow}
                  outbound:
                    - {rule: 100, protocol: tcp, ports: 8080, destination: 10.0.2.0/24, action: allow}
                    - {rule: 110, protocol: tcp, ports: 1024-65535, destination: 0.0.0.0/0, action: allow}
            start:
              security_groups:
                web-sg: {inbound: [{protocol: tcp, ports: 22, source: 0.0.0.0/0}]}
                db-sg: {inbound: [{protocol: tcp, ports: 5432, source: 10.0.0.0/16}]}
            solution:
              security_groups:
                web-sg: {inbound: [{protocol: tcp, ports: 443, source: 0.0.0.0/0}]}
                db-sg: {inbound: [{protocol: tcp, ports: 5432, source: app-sg}], outbound: []}
            cases:
              - {name: https, from: 198.51.100.7, to: web, protocol: tcp, port: 443, expect: allowed}
              - {name: ssh, from: 198.51.100.7, to: web, protocol: tcp, port: 22, expect: blocked}
              - {name: web to app, from: web, to: app, protocol: tcp, port: 8080, expect: allowed}
              - {name: app to db, from: app, to: db, protocol: tcp, port: 5432, expect: allowed}
              - {name: other to db, from: other, to: db, protocol: tcp, port: 5432, expect: blocked}
            """;

    @Test
    void securityGroupsAllowAndReferenceOtherGroups() {
        Checker c = compile(VPC);
        CheckReport start = c.check(c.start());
        assertThat(failing(start)).containsExactly("https", "ssh", "other to db");
        assertThat(start.cases().get(0).reason())
                .isEqualTo("blocked: no security group of web (web-sg) allows inbound tcp 443 from 198.51.100.7 (internet)");
        assertThat(start.cases().get(4).reason()).isEqualTo("allowed: other-sg lets out all traffic to 0.0.0.0/0;"
                + " db-sg lets in tcp 5432 from 10.0.0.0/16");
        assertThat(c.check(c.solution()).passed()).isTrue();
    }

    @Test
    void aNetworkAclDecidesByItsLowestMatchingRuleNumber() {
        Checker c = compile("""
                id: order
                kind: network
                title: Order
                story: Rule order.
                given:
                  vpc: 10.0.0.0/16
                  subnets: [{name: public, cidr: 10.0.1.0/24, route: internet, nacl: public-nacl}]
                  instances: [{name: web, subnet: public, ip: 10.0.1.10, public_ip: true, security_groups: [web-sg]}]
                  security_groups: {web-sg: {inbound: [{protocol: tcp, ports: 443, source: 0.0.0.0/0}]}}
                start:
                  network_acls:
                    public-nacl:
                      inbound:
                        - {rule: 100, protocol: tcp, ports: 443, source: 0.0.0.0/0, action: allow}
                        - {rule: 200, protocol: all, source: 203.0.113.0/24, action: deny}
                      outbound: [{rule: 100, protocol: tcp, ports: 1024-65535, destination: 0.0.0.0/0, action: allow}]
                solution:
                  network_acls:
                    public-nacl:
                      inbound:
                        - {rule: 50, protocol: all, source: 203.0.113.0/24, action: deny}
                        - {rule: 100, protocol: tcp, ports: 443, source: 0.0.0.0/0, action: allow}
                      outbound: [{rule: 100, protocol: tcp, ports: 1024-65535, destination: 0.0.0.0/0, action: allow}]
                cases:
                  - {name: attacker, from: 203.0.113.5, to: web, protocol: tcp, port: 443, expect: blocked}
                  - {name: visitor, from: 198.51.100.7, to: web, protocol: tcp, port: 443, expect: allowed}
                """);
        assertThat(c.check(c.start()).cases().get(0).reason())
                .isEqualTo("allowed: public-nacl inbound rule 100; web-sg lets in tcp 443 from 0.0.0.0/0");
        CaseResult attacker = c.check(c.solution()).cases().get(0);
        assertThat(attacker.pass()).isTrue();
        assertThat(attacker.reason())
                .isEqualTo("blocked: public-nacl (subnet public): tcp 443 from 203.0.113.5 (internet); inbound rule 50 denies it");
        assertThat(c.unreachableCases()).isEmpty();
    }

    @Test
    void returnTrafficNeedsItsOwnRuleInAStatelessAcl() {
        String noReturn = VPC.replace("- {rule: 110, protocol: tcp, ports: 1024-65535, destination: 0.0.0.0/0, action: allow}",
                "- {rule: 110, protocol: tcp, ports: 1024-40000, destination: 0.0.0.0/0, action: allow}");
        Checker c = compile(noReturn);
        CaseResult https = c.check(c.solution()).cases().get(0);
        assertThat(https.actual()).isEqualTo("blocked");
        assertThat(https.reason()).isEqualTo("the response is blocked: public-nacl (subnet public): tcp 40001-65535 to"
                + " 198.51.100.7 (internet); no outbound rule allows it, so rule * denies it (network ACLs are stateless:"
                + " responses need their own rule)");
    }

    @Test
    void routingDecidesBeforeAnyRule() {
        assertThat(compile(VPC).unreachableCases()).isEmpty();
        Checker c = compile(VPC + "  - {name: internet to db, from: 198.51.100.7, to: db, protocol: tcp, port: 5432,"
                + " expect: blocked}\n");
        assertThat(c.unreachableCases()).extracting(SpecProblem::message).singleElement().asString()
                .contains("'internet to db' is decided by the given network alone", "blocked by routing: subnet data");
    }

    @Test
    void allowingEverythingFromAnywhereFails() {
        Checker c = compile(VPC);
        assertThat(c.allowEverything()).contains("web-sg:", "source: 0.0.0.0/0", "protocol: all");
        assertThat(failing(c.check(c.allowEverything()))).containsExactly("ssh", "other to db");
    }

    @Test
    void answerMistakesAreLocatedInTheAnswer() {
        Checker c = compile(VPC);
        CheckReport r = c.check("""
                security_groups:
                  web-sg:
                    inbound:
                      - {protocol: tcp, ports: 99999, source: 0.0.0.0/0}
                      - {protocol: smtp, ports: 25, source: nowhere-sg}
                  db-sg: {inbound: []}
                  app-sg: {inbound: []}
                """);
        assertThat(r.evaluated()).isFalse();
        assertThat(r.problems()).extracting(AnswerProblem::located)
                .anySatisfy(m -> assertThat(m).startsWith("4:").contains("'ports' must be a port"))
                .anySatisfy(m -> assertThat(m).startsWith("5:").contains("'protocol' must be tcp, udp, icmp or all"))
                .anySatisfy(m -> assertThat(m).contains("app-sg is not part of this exercise"));
        assertThat(c.check("security_groups:\n  web-sg: {inbound: [}\n").unreadable()).get()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(c.check("security_groups:\n  web-sg: {}\n").problems()).extracting(AnswerProblem::message)
                .contains("security group db-sg is missing; keep every group of the start");
    }

    @Test
    void anAclRuleNeedsAUniqueNumberAndAnAddressRange() {
        Checker c = compile(VPC.replace("start:\n  security_groups:", "start:\n  network_acls:\n    x: {}\n  security_groups:")
                .replace("solution:\n  security_groups:", "solution:\n  network_acls:\n    x: {}\n  security_groups:"));
        CheckReport r = c.check("""
                network_acls:
                  x:
                    inbound:
                      - {rule: 100, protocol: tcp, ports: 80, source: 0.0.0.0/0, action: allow}
                      - {rule: 100, protocol: tcp, ports: 81, source: web-sg, action: maybe}
                security_groups: {web-sg: {}, db-sg: {}}
                """);
        assertThat(r.problems()).extracting(AnswerProblem::message)
                .anySatisfy(m -> assertThat(m).contains("rule 100 is already used"))
                .anySatisfy(m -> assertThat(m).contains("cannot name a security group"))
                .anySatisfy(m -> assertThat(m).contains("'action' must be allow or deny"));
    }

    @Test
    void aNetworkAclCheckesEveryPortOfARange() {
        NetworkAcl acl = new NetworkAcl("a", java.util.List.of(
                new NetworkAcl.Rule(100, Protocol.TCP, new PortRange(1024, 2000), Cidr.ANYWHERE, true),
                new NetworkAcl.Rule(90, Protocol.TCP, new PortRange(1500, 1600), Cidr.parse("10.0.0.0/8").get(), false)),
                java.util.List.of());
        int inside = Cidr.address("10.1.2.3").get();
        assertThat(acl.decide(true, Protocol.TCP, new PortRange(1024, 2000), inside))
                .isEqualTo(new NetworkAcl.Verdict(false, 90, "1500-1600"));
        assertThat(acl.decide(true, Protocol.TCP, new PortRange(1024, 2000), Cidr.address("192.0.2.1").get()).allowed())
                .isTrue();
        assertThat(acl.decide(true, Protocol.UDP, new PortRange(53, 53), inside)).isEqualTo(new NetworkAcl.Verdict(false, 0, "53"));
    }
}
