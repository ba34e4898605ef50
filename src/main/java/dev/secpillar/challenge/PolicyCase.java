package dev.secpillar.challenge;

import dev.secpillar.policy.PrincipalType;
import dev.secpillar.policy.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request a policy challenge asks about, and what it must come out as. A case written
 * with value lists ({@code actions:}, {@code resources:}, {@code principals:}) expands into one
 * case per combination, so that an over-broad answer meets the requests it should refuse.
 */
record PolicyCase(String name, String path, Request request, Expect expect) {
    static final List<String> KEYS = List.of("name", "principal", "principals", "action", "actions", "resource",
            "resources", "context", "resource_account", "principal_type", "expect");
    /** Keys a case may take from {@code defaults}. */
    static final List<String> DEFAULT_KEYS = List.of("principal", "action", "resource", "context",
            "resource_account", "principal_type", "expect");

    /** Reads one written case (with the challenge's defaults) into its expanded cases. */
    static List<PolicyCase> expand(Data c, Map<String, Data> defaults, List<String> extraKeys) {
        if (c.map().isEmpty()) {
            return List.of();
        }
        List<String> allowed = new ArrayList<>(KEYS);
        allowed.addAll(extraKeys);
        c.onlyKeys(allowed, "a case");
        Map<String, Data> f = new LinkedHashMap<>(defaults);
        c.map().get().forEach(f::put);
        List<String> principals = values(c, f, "principal", "principals");
        List<String> actions = values(c, f, "action", "actions");
        List<String> resources = f.containsKey("resource") || f.containsKey("resources")
                ? values(c, f, "resource", "resources") : List.of("*");
        Optional<Expect> expect = Optional.ofNullable(f.get("expect")).flatMap(Data::text).flatMap(t -> {
            Optional<Expect> e = Expect.of(t);
            if (e.isEmpty()) {
                f.get("expect").problem("'expect' must be allow, deny, explicit_deny or implicit_deny, found '" + t + "'");
            }
            return e;
        });
        if (!f.containsKey("expect")) {
            c.problem("missing required key 'expect' (allow or deny)");
        }
        Map<String, Object> context = new LinkedHashMap<>();
        Optional.ofNullable(f.get("context")).flatMap(Data::map).ifPresent(m -> m.forEach((k, v) -> {
            if (v.raw() instanceof List<?> l) {
                context.put(k, v.texts());
                if (l.isEmpty()) {
                    v.problem("context key " + k + " has no values");
                }
            } else if (v.raw() instanceof Boolean b) {
                context.put(k, b.toString());
            } else {
                v.text().ifPresent(t -> context.put(k, t));
            }
        }));
        Optional<String> account = Optional.ofNullable(f.get("resource_account")).flatMap(Data::text);
        Optional<PrincipalType> type = Optional.ofNullable(f.get("principal_type")).flatMap(Data::text).flatMap(t -> {
            Optional<PrincipalType> p = PrincipalType.fromName(t);
            if (p.isEmpty()) {
                f.get("principal_type").problem("unknown principal type '" + t + "'");
            }
            return p;
        });
        Optional<String> name = Optional.ofNullable(c.map().get().get("name")).flatMap(Data::text);
        if (expect.isEmpty() || principals.isEmpty() || actions.isEmpty() || resources.isEmpty()) {
            return List.of();
        }
        List<PolicyCase> out = new ArrayList<>();
        for (String p : principals) {
            for (String a : actions) {
                for (String r : resources) {
                    Request.Builder b = Request.builder().principal(p).action(a).resource(r).context(context);
                    account.ifPresent(b::resourceAccount);
                    type.ifPresent(b::principalType);
                    Request request;
                    try {
                        request = b.build();
                    } catch (IllegalArgumentException e) {
                        c.problem(e.getMessage());
                        return List.of();
                    }
                    String varying = varying(principals.size() > 1 ? p : null, actions.size() > 1 ? a : null,
                            resources.size() > 1 ? r : null);
                    String n = name.map(x -> varying.isEmpty() ? x : x + ": " + varying)
                            .orElseGet(() -> shortArn(p) + " " + a + " " + shortArn(r));
                    out.add(new PolicyCase(n, c.path(), request, expect.get()));
                }
            }
        }
        return out;
    }

    private static List<String> values(Data c, Map<String, Data> f, String one, String many) {
        Data single = f.get(one);
        Data list = f.get(many);
        if (single != null && list != null && c.has(one) == c.has(many)) {
            c.problem("a case has either '" + one + "' or '" + many + "', not both");
            return List.of();
        }
        // The case's own key wins over a default of the other form.
        Data use = list != null && (single == null || c.has(many)) ? list : single;
        if (use == null) {
            c.problem("missing required key '" + one + "' (or '" + many + "', a list)");
            return List.of();
        }
        List<String> out = use.texts();
        if (use == list && out.isEmpty()) {
            use.problem("'" + many + "' must list at least one value");
        }
        return out;
    }

    private static String varying(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(sb.length() > 0 ? " " : "").append(shortArn(p));
            }
        }
        return sb.toString();
    }

    /** "arn:aws:iam::111122223333:user/alice" → "user/alice"; "arn:aws:s3:::reports/q1.csv" → "reports/q1.csv". */
    static String shortArn(String arn) {
        if (!arn.startsWith("arn:")) {
            return arn;
        }
        String[] parts = arn.split(":", 6);
        return parts.length == 6 ? parts[5] : arn;
    }
}
