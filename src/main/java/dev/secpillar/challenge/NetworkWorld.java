package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed part of a network challenge: a VPC, its subnets (each with its route to the
 * internet and its network ACL) and its instances (address, public address or not, security
 * groups), plus the security groups and network ACLs the learner does not edit.
 */
record NetworkWorld(Cidr vpc, Map<String, Subnet> subnets, Map<String, Instance> instances, NetworkRules fixed) {
    static final List<String> KEYS = List.of("vpc", "subnets", "instances", "security_groups", "network_acls");

    /** internet: a route to an internet gateway; nat: outbound only, through a NAT gateway; none: local only. */
    enum Route { INTERNET, NAT, NONE }

    record Subnet(String name, Cidr cidr, Route route, Optional<String> acl) {}

    record Instance(String name, String subnet, int address, boolean publicAddress, List<String> groups) {}

    static Optional<NetworkWorld> read(Data given) {
        if (given.map().isEmpty()) {
            return Optional.empty();
        }
        given.onlyKeys(KEYS, "'given'");
        Optional<Cidr> vpc = given.required("vpc").flatMap(d -> cidr(d));
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        given.required("subnets").flatMap(Data::list).ifPresent(list -> list.forEach(d -> subnet(d, vpc)
                .ifPresent(s -> {
                    if (subnets.put(s.name(), s) != null) {
                        d.problem("duplicate subnet name '" + s.name() + "'");
                    }
                })));
        Map<String, Instance> instances = new LinkedHashMap<>();
        given.required("instances").flatMap(Data::list).ifPresent(list -> list.forEach(d -> instance(d, subnets)
                .ifPresent(i -> {
                    if (instances.put(i.name(), i) != null) {
                        d.problem("duplicate instance name '" + i.name() + "'");
                    }
                })));
        NetworkRules fixed = NetworkRules.read(given, List.of("vpc", "subnets", "instances"));
        if (vpc.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkWorld(vpc.get(), subnets, instances, fixed));
    }

    private static Optional<Cidr> cidr(Data d) {
        return d.text().flatMap(t -> {
            Optional<Cidr> c = Cidr.parse(t);
            if (c.isEmpty()) {
                d.problem("'" + t + "' is not an IPv4 address range like 10.0.0.0/16");
            }
            return c;
        });
    }

    private static Optional<Subnet> subnet(Data d, Optional<Cidr> vpc) {
        if (d.map().isEmpty()) {
            return Optional.empty();
        }
        d.onlyKeys(List.of("name", "cidr", "route", "nacl"), "a subnet");
        Optional<String> name = d.text("name", true);
        Optional<Cidr> cidr = d.required("cidr").flatMap(NetworkWorld::cidr);
        cidr.ifPresent(c -> vpc.filter(v -> !v.contains(c)).ifPresent(v ->
                d.get("cidr").ifPresent(x -> x.problem("subnet " + c + " is not inside the VPC " + v))));
        Route route = d.text("route", false).map(t -> switch (t) {
            case "internet" -> Route.INTERNET;
            case "nat" -> Route.NAT;
            case "none" -> Route.NONE;
            default -> {
                d.get("route").ifPresent(x -> x.problem("'route' must be internet, nat or none, found '" + t + "'"));
                yield Route.NONE;
            }
        }).orElse(Route.NONE);
        Optional<String> acl = d.text("nacl", false);
        if (name.isEmpty() || cidr.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Subnet(name.get(), cidr.get(), route, acl));
    }

    private static Optional<Instance> instance(Data d, Map<String, Subnet> subnets) {
        if (d.map().isEmpty()) {
            return Optional.empty();
        }
        d.onlyKeys(List.of("name", "subnet", "ip", "public_ip", "security_groups"), "an instance");
        Optional<String> name = d.text("name", true);
        Optional<Subnet> subnet = d.text("subnet", true).flatMap(s -> {
            Subnet sn = subnets.get(s);
            if (sn == null) {
                d.get("subnet").ifPresent(x -> x.problem("no subnet named '" + s + "'"));
            }
            return Optional.ofNullable(sn);
        });
        Optional<Integer> ip = d.text("ip", true).flatMap(t -> {
            Optional<Integer> a = Cidr.address(t);
            if (a.isEmpty()) {
                d.get("ip").ifPresent(x -> x.problem("'" + t + "' is not an IPv4 address"));
            }
            return a;
        });
        if (ip.isPresent() && subnet.isPresent() && !subnet.get().cidr().contains(ip.get())) {
            d.get("ip").ifPresent(x -> x.problem(Cidr.format(ip.get()) + " is not in subnet " + subnet.get().name()
                    + " (" + subnet.get().cidr() + ")"));
        }
        boolean pub = d.get("public_ip").flatMap(Data::bool).orElse(false);
        List<String> groups = d.get("security_groups").map(Data::texts).orElse(List.of());
        if (name.isEmpty() || subnet.isEmpty() || ip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Instance(name.get(), subnet.get().name(), ip.get(), pub, groups));
    }

    /** Lines describing the network, for the learner's briefing. */
    List<String> describe(Messages m) {
        List<String> out = new ArrayList<>();
        out.add("VPC " + vpc + ":");
        for (Subnet s : subnets.values()) {
            String route = m.get(switch (s.route()) {
                case INTERNET -> "challenge.network.route.internet";
                case NAT -> "challenge.network.route.nat";
                case NONE -> "challenge.network.route.none";
            });
            out.add("  " + m.get("challenge.network.subnet", s.name(), s.cidr().toString(), route,
                    s.acl().orElseGet(() -> m.get("challenge.network.default_acl"))));
            for (Instance i : instances.values()) {
                if (i.subnet().equals(s.name())) {
                    out.add("    " + m.get(i.publicAddress() ? "challenge.network.instance.public" : "challenge.network.instance",
                            i.name(), Cidr.format(i.address()), String.join(", ", i.groups())));
                }
            }
        }
        return out;
    }
}
