package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One case of a network challenge: traffic from a host to another (an instance of the VPC, or
 * an address on the internet) on a protocol and port, and whether it must get through. The
 * response travels back from the server to the client's ephemeral port ({@code client_ports},
 * by default 1024-65535, the range AWS suggests network ACLs allow for every kind of client).
 */
record NetworkFlow(String name, String path, Endpoint from, Endpoint to, Protocol protocol, int port,
                   PortRange clientPorts, boolean allowed, String why) {
    static final List<String> KEYS = List.of("name", "from", "to", "protocol", "port", "client_ports", "expect", "why");

    /** An instance, or an address outside the VPC. */
    record Endpoint(Optional<NetworkWorld.Instance> instance, int address) {
        String label() {
            return instance.map(i -> i.name() + " (" + Cidr.format(i.address()) + ")")
                    .orElse(Cidr.format(address) + " (internet)");
        }

        SecurityGroup.Peer peer() {
            return new SecurityGroup.Peer(address, instance.map(i -> Set.copyOf(i.groups())).orElse(Set.of()));
        }
    }

    static Optional<NetworkFlow> read(Data c, NetworkWorld world) {
        if (c.map().isEmpty()) {
            return Optional.empty();
        }
        c.onlyKeys(KEYS, "a network case");
        Optional<Endpoint> from = c.text("from", true).flatMap(t -> endpoint(c.get("from").get(), t, world));
        Optional<Endpoint> to = c.text("to", true).flatMap(t -> endpoint(c.get("to").get(), t, world));
        if (from.isPresent() && to.isPresent() && from.get().instance().isEmpty() && to.get().instance().isEmpty()) {
            c.problem("a flow needs an instance of the VPC at one end at least");
        }
        Optional<Protocol> protocol = c.text("protocol", true).flatMap(t -> {
            Optional<Protocol> p = Protocol.parse(t).filter(x -> x != Protocol.ALL);
            if (p.isEmpty()) {
                c.get("protocol").ifPresent(x -> x.problem("a flow's protocol is tcp, udp or icmp, found '" + t + "'"));
            }
            return p;
        });
        int port = 0;
        if (protocol.isPresent() && protocol.get().hasPorts()) {
            Optional<Long> p = c.required("port").flatMap(Data::number);
            if (p.isPresent() && (p.get() < 0 || p.get() > 65535)) {
                c.get("port").ifPresent(x -> x.problem("a port is between 0 and 65535"));
            }
            port = p.map(Long::intValue).orElse(0);
        }
        PortRange client = c.get("client_ports").flatMap(d -> {
            Optional<PortRange> r = PortRange.parse(d.raw());
            if (r.isEmpty()) {
                d.problem("'client_ports' must be a range like 32768-60999");
            }
            return r;
        }).orElse(PortRange.EPHEMERAL);
        Optional<Boolean> allowed = c.text("expect", true).flatMap(t -> switch (t) {
            case "allowed" -> Optional.of(true);
            case "blocked" -> Optional.of(false);
            default -> {
                c.get("expect").ifPresent(x -> x.problem("'expect' must be allowed or blocked, found '" + t + "'"));
                yield Optional.empty();
            }
        });
        String why = c.text("why", false).orElse("");
        if (from.isEmpty() || to.isEmpty() || protocol.isEmpty() || allowed.isEmpty()) {
            return Optional.empty();
        }
        String name = c.text("name", false).orElse(from.get().label() + " -> " + to.get().label() + " "
                + protocol.get().label() + (protocol.get().hasPorts() ? " " + port : ""));
        return Optional.of(new NetworkFlow(name, c.path(), from.get(), to.get(), protocol.get(), port, client,
                allowed.get(), why));
    }

    private static Optional<Endpoint> endpoint(Data d, String text, NetworkWorld world) {
        NetworkWorld.Instance i = world.instances().get(text);
        if (i != null) {
            return Optional.of(new Endpoint(Optional.of(i), i.address()));
        }
        Optional<Integer> address = Cidr.address(text);
        if (address.isEmpty()) {
            d.problem("'" + text + "' is neither an instance (" + String.join(", ", world.instances().keySet())
                    + ") nor an IPv4 address on the internet");
            return Optional.empty();
        }
        if (world.vpc().contains(address.get())) {
            d.problem(text + " is inside the VPC but is no instance; name the instance instead");
            return Optional.empty();
        }
        return Optional.of(new Endpoint(Optional.empty(), address.get()));
    }

    /** Whether the flow gets through these rules, and the first thing that stopped it. */
    record Outcome(boolean allowed, Text reason) {}

    Outcome run(NetworkWorld world, Map<String, SecurityGroup> groups, Map<String, NetworkAcl> acls) {
        String what = protocol.label() + (protocol.hasPorts() ? " " + port : "");
        // Routing first: only a subnet with a route to an internet gateway, and an instance
        // with a public address, can be reached from the internet; NAT only lets traffic out.
        if (from.instance().isEmpty()) {
            NetworkWorld.Instance t = to.instance().get();
            NetworkWorld.Subnet s = world.subnets().get(t.subnet());
            if (s.route() != NetworkWorld.Route.INTERNET) {
                return new Outcome(false, Text.of("challenge.network.no_route_in", s.name()));
            }
            if (!t.publicAddress()) {
                return new Outcome(false, Text.of("challenge.network.no_public_ip", t.name()));
            }
        }
        if (to.instance().isEmpty()) {
            NetworkWorld.Instance f = from.instance().get();
            NetworkWorld.Subnet s = world.subnets().get(f.subnet());
            boolean out = s.route() == NetworkWorld.Route.NAT
                    || (s.route() == NetworkWorld.Route.INTERNET && f.publicAddress());
            if (!out) {
                return new Outcome(false, Text.of("challenge.network.no_route_out", f.name(), s.name()));
            }
        }
        // Network ACLs only see traffic that enters or leaves a subnet.
        boolean crosses = from.instance().isEmpty() || to.instance().isEmpty()
                || !from.instance().get().subnet().equals(to.instance().get().subnet());
        PortRange one = new PortRange(port, port);
        if (from.instance().isPresent()) {
            NetworkWorld.Instance f = from.instance().get();
            if (f.groups().stream().map(groups::get).noneMatch(g -> g != null && g.allowsOut(protocol, port, to.peer()))) {
                return new Outcome(false, Text.of("challenge.network.sg_out", f.name(), String.join(", ", f.groups()),
                        what, to.label()));
            }
            if (crosses) {
                Text stop = acl(world, acls, f, false, protocol, one, to, false);
                if (stop != null) {
                    return new Outcome(false, stop);
                }
            }
        }
        if (to.instance().isPresent()) {
            NetworkWorld.Instance t = to.instance().get();
            if (crosses) {
                Text stop = acl(world, acls, t, true, protocol, one, from, false);
                if (stop != null) {
                    return new Outcome(false, stop);
                }
            }
            if (t.groups().stream().map(groups::get).noneMatch(g -> g != null && g.allowsIn(protocol, port, from.peer()))) {
                return new Outcome(false, Text.of("challenge.network.sg_in", t.name(), String.join(", ", t.groups()),
                        what, from.label()));
            }
        }
        // Security groups are stateful: the response is let back. Network ACLs are not: the
        // response must pass the server's subnet going out and the client's coming in.
        if (crosses) {
            PortRange back = protocol.hasPorts() ? clientPorts : PortRange.ALL;
            if (to.instance().isPresent()) {
                Text stop = acl(world, acls, to.instance().get(), false, protocol, back, from, true);
                if (stop != null) {
                    return new Outcome(false, stop);
                }
            }
            if (from.instance().isPresent()) {
                Text stop = acl(world, acls, from.instance().get(), true, protocol, back, to, true);
                if (stop != null) {
                    return new Outcome(false, stop);
                }
            }
        }
        return new Outcome(true, Text.of("challenge.network.allowed", Text.join("; ", allowedBy(world, groups, acls, crosses))));
    }

    /** What let the flow through: the security group rules, and the ACL rules when it crossed a subnet. */
    private List<Text> allowedBy(NetworkWorld world, Map<String, SecurityGroup> groups, Map<String, NetworkAcl> acls,
                                   boolean crosses) {
        List<Text> out = new java.util.ArrayList<>();
        from.instance().ifPresent(f -> f.groups().stream().map(groups::get)
                .flatMap(g -> g.firstOut(protocol, port, to.peer()).map(r -> Text.of("challenge.network.lets_out", g.name(),
                        SecurityGroup.describe(r, false))).stream())
                .findFirst().ifPresent(out::add));
        if (crosses) {
            to.instance().flatMap(t -> world.subnets().get(t.subnet()).acl()).ifPresent(a -> {
                NetworkAcl.Verdict v = acls.get(a).decide(true, protocol, new PortRange(port, port), from.address());
                out.add(Text.of("challenge.network.acl_rule", a, v.ruleName()));
            });
        }
        to.instance().ifPresent(t -> t.groups().stream().map(groups::get)
                .flatMap(g -> g.firstIn(protocol, port, from.peer()).map(r -> Text.of("challenge.network.lets_in", g.name(),
                        SecurityGroup.describe(r, true))).stream())
                .findFirst().ifPresent(out::add));
        return out;
    }

    /** Null when the instance's subnet's ACL lets the traffic pass; else why not. */
    private static Text acl(NetworkWorld world, Map<String, NetworkAcl> acls, NetworkWorld.Instance at, boolean in,
                              Protocol protocol, PortRange ports, Endpoint peer, boolean response) {
        Optional<String> name = world.subnets().get(at.subnet()).acl();
        if (name.isEmpty()) {
            return null;
        }
        NetworkAcl acl = acls.get(name.get());
        NetworkAcl.Verdict v = acl.decide(in, protocol, ports, peer.address());
        if (v.allowed()) {
            return null;
        }
        String what = protocol.label() + (protocol.hasPorts() ? " " + v.ports() : "");
        Text rule = v.rule() == 0 ? Text.of(in ? "challenge.network.acl_no_inbound" : "challenge.network.acl_no_outbound")
                : Text.of(in ? "challenge.network.acl_inbound_denies" : "challenge.network.acl_outbound_denies", v.ruleName());
        Text traffic = Text.of(in ? "challenge.network.traffic_from" : "challenge.network.traffic_to", what, peer.label());
        return Text.of(response ? "challenge.network.acl_blocks_response" : "challenge.network.acl_blocks", name.get(),
                at.subnet(), traffic, rule);
    }

    String describe(Messages m) {
        String must = m.get(allowed ? "challenge.network.is_allowed" : "challenge.network.is_blocked");
        String line = m.get(protocol.hasPorts() ? "challenge.network.flow.ports" : "challenge.network.flow",
                from.label(), to.label(), protocol.label(), String.valueOf(port), String.valueOf(clientPorts), must);
        return why.isEmpty() ? line : m.get("challenge.reason.why", line, why);
    }
}
