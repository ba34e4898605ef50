package dev.secpillar.challenge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Security groups and network ACLs as written in YAML (the same form in a challenge's fixed
 * world and in a learner's answer):
 * <pre>
 * security_groups:
 *   web-sg:
 *     inbound:  [{protocol: tcp, ports: 443, source: 0.0.0.0/0}]
 *     outbound: [{protocol: all, destination: 0.0.0.0/0}]   # absent: AWS's default, all outbound
 * network_acls:
 *   public-nacl:
 *     inbound:  [{rule: 100, protocol: tcp, ports: 443, source: 0.0.0.0/0, action: allow}]
 *     outbound: [{rule: 100, protocol: tcp, ports: 1024-65535, destination: 0.0.0.0/0, action: allow}]
 * </pre>
 */
record NetworkRules(Map<String, SecurityGroup> groups, Map<String, NetworkAcl> acls) {
    static final List<String> KEYS = List.of("security_groups", "network_acls");
    private static final List<String> SG_KEYS = List.of("inbound", "outbound", "description");
    private static final List<String> SG_IN = List.of("protocol", "ports", "source", "description");
    private static final List<String> SG_OUT = List.of("protocol", "ports", "destination", "description");
    private static final List<String> ACL_IN = List.of("rule", "protocol", "ports", "source", "action", "description");
    private static final List<String> ACL_OUT = List.of("rule", "protocol", "ports", "destination", "action",
            "description");

    static NetworkRules read(Data root, List<String> otherKeys) {
        Map<String, SecurityGroup> groups = new LinkedHashMap<>();
        Map<String, NetworkAcl> acls = new LinkedHashMap<>();
        if (root.map().isEmpty()) {
            return new NetworkRules(groups, acls);
        }
        List<String> keys = new ArrayList<>(KEYS);
        keys.addAll(otherKeys);
        root.onlyKeys(keys, root.path().isEmpty() ? root.t("the_answer") : root.name());
        root.get("security_groups").flatMap(Data::map).ifPresent(m -> m.forEach((name, d) ->
                group(name, d).ifPresent(g -> groups.put(name, g))));
        root.get("network_acls").flatMap(Data::map).ifPresent(m -> m.forEach((name, d) ->
                acl(name, d).ifPresent(a -> acls.put(name, a))));
        return new NetworkRules(groups, acls);
    }

    private static Optional<SecurityGroup> group(String name, Data d) {
        if (d.isNull()) {
            return Optional.of(new SecurityGroup(name, List.of(), SecurityGroup.ALLOW_ALL));
        }
        if (d.map().isEmpty()) {
            return Optional.empty();
        }
        d.onlyKeys(SG_KEYS, d.t("in_group", name));
        List<SecurityGroup.Rule> in = sgRules(d.get("inbound"), true);
        // AWS gives a new security group one outbound rule allowing everything; written
        // "outbound: []" means no outbound traffic at all.
        List<SecurityGroup.Rule> out = d.has("outbound") ? sgRules(d.get("outbound"), false) : SecurityGroup.ALLOW_ALL;
        return Optional.of(new SecurityGroup(name, in, out));
    }

    private static List<SecurityGroup.Rule> sgRules(Optional<Data> d, boolean inbound) {
        List<SecurityGroup.Rule> out = new ArrayList<>();
        if (d.isEmpty() || d.get().isNull()) {
            return out;
        }
        for (Data r : d.get().list().orElse(List.of())) {
            if (r.map().isEmpty()) {
                continue;
            }
            String peerKey = inbound ? "source" : "destination";
            r.onlyKeys(inbound ? SG_IN : SG_OUT, r.t("in_group_rule"));
            Optional<Protocol> protocol = protocol(r);
            Optional<PortRange> ports = protocol.flatMap(p -> ports(r, p));
            Optional<String> peer = r.text(peerKey, true);
            Optional<Cidr> cidr = peer.filter(NetworkRules::looksLikeAddress).flatMap(t -> {
                Optional<Cidr> c = Cidr.parse(t);
                if (c.isEmpty()) {
                    r.get(peerKey).ifPresent(x -> x.problem(x.t("not_cidr", t)));
                }
                return c;
            });
            Optional<String> group = peer.filter(t -> !looksLikeAddress(t));
            if (protocol.isPresent() && ports.isPresent() && (cidr.isPresent() || group.isPresent())) {
                out.add(new SecurityGroup.Rule(protocol.get(), ports.get(), cidr, group));
            }
        }
        return out;
    }

    private static Optional<NetworkAcl> acl(String name, Data d) {
        if (d.map().isEmpty()) {
            return Optional.empty();
        }
        d.onlyKeys(SG_KEYS, d.t("in_acl", name));
        return Optional.of(new NetworkAcl(name, aclRules(d.get("inbound"), true), aclRules(d.get("outbound"), false)));
    }

    private static List<NetworkAcl.Rule> aclRules(Optional<Data> d, boolean inbound) {
        List<NetworkAcl.Rule> out = new ArrayList<>();
        if (d.isEmpty() || d.get().isNull()) {
            return out;
        }
        Set<Long> numbers = new HashSet<>();
        for (Data r : d.get().list().orElse(List.of())) {
            if (r.map().isEmpty()) {
                continue;
            }
            String peerKey = inbound ? "source" : "destination";
            r.onlyKeys(inbound ? ACL_IN : ACL_OUT, r.t("in_acl_rule"));
            Optional<Long> number = r.required("rule").flatMap(Data::number).filter(n -> {
                if (n < 1 || n > 32766) {
                    r.get("rule").ifPresent(x -> x.problem(x.t("rule_number", String.valueOf(n))));
                    return false;
                }
                if (!numbers.add(n)) {
                    r.get("rule").ifPresent(x -> x.problem(x.t("rule_used", String.valueOf(n))));
                    return false;
                }
                return true;
            });
            Optional<Protocol> protocol = protocol(r);
            Optional<PortRange> ports = protocol.flatMap(p -> ports(r, p));
            Optional<Cidr> cidr = r.text(peerKey, true).flatMap(t -> {
                Optional<Cidr> c = Cidr.parse(t);
                if (c.isEmpty()) {
                    r.get(peerKey).ifPresent(x -> x.problem(x.t("acl_peer", peerKey, t)));
                }
                return c;
            });
            Optional<Boolean> allow = r.text("action", true).flatMap(a -> switch (a) {
                case "allow" -> Optional.of(true);
                case "deny" -> Optional.of(false);
                default -> {
                    r.get("action").ifPresent(x -> x.problem(x.t("action", a)));
                    yield Optional.empty();
                }
            });
            if (number.isPresent() && protocol.isPresent() && ports.isPresent() && cidr.isPresent() && allow.isPresent()) {
                out.add(new NetworkAcl.Rule(number.get().intValue(), protocol.get(), ports.get(), cidr.get(), allow.get()));
            }
        }
        return out;
    }

    private static Optional<Protocol> protocol(Data r) {
        return r.text("protocol", true).flatMap(t -> {
            Optional<Protocol> p = Protocol.parse(t);
            if (p.isEmpty()) {
                r.get("protocol").ifPresent(x -> x.problem(x.t("protocol", t)));
            }
            return p;
        });
    }

    private static Optional<PortRange> ports(Data r, Protocol p) {
        if (!p.hasPorts()) {
            if (r.has("ports")) {
                r.get("ports").ifPresent(x -> x.problem(x.t("ports_not_here", p.label())));
            }
            return Optional.of(PortRange.ALL);
        }
        Optional<Data> d = r.get("ports");
        if (d.isEmpty()) {
            r.problem(r.t("ports_missing", p.label()));
            return Optional.empty();
        }
        Optional<PortRange> range = PortRange.parse(d.get().raw());
        if (range.isEmpty()) {
            d.get().problem(d.get().t("ports", String.valueOf(d.get().raw())));
        }
        return range;
    }

    private static boolean looksLikeAddress(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    /** Every group and ACL of this set, open: all traffic from and to 0.0.0.0/0. */
    static Map<String, Object> open(Set<String> groups, Set<String> acls) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> g = new LinkedHashMap<>();
        for (String name : groups) {
            g.put(name, ordered("inbound", List.of(ordered("protocol", "all", "source", "0.0.0.0/0")),
                    "outbound", List.of(ordered("protocol", "all", "destination", "0.0.0.0/0"))));
        }
        Map<String, Object> a = new LinkedHashMap<>();
        for (String name : acls) {
            a.put(name, ordered(
                    "inbound", List.of(ordered("rule", 100L, "protocol", "all", "source", "0.0.0.0/0", "action", "allow")),
                    "outbound", List.of(ordered("rule", 100L, "protocol", "all", "destination", "0.0.0.0/0",
                            "action", "allow"))));
        }
        if (!g.isEmpty()) {
            out.put("security_groups", g);
        }
        if (!a.isEmpty()) {
            out.put("network_acls", a);
        }
        return out;
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
