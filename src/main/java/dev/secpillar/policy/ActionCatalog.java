package dev.secpillar.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Every AWS service's actions with their access levels, resource types and condition keys,
 * from the bundled {@code iam-catalog.json.gz} (see iam-catalog.NOTICE). Loaded on first use
 * only: evaluation never needs it; lint, wildcard expansion and unknown-action checks do.
 */
public final class ActionCatalog {
    private static final String RESOURCE = "/iam-catalog.json.gz";

    /** One action of one service. */
    public record ActionInfo(String service, String name, String accessLevel, List<String> resourceTypes,
                             List<String> conditionKeys) {
        /** "s3:GetObject". */
        public String fullName() {
            return service + ":" + name;
        }
    }

    private record Service(String prefix, String name, Map<String, ActionInfo> actions,
                           Map<String, String> keyTypes, List<Map.Entry<Glob, String>> keyPatterns) {}

    private static final class Holder {
        static final ActionCatalog INSTANCE = load();
    }

    private final Map<String, Service> services;

    private ActionCatalog(Map<String, Service> services) {
        this.services = services;
    }

    /** The catalog, read from the jar the first time it is asked for. */
    public static ActionCatalog instance() {
        return Holder.INSTANCE;
    }

    private static ActionCatalog load() {
        try (InputStream raw = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the action catalog " + RESOURCE + " is missing from the jar");
            }
            JsonNode root = new ObjectMapper().readTree(new GZIPInputStream(raw, 1 << 16));
            Map<String, Service> services = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("services").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String prefix = e.getKey().toLowerCase(Locale.ROOT);
                JsonNode s = e.getValue();
                Map<String, ActionInfo> actions = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> a = s.path("actions").fields(); a.hasNext(); ) {
                    Map.Entry<String, JsonNode> action = a.next();
                    List<String> types = new ArrayList<>();
                    action.getValue().path("resourceTypes").forEach(t -> types.add(t.path("name").asText()));
                    List<String> keys = new ArrayList<>();
                    action.getValue().path("conditionKeys").forEach(k -> keys.add(k.asText()));
                    actions.put(action.getKey().toLowerCase(Locale.ROOT), new ActionInfo(e.getKey(), action.getKey(),
                            action.getValue().path("accessLevel").asText(""), List.copyOf(types), List.copyOf(keys)));
                }
                Map<String, String> keyTypes = new HashMap<>();
                List<Map.Entry<Glob, String>> keyPatterns = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> k = s.path("conditionKeys").fields(); k.hasNext(); ) {
                    Map.Entry<String, JsonNode> key = k.next();
                    addKey(keyTypes, keyPatterns, key.getKey(), key.getValue().asText(""));
                }
                services.put(prefix, new Service(e.getKey(), s.path("name").asText(e.getKey()), actions, keyTypes,
                        keyPatterns));
            }
            return new ActionCatalog(services);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the action catalog", e);
        }
    }

    /** Keys such as "aws:RequestTag/${TagKey}" or "s3:ExistingObjectTag/<key>" become patterns. */
    private static void addKey(Map<String, String> types, List<Map.Entry<Glob, String>> patterns, String key,
                               String type) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.contains("${") || lower.contains("<")) {
            String pattern = lower.replaceAll("\\$\\{[^}]*}", "*").replaceAll("<[^>]*>", "*");
            patterns.add(Map.entry(Glob.of(pattern), type));
        } else {
            types.put(lower, type);
        }
    }

    public boolean isKnownService(String prefix) {
        return services.containsKey(prefix.toLowerCase(Locale.ROOT));
    }

    /** Is this exact action (no wildcards) in the catalog? Case-insensitive, as IAM is. */
    public boolean isKnown(String action) {
        return info(action).isPresent();
    }

    public Optional<ActionInfo> info(String action) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Service s = services.get(action.substring(0, colon).toLowerCase(Locale.ROOT));
        if (s == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(s.actions.get(action.substring(colon + 1).toLowerCase(Locale.ROOT)));
    }

    /** "Read", "Write", "List", "Tagging" or "Permissions management". */
    public Optional<String> accessLevel(String action) {
        return info(action).map(ActionInfo::accessLevel);
    }

    /** Every action a pattern such as "s3:Put*", "s3:*" or "*" grants, sorted. */
    public List<String> expand(String pattern) {
        List<String> out = new ArrayList<>();
        for (ActionInfo a : expandInfo(pattern)) {
            out.add(a.fullName());
        }
        return out;
    }

    public List<ActionInfo> expandInfo(String pattern) {
        String lower = pattern.toLowerCase(Locale.ROOT);
        List<ActionInfo> out = new ArrayList<>();
        if (lower.equals("*")) {
            services.values().forEach(s -> out.addAll(s.actions.values()));
        } else {
            int colon = lower.indexOf(':');
            if (colon < 0) {
                return List.of();
            }
            Glob serviceGlob = Glob.of(lower.substring(0, colon));
            Glob actionGlob = Glob.of(lower.substring(colon + 1));
            for (Map.Entry<String, Service> s : services.entrySet()) {
                if (!serviceGlob.matches(s.getKey())) {
                    continue;
                }
                for (Map.Entry<String, ActionInfo> a : s.getValue().actions.entrySet()) {
                    if (actionGlob.matches(a.getKey())) {
                        out.add(a.getValue());
                    }
                }
            }
        }
        out.sort((a, b) -> a.fullName().compareToIgnoreCase(b.fullName()));
        return out;
    }

    /** "s3:Put* grants 40 actions: 37 Write, 3 Permissions management". */
    public String describeExpansion(String pattern) {
        List<ActionInfo> actions = expandInfo(pattern);
        Map<String, Integer> byLevel = new TreeMap<>();
        for (ActionInfo a : actions) {
            byLevel.merge(a.accessLevel().isEmpty() ? "Unknown" : a.accessLevel(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> levels = new ArrayList<>(byLevel.entrySet());
        levels.sort((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue()
                : x.getKey().compareTo(y.getKey()));
        StringBuilder sb = new StringBuilder(pattern).append(" grants ").append(actions.size())
                .append(actions.size() == 1 ? " action" : " actions");
        for (int i = 0; i < levels.size(); i++) {
            sb.append(i == 0 ? ": " : ", ").append(levels.get(i).getValue()).append(' ').append(levels.get(i).getKey());
        }
        return sb.toString();
    }

    /**
     * The type of a condition key ("String", "ArrayOfString", "Date", "Bool", "IPAddress",
     * "ARN", "Numeric", ...) from the global keys or the service's own, if known.
     */
    public Optional<String> conditionKeyType(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        Optional<String> global = GlobalConditionKeys.type(lower);
        if (global.isPresent()) {
            return global;
        }
        int colon = lower.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Service s = services.get(lower.substring(0, colon));
        if (s == null) {
            return Optional.empty();
        }
        String type = s.keyTypes.get(lower);
        if (type != null) {
            return Optional.of(type);
        }
        for (Map.Entry<Glob, String> p : s.keyPatterns) {
            if (p.getKey().matches(lower)) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    /** Service prefixes, sorted. */
    public List<String> services() {
        List<String> out = new ArrayList<>(services.keySet());
        Collections.sort(out);
        return out;
    }

    /** Counts by access level for a set of actions, in a stable order. */
    static Map<String, Integer> countByLevel(List<ActionInfo> actions) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ActionInfo a : actions) {
            out.merge(a.accessLevel(), 1, Integer::sum);
        }
        return out;
    }
}
