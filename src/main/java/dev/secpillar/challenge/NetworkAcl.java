package dev.secpillar.challenge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A network ACL: stateless, with numbered allow and deny rules per direction, evaluated from
 * the lowest number up; the first rule that matches decides, and traffic no rule matches is
 * denied by the final "*" rule. Being stateless, it checks the response to a connection on its
 * own, on the client's ephemeral ports.
 */
record NetworkAcl(String name, List<Rule> inbound, List<Rule> outbound) {
    NetworkAcl {
        inbound = inbound.stream().sorted(Comparator.comparingInt(Rule::number)).toList();
        outbound = outbound.stream().sorted(Comparator.comparingInt(Rule::number)).toList();
    }

    record Rule(int number, Protocol protocol, PortRange ports, Cidr cidr, boolean allow) {
        boolean matches(Protocol p, int port, int address) {
            return protocol.covers(p) && (!p.hasPorts() || !protocol.hasPorts() || ports.contains(port))
                    && cidr.contains(address);
        }
    }

    /** What the ACL did with some traffic: allowed, or the rule that denied it (0 for "*"), for which ports. */
    record Verdict(boolean allowed, int rule, String ports) {
        String ruleName() {
            return rule == 0 ? "*" : String.valueOf(rule);
        }
    }

    /** The default network ACL of a VPC allows everything both ways. */
    static NetworkAcl allowAll(String name) {
        List<Rule> all = List.of(new Rule(100, Protocol.ALL, PortRange.ALL, Cidr.ANYWHERE, true));
        return new NetworkAcl(name, all, all);
    }

    /**
     * Decides for every port of {@code ports}: the range is cut where rules start and end, and
     * each piece goes through the rules in order. The first piece denied is reported.
     */
    Verdict decide(boolean in, Protocol p, PortRange ports, int address) {
        List<Rule> rules = in ? inbound : outbound;
        if (!p.hasPorts()) {
            Rule r = first(rules, p, 0, address);
            return r != null && r.allow() ? new Verdict(true, r.number(), "") : new Verdict(false, r == null ? 0 : r.number(), "");
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(ports.from());
        for (Rule r : rules) {
            if (r.protocol().covers(p) && r.cidr().contains(address) && r.protocol().hasPorts()) {
                if (r.ports().from() > ports.from() && r.ports().from() <= ports.to()) {
                    cuts.add(r.ports().from());
                }
                if (r.ports().to() + 1 > ports.from() && r.ports().to() + 1 <= ports.to()) {
                    cuts.add(r.ports().to() + 1);
                }
            }
        }
        List<Integer> starts = new ArrayList<>(cuts);
        int lastRule = 0;
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : ports.to();
            Rule r = first(rules, p, from, address);
            if (r == null || !r.allow()) {
                return new Verdict(false, r == null ? 0 : r.number(), new PortRange(from, to).toString());
            }
            lastRule = r.number();
        }
        return new Verdict(true, lastRule, ports.toString());
    }

    private static Rule first(List<Rule> rules, Protocol p, int port, int address) {
        for (Rule r : rules) {
            if (r.matches(p, port, address)) {
                return r;
            }
        }
        return null;
    }
}
