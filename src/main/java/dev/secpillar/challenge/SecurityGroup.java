package dev.secpillar.challenge;

import dev.secpillar.i18n.Text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A security group: allow rules only, stateful (a response to allowed traffic is always let
 * back), and rules of all the groups of an instance add up. A rule's peer is an address range
 * or another security group (traffic from the instances in that group).
 */
record SecurityGroup(String name, List<Rule> inbound, List<Rule> outbound) {
    SecurityGroup {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    record Rule(Protocol protocol, PortRange ports, Optional<Cidr> cidr, Optional<String> group) {
        boolean matches(Protocol p, int port, Peer peer) {
            if (!protocol.covers(p) || (p.hasPorts() && protocol.hasPorts() && !ports.contains(port))) {
                return false;
            }
            // A referenced group matches traffic from (or to) the instances in that group.
            return cidr.map(c -> c.contains(peer.address())).orElse(false)
                    || group.map(g -> peer.groups().contains(g)).orElse(false);
        }
    }

    /** How a rule reads in a reason: "tcp 22 from 0.0.0.0/0". */
    static Text describe(Rule r, boolean in) {
        Text what = r.protocol() == Protocol.ALL ? Text.of("challenge.network.all_traffic")
                : !r.protocol().hasPorts() ? Text.plain(r.protocol().label())
                : r.ports().equals(PortRange.ALL) ? Text.of("challenge.network.all_ports", r.protocol().label())
                : Text.plain(r.protocol().label() + " " + r.ports());
        return Text.of(in ? "challenge.network.traffic_from" : "challenge.network.traffic_to", what,
                r.cidr().map(Cidr::toString).orElseGet(() -> r.group().orElse("?")));
    }

    java.util.Optional<Rule> firstIn(Protocol p, int port, Peer from) {
        return inbound.stream().filter(r -> r.matches(p, port, from)).findFirst();
    }

    java.util.Optional<Rule> firstOut(Protocol p, int port, Peer to) {
        return outbound.stream().filter(r -> r.matches(p, port, to)).findFirst();
    }

    /** The other end of a flow as a security group sees it: an address and the groups of its instance. */
    record Peer(int address, Set<String> groups) {}

    static final List<Rule> ALLOW_ALL = List.of(new Rule(Protocol.ALL, PortRange.ALL, Optional.of(Cidr.ANYWHERE),
            Optional.empty()));

    boolean allowsIn(Protocol p, int port, Peer from) {
        return inbound.stream().anyMatch(r -> r.matches(p, port, from));
    }

    boolean allowsOut(Protocol p, int port, Peer to) {
        return outbound.stream().anyMatch(r -> r.matches(p, port, to));
    }
}
