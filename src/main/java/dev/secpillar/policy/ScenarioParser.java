package dev.secpillar.policy;

import dev.secpillar.i18n.Text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code simulate} scenario (format in DESIGN.md) into a {@link Scenario}: the policies
 * of every type, compiled, and the request. Every error is located in the scenario file,
 * including errors inside the embedded policies.
 */
public final class ScenarioParser {
    private static final List<String> ELEMENTS = List.of("identityPolicies", "resourcePolicy", "permissionBoundaries",
            "sessionPolicy", "scps", "rcps", "request", "description");
    private static final List<String> REQUEST_ELEMENTS = List.of("principal", "action", "resource",
            "resourceAccount", "principalAccount", "principalType", "context");

    private ScenarioParser() {
    }

    public static Scenario parse(String json, String sourceName) throws PolicyParseException {
        PolicyParser.checkTextSize(json, sourceName);
        LocatedJson located = LocatedJson.read(json, sourceName);
        return parse(located, located.root());
    }

    /** For scenarios that arrive as a tree (YAML converted by Jackson): positions are unknown. */
    public static Scenario parse(JsonNode node, String sourceName) throws PolicyParseException {
        return parse(LocatedJson.unlocated(node, sourceName), node);
    }

    private static Scenario parse(LocatedJson j, JsonNode root) throws PolicyParseException {
        if (root == null || !root.isObject()) {
            throw j.error(Text.of("policy.scenario.not_object", PolicyParser.describeText(root)), j.rootPosition());
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!ELEMENTS.contains(name)) {
                throw j.error(Text.of("policy.scenario.element", name, String.join(", ", ELEMENTS)),
                        j.nameOf(root, name));
            }
        }
        Scenario.Builder b = Scenario.builder();
        b.identityPolicies(policyList(j, root, "identityPolicies", PolicyKind.IDENTITY));
        optionalPolicy(j, root, "resourcePolicy", PolicyKind.RESOURCE).ifPresent(b::resourcePolicy);
        policyList(j, root, "permissionBoundaries", PolicyKind.BOUNDARY).forEach(b::permissionBoundary);
        optionalPolicy(j, root, "sessionPolicy", PolicyKind.SESSION).ifPresent(b::sessionPolicy);
        levels(j, root, "scps", PolicyKind.SCP).forEach(b::scpLevel);
        levels(j, root, "rcps", PolicyKind.RCP).forEach(b::rcpLevel);
        JsonNode request = root.get("request");
        if (request == null) {
            throw j.error(Text.of("policy.scenario.no_request"), j.rootPosition());
        }
        b.request(request(j, root, request));
        return b.build();
    }

    private static List<PolicyDocument> policyList(LocatedJson j, JsonNode root, String field, PolicyKind kind)
            throws PolicyParseException {
        JsonNode node = root.get(field);
        List<PolicyDocument> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isObject()) {
            out.add(PolicyParser.parse(j, node, kind));
            return out;
        }
        if (!node.isArray()) {
            throw j.error(Text.of("policy.scenario.policies", field, PolicyParser.describeText(node)),
                    j.valueOf(root, field));
        }
        for (JsonNode p : node) {
            out.add(PolicyParser.parse(j, p, kind));
        }
        return out;
    }

    private static Optional<PolicyDocument> optionalPolicy(LocatedJson j, JsonNode root, String field,
                                                           PolicyKind kind) throws PolicyParseException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(PolicyParser.parse(j, node, kind));
    }

    private static List<List<PolicyDocument>> levels(LocatedJson j, JsonNode root, String field, PolicyKind kind)
            throws PolicyParseException {
        JsonNode node = root.get(field);
        List<List<PolicyDocument>> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw j.error(Text.of("policy.scenario.levels", field, PolicyParser.describeText(node)), j.valueOf(root, field));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode level = node.get(i);
            List<PolicyDocument> policies = new ArrayList<>();
            if (level.isObject()) {
                policies.add(PolicyParser.parse(j, level, kind));
            } else if (level.isArray()) {
                for (JsonNode p : level) {
                    policies.add(PolicyParser.parse(j, p, kind));
                }
            } else {
                throw j.error(Text.of("policy.scenario.level", field, i, PolicyParser.describeText(level)),
                        j.elementOf(node, i));
            }
            out.add(policies);
        }
        return out;
    }

    private static Request request(LocatedJson j, JsonNode root, JsonNode r) throws PolicyParseException {
        if (!r.isObject()) {
            throw j.error(Text.of("policy.scenario.request_type", PolicyParser.describeText(r)), j.valueOf(root, "request"));
        }
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!REQUEST_ELEMENTS.contains(name)) {
                throw j.error(Text.of("policy.scenario.request_element", name, String.join(", ", REQUEST_ELEMENTS)), j.nameOf(r, name));
            }
        }
        Request.Builder b = Request.builder();
        String principal = requiredText(j, r, "principal");
        String action = requiredText(j, r, "action");
        if (!action.contains(":") || action.contains("*") || action.contains("?")) {
            throw j.error(Text.of("policy.scenario.action_wildcard", action),
                    j.valueOf(r, "action"));
        }
        ActionCatalog catalog = ActionCatalog.instance();
        if (!catalog.isKnown(action)) {
            String service = action.substring(0, action.indexOf(':'));
            throw j.error(Text.of(catalog.isKnownService(service) ? "policy.scenario.unknown_action"
                    : "policy.scenario.unknown_service", action, service),
                    j.valueOf(r, "action"));
        }
        b.principal(principal).action(action);
        if (r.has("resource")) {
            b.resource(requiredText(j, r, "resource"));
        }
        if (r.has("resourceAccount")) {
            b.resourceAccount(account(j, r, "resourceAccount"));
        }
        if (r.has("principalAccount")) {
            b.principalAccount(account(j, r, "principalAccount"));
        }
        if (r.has("principalType")) {
            String type = requiredText(j, r, "principalType");
            b.principalType(PrincipalType.fromName(type).orElseThrow(() -> j.error(Text.of("policy.scenario.principal_type", type),
                    j.valueOf(r, "principalType"))));
        }
        JsonNode context = r.get("context");
        if (context != null && !context.isNull()) {
            if (!context.isObject()) {
                throw j.error(Text.of("policy.scenario.context_type", PolicyParser.describeText(context)), j.valueOf(r, "context"));
            }
            for (Map.Entry<String, JsonNode> e : context.properties()) {
                JsonNode v = e.getValue();
                if (v.isArray()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < v.size(); i++) {
                        JsonNode item = v.get(i);
                        if (!item.isValueNode() || item.isNull()) {
                            throw j.error(Text.of("policy.scenario.context_element", e.getKey(), i),
                                    j.elementOf(v, i));
                        }
                        values.add(PolicyParser.scalarText(item));
                    }
                    b.context(e.getKey(), values);
                } else if (v.isValueNode() && !v.isNull()) {
                    b.context(e.getKey(), PolicyParser.scalarText(v));
                } else {
                    throw j.error(Text.of("policy.scenario.context_value", e.getKey(), PolicyParser.describeText(v)), j.valueOf(context, e.getKey()));
                }
            }
        }
        Optional<Text> problem = b.problem();
        if (problem.isPresent()) {
            throw j.error(problem.get(), j.valueOf(r, "principal"));
        }
        return b.build();
    }

    private static String requiredText(LocatedJson j, JsonNode r, String field) throws PolicyParseException {
        JsonNode v = r.get(field);
        if (v == null) {
            throw j.error(Text.of("policy.scenario.request_missing", field), j.positionOf(r));
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw j.error(Text.of("policy.scenario.request_text", field, PolicyParser.describeText(v)),
                    j.valueOf(r, field));
        }
        return v.asText();
    }

    private static String account(LocatedJson j, JsonNode r, String field) throws PolicyParseException {
        JsonNode v = r.get(field);
        String text = v.isNumber() ? PolicyParser.scalarText(v) : v.asText();
        if (field.equals("resourceAccount") && v.isTextual() && text.equals("aws")) {
            return text;    // resources AWS owns, such as AWS managed policies
        }
        if (!(v.isTextual() || v.isNumber()) || !text.matches("\\d{12}")) {
            throw j.error(Text.of(field.equals("resourceAccount") ? "policy.scenario.resource_account"
                    : "policy.scenario.account", field, PolicyParser.describeText(v)), j.valueOf(r, field));
        }
        return text;
    }
}
