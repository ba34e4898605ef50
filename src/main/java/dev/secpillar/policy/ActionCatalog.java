package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    /** A resource type of a service with its ARN format, e.g. "arn:${Partition}:s3:::${BucketName}". */
    public record ResourceType(String service, String name, String arnFormat, List<String> conditionKeys) {}

    private record Service(String prefix, String name, Map<String, ActionInfo> actions,
                           Map<String, String> keyTypes, List<Map.Entry<Glob, String>> keyPatterns,
                           Map<String, ResourceType> resourceTypes, List<String> keyNames) {}

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
        // Streamed rather than read as a tree: the file is 3.5 MB of JSON and only part of it
        // is kept, so this allocates far less and loads several times faster.
        try (InputStream raw = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the action catalog " + RESOURCE + " is missing from the jar");
            }
            try (JsonParser p = new JsonFactory().createParser(new GZIPInputStream(raw, 1 << 16))) {
                Map<String, Service> services = new HashMap<>();
                expect(p.nextToken(), JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (!field.equals("services")) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String prefix = p.currentName();
                        p.nextToken();
                        services.put(prefix.toLowerCase(Locale.ROOT), readService(p, prefix));
                    }
                }
                return new ActionCatalog(services);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the action catalog", e);
        }
    }

    private static Service readService(JsonParser p, String prefix) throws IOException {
        String name = prefix;
        Map<String, ActionInfo> actions = new HashMap<>();
        Map<String, String> keyTypes = new HashMap<>();
        List<Map.Entry<Glob, String>> keyPatterns = new ArrayList<>();
        Map<String, ResourceType> resourceTypes = new HashMap<>();
        List<String> keyNames = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "name":
                    name = p.getText();
                    break;
                case "actions":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String action = p.currentName();
                        p.nextToken();
                        actions.put(action.toLowerCase(Locale.ROOT), readAction(p, prefix, action));
                    }
                    break;
                case "conditionKeys":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        keyNames.add(key);
                        addKey(keyTypes, keyPatterns, key, p.getValueAsString(""));
                    }
                    break;
                case "resourceTypes":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String type = p.currentName();
                        p.nextToken();
                        String arn = "";
                        List<String> typeKeys = new ArrayList<>(2);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            JsonToken t = p.nextToken();
                            if (f.equals("conditionKeys") && t == JsonToken.START_ARRAY) {
                                while (p.nextToken() == JsonToken.VALUE_STRING) {
                                    typeKeys.add(p.getText());
                                }
                            } else if (t.isStructStart()) {
                                p.skipChildren();
                            } else if (f.equals("arn")) {
                                arn = p.getText();
                            }
                        }
                        resourceTypes.put(type.toLowerCase(Locale.ROOT),
                                new ResourceType(prefix, type, arn, List.copyOf(typeKeys)));
                    }
                    break;
                default:
                    if (value.isStructStart()) {
                        p.skipChildren();
                    }
            }
        }
        return new Service(prefix, name, actions, keyTypes, keyPatterns, resourceTypes, List.copyOf(keyNames));
    }

    private static ActionInfo readAction(JsonParser p, String service, String action) throws IOException {
        String level = "";
        List<String> types = new ArrayList<>(2);
        List<String> keys = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("accessLevel")) {
                // Some levels read "Permissions management, Write": the first is the one the
                // Service Authorization Reference lists the action under.
                level = p.getText();
                int comma = level.indexOf(',');
                level = comma < 0 ? level : level.substring(0, comma).trim();
            } else if (field.equals("resourceTypes") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (f.equals("name")) {
                            types.add(p.getText());
                        }
                    }
                }
            } else if (field.equals("conditionKeys") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    keys.add(p.getText());
                }
            } else if (value.isStructStart()) {
                p.skipChildren();
            }
        }
        return new ActionInfo(service, action, level, List.copyOf(types), List.copyOf(keys));
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("the action catalog is malformed: expected " + expected + ", found " + actual);
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

    /** The access level of actions that change permissions (the catalog's own words, not a message). */
    static final String PERMISSIONS_MANAGEMENT = "Permissions management";

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
        return describeExpansion(pattern, Text.ENGLISH_MESSAGES);
    }

    /** The same in the language of {@code m}; the access levels keep the names AWS gives them. */
    public String describeExpansion(String pattern, Messages m) {
        List<ActionInfo> actions = expandInfo(pattern);
        Map<String, Integer> byLevel = new TreeMap<>();
        for (ActionInfo a : actions) {
            byLevel.merge(a.accessLevel().isEmpty() ? "Unknown" : a.accessLevel(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> levels = new ArrayList<>(byLevel.entrySet());
        levels.sort((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue()
                : x.getKey().compareTo(y.getKey()));
        List<String> counted = new ArrayList<>();
        for (Map.Entry<String, Integer> level : levels) {
            counted.add(level.getValue() + " " + level.getKey());
        }
        return m.get("policy.expansion", pattern, actions.size(), String.valueOf(actions.size()),
                counted.isEmpty() ? "" : m.get("policy.expansion.levels", String.join(", ", counted)));
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

    /** The service's own condition keys as the catalog spells them (patterns such as "s3:ExistingObjectTag/<key>" included). */
    public List<String> serviceConditionKeys(String prefix) {
        Service s = services.get(prefix.toLowerCase(Locale.ROOT));
        return s == null ? List.of() : s.keyNames;
    }

    /** A service's resource type by name (case-insensitive), if the catalog has it. */
    public Optional<ResourceType> resourceType(String service, String name) {
        Service s = services.get(service.toLowerCase(Locale.ROOT));
        return s == null ? Optional.empty() : Optional.ofNullable(s.resourceTypes.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every resource type of a service. */
    public List<ResourceType> resourceTypes(String service) {
        Service s = services.get(service.toLowerCase(Locale.ROOT));
        return s == null ? List.of() : List.copyOf(s.resourceTypes.values());
    }

    /** Action names of one service, as the catalog spells them (for "did you mean"). */
    public List<String> actionNames(String service) {
        Service s = services.get(service.toLowerCase(Locale.ROOT));
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        s.actions.values().forEach(a -> out.add(a.name()));
        return out;
    }

    /** Service prefixes, sorted. */
    public List<String> services() {
        List<String> out = new ArrayList<>(services.keySet());
        Collections.sort(out);
        return out;
    }
}
