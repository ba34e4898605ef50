package dev.secpillar.policy;

import dev.secpillar.i18n.Text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads IAM policy JSON into a compiled {@link PolicyDocument}, or fails with a located
 * {@link PolicyParseException}: bad JSON, a wrong type, Action with NotAction, a missing
 * Effect, an unknown condition operator, a policy over its size quota.
 */
public final class PolicyParser {
    /** Refuse absurd inputs before parsing: no AWS policy comes near this. */
    static final int MAX_TEXT = 1_000_000;

    private static final List<String> POLICY_ELEMENTS = List.of("Version", "Id", "Statement");
    private static final List<String> STATEMENT_ELEMENTS = List.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final List<String> PRINCIPAL_TYPES = List.of("AWS", "Service", "Federated", "CanonicalUser");

    private PolicyParser() {
    }

    /**
     * Lint's reading: every problem becomes a located finding and parsing goes on past it
     * (a bad element is skipped or read in its most likely sense), as Access Analyzer's
     * validate-policy does. The document is empty only when the text is not a JSON object.
     */
    public static Parsed parseLenient(String json, String sourceName, PolicyKind kind) {
        Problems problems = Problems.lenient(sourceName);
        try {
            checkTextSize(json, sourceName);
            LocatedJson located = LocatedJson.read(json, sourceName);
            PolicyKind chosen = kind == null ? guessKind(located.root()) : kind;
            PolicyDocument doc = parse(located, located.root(), chosen, problems);
            return new Parsed(Optional.ofNullable(doc), problems.found(), chosen);
        } catch (PolicyParseException e) {
            // Only unreadable JSON ends up here: lenient problems are never thrown.
            List<Finding> found = new ArrayList<>(problems.found());
            found.add(Finding.at(LintCode.JSON_SYNTAX_ERROR, Severity.ERROR, e.text(), e.position()));
            return new Parsed(Optional.empty(), found, kind == null ? PolicyKind.IDENTITY : kind);
        }
    }

    /** What lenient parsing made of a text: the document (when it is a JSON object) and the problems. */
    public record Parsed(Optional<PolicyDocument> document, List<Finding> problems, PolicyKind kind) {}

    /** A statement with a Principal (or NotPrincipal) makes a resource policy; otherwise an identity policy. */
    static PolicyKind guessKind(JsonNode root) {
        if (root == null || !root.isObject()) {
            return PolicyKind.IDENTITY;
        }
        JsonNode st = root.get("Statement");
        List<JsonNode> statements = new ArrayList<>();
        if (st != null && st.isObject()) {
            statements.add(st);
        } else if (st != null && st.isArray()) {
            st.forEach(statements::add);
        }
        for (JsonNode s : statements) {
            if (s.isObject() && (s.has("Principal") || s.has("NotPrincipal"))) {
                return PolicyKind.RESOURCE;
            }
        }
        return PolicyKind.IDENTITY;
    }

    public static PolicyDocument parse(String json, String sourceName) throws PolicyParseException {
        return parse(json, sourceName, PolicyKind.ANY);
    }

    public static PolicyDocument parse(String json, String sourceName, PolicyKind kind) throws PolicyParseException {
        checkTextSize(json, sourceName);
        LocatedJson located = LocatedJson.read(json, sourceName);
        return parse(located, located.root(), kind);
    }

    /** For policies that arrive as a tree (for example YAML converted by Jackson): positions are unknown. */
    public static PolicyDocument parse(JsonNode node, String sourceName) throws PolicyParseException {
        return parse(node, sourceName, PolicyKind.ANY);
    }

    public static PolicyDocument parse(JsonNode node, String sourceName, PolicyKind kind) throws PolicyParseException {
        return parse(LocatedJson.unlocated(node, sourceName), node, kind);
    }

    static void checkTextSize(String text, String sourceName) throws PolicyParseException {
        if (text.length() > MAX_TEXT) {
            throw new PolicyParseException(Text.of("policy.parse.too_long", text.length(), MAX_TEXT),
                    sourceName, Position.UNKNOWN);
        }
    }

    static PolicyDocument parse(LocatedJson j, JsonNode node, PolicyKind kind) throws PolicyParseException {
        return parse(j, node, kind, Problems.strict(j.sourceName));
    }

    private static PolicyDocument parse(LocatedJson j, JsonNode node, PolicyKind kind, Problems problems)
            throws PolicyParseException {
        Position where = j.positionOf(node);
        if (node == null || !node.isObject()) {
            problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.not_object", kind(kind), describeText(node)), where);
            return null;
        }
        checkElements(j, node, POLICY_ELEMENTS, "policy", problems);
        String version = null;
        Position versionPosition = Position.UNKNOWN;
        JsonNode v = node.get("Version");
        if (v != null) {
            versionPosition = j.valueOf(node, "Version");
            if (!v.isTextual() || !(v.asText().equals(PolicyDocument.VERSION_2012)
                    || v.asText().equals(PolicyDocument.VERSION_2008))) {
                problems.fail(LintCode.INVALID_VERSION, Text.of("policy.parse.version", shown(v)), versionPosition);
            } else {
                version = v.asText();
            }
        }
        String id = null;
        JsonNode idNode = node.get("Id");
        if (idNode != null) {
            id = text(j, node, "Id", idNode, problems);
        }
        JsonNode st = node.get("Statement");
        if (st == null) {
            problems.fail(LintCode.MISSING_STATEMENT, Text.of("policy.parse.no_statement", kind(kind)), where);
            st = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        boolean variables = PolicyDocument.VERSION_2012.equals(version);
        List<Statement> statements = new ArrayList<>();
        if (st.isObject()) {
            addStatement(statements, statement(j, st, 0, variables, kind, problems));
        } else if (st.isArray()) {
            for (int i = 0; i < st.size(); i++) {
                JsonNode s = st.get(i);
                if (!s.isObject()) {
                    problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.statement_not_object", i, describeText(s)), j.elementOf(st, i));
                    continue;
                }
                addStatement(statements, statement(j, s, i, variables, kind, problems));
            }
        } else {
            problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.statement_type", describeText(st)), j.valueOf(node, "Statement"));
        }
        int size = sizeOf(node);
        if (size > kind.maxCharacters()) {
            // A policy over its quota is refused by AWS; lint reports it and goes on.
            problems.failOr(kind == PolicyKind.SCP || kind == PolicyKind.RCP ? LintCode.POLICY_SIZE_EXCEEDS_SCP_QUOTA
                    : kind == PolicyKind.RESOURCE ? LintCode.POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA
                    : LintCode.POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA,
                    Text.of("policy.parse.too_big", kind(kind), size, kind.maxCharacters()), where);
        }
        return new PolicyDocument(version, id, statements, j.sourceName, kind, where, versionPosition, size,
                st.isArray());
    }

    private static void addStatement(List<Statement> statements, Statement st) {
        if (st != null) {
            statements.add(st);
        }
    }

    /** Characters of the compact JSON without white space, as AWS counts policy size. */
    static int sizeOf(JsonNode node) {
        String compact = node.toString();
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (!Character.isWhitespace(compact.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Statement statement(LocatedJson j, JsonNode s, int index, boolean variables, PolicyKind kind,
                                       Problems problems) throws PolicyParseException {
        Position where = j.positionOf(s);
        String label = "Statement[" + index + "]";
        checkElements(j, s, STATEMENT_ELEMENTS, "statement", problems);
        Map<String, Position> positions = new HashMap<>();
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            positions.put(name, j.nameOf(s, name));
        }
        String sid = null;
        if (s.has("Sid")) {
            sid = text(j, s, "Sid", s.get("Sid"), problems);
        }
        Text named = sid != null ? Text.of("policy.parse.named_statement", sid) : Text.plain(label);
        JsonNode effectNode = s.get("Effect");
        Effect effect = Effect.ALLOW;   // what lint assumes when Effect is missing or misspelt: the riskier reading
        if (effectNode == null) {
            problems.fail(LintCode.MISSING_EFFECT, Text.of("policy.parse.no_effect", named), where);
        } else if (effectNode.isTextual() && effectNode.asText().equals("Allow")) {
            effect = Effect.ALLOW;
        } else if (effectNode.isTextual() && effectNode.asText().equals("Deny")) {
            effect = Effect.DENY;
        } else {
            problems.fail(LintCode.INVALID_EFFECT, Text.of(problems.lenient() ? "policy.parse.effect.lenient" : "policy.parse.effect", shown(effectNode)), j.valueOf(s, "Effect"));
        }
        // Action / NotAction: exactly one of the two.
        if (s.has("Action") && s.has("NotAction")) {
            problems.fail(LintCode.UNSUPPORTED_ELEMENT_COMBINATION, Text.of("policy.parse.both", named, "Action", "NotAction"),
                    j.nameOf(s, "NotAction"));
        }
        if (!s.has("Action") && !s.has("NotAction")) {
            problems.fail(LintCode.MISSING_ACTION, Text.of("policy.parse.no_action", named), where);
        }
        boolean notAction = s.has("NotAction") && !s.has("Action");
        String actionElement = notAction ? "NotAction" : "Action";
        List<Position> actionPositions = new ArrayList<>();
        List<String> actions = s.has(actionElement) ? strings(j, s, actionElement, actionPositions, problems)
                : new ArrayList<>();
        for (int i = actions.size() - 1; i >= 0; i--) {
            String a = actions.get(i);
            if (!a.equals("*") && (a.indexOf(':') <= 0 || a.indexOf(':') == a.length() - 1)) {
                problems.fail(LintCode.INVALID_ACTION, Text.of("policy.parse.bad_action", a), actionPositions.get(i));
                actions.remove(i);
                actionPositions.remove(i);
            }
        }
        if (s.has("Resource") && s.has("NotResource")) {
            problems.fail(LintCode.UNSUPPORTED_ELEMENT_COMBINATION, Text.of("policy.parse.both", named, "Resource", "NotResource"),
                    j.nameOf(s, "NotResource"));
        }
        boolean notResource = s.has("NotResource") && !s.has("Resource");
        boolean hasResource = s.has("Resource") || notResource;
        List<Position> resourcePositions = new ArrayList<>();
        List<String> resources = hasResource
                ? strings(j, s, notResource ? "NotResource" : "Resource", resourcePositions, problems) : List.of();
        if (s.has("Principal") && s.has("NotPrincipal")) {
            problems.fail(LintCode.UNSUPPORTED_ELEMENT_COMBINATION, Text.of("policy.parse.both", named, "Principal", "NotPrincipal"),
                    j.nameOf(s, "NotPrincipal"));
        }
        boolean notPrincipal = s.has("NotPrincipal") && !s.has("Principal");
        String principalElement = notPrincipal ? "NotPrincipal" : "Principal";
        boolean hasPrincipal = s.has("Principal") || notPrincipal;
        switch (kind) {
            case IDENTITY:
            case BOUNDARY:
            case SESSION:
            case SCP:
                // These policies apply to whoever they are attached to: AWS rejects a Principal.
                if (hasPrincipal) {
                    problems.fail(kind == PolicyKind.SCP ? LintCode.SCP_SYNTAX_ERROR_PRINCIPAL : LintCode.UNSUPPORTED_PRINCIPAL,
                            Text.of(kind == PolicyKind.IDENTITY ? "policy.parse.no_principal_here.an"
                                    : "policy.parse.no_principal_here", principalElement, kind(kind)), j.nameOf(s, principalElement));
                }
                break;
            case RESOURCE:
                if (!hasPrincipal) {
                    problems.fail(LintCode.MISSING_PRINCIPAL, Text.of("policy.parse.needs_principal", named),
                            where);
                }
                break;
            case RCP:
                if (hasPrincipal && !(s.has("Principal") && s.get("Principal").isTextual()
                        && s.get("Principal").asText().equals("*"))) {
                    problems.fail(LintCode.RCP_PRINCIPAL_NOT_STAR, Text.of("policy.parse.rcp_principal"),
                            j.nameOf(s, principalElement));
                }
                break;
            default:
                break;
        }
        PrincipalSpec principal = null;
        if (s.has("Principal") || notPrincipal) {
            principal = principal(j, s, notPrincipal ? "NotPrincipal" : "Principal", problems);
        }
        List<ConditionClause> conditions = s.has("Condition") ? conditions(j, s, variables, problems) : List.of();
        return new Statement(sid, index, effect, notAction, actions, notResource, resources, hasResource, principal,
                notPrincipal, conditions, variables, where, positions, actionPositions, resourcePositions);
    }

    private static PrincipalSpec principal(LocatedJson j, JsonNode s, String element, Problems problems)
            throws PolicyParseException {
        JsonNode p = s.get(element);
        Map<String, List<String>> written = new LinkedHashMap<>();
        if (p.isTextual()) {
            if (!p.asText().equals("*")) {
                problems.fail(LintCode.INVALID_PRINCIPAL_FORMAT, Text.of("policy.parse.principal_string", element, "{\"AWS\": \"arn:aws:iam::111122223333:root\"}",
                        shown(p)), j.valueOf(s, element));
                return new PrincipalSpec(written);
            }
            written.put("*", List.of("*"));
            return new PrincipalSpec(written);
        }
        if (!p.isObject()) {
            problems.fail(LintCode.INVALID_PRINCIPAL_FORMAT, Text.of("policy.parse.principal_type", element, describeText(p)),
                    j.valueOf(s, element));
            return new PrincipalSpec(written);
        }
        if (p.isEmpty()) {
            problems.failOr(LintCode.EMPTY_OBJECT_PRINCIPAL, Text.of("policy.parse.principal_empty", element),
                    j.valueOf(s, element));
            return new PrincipalSpec(written);
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String type = it.next();
            if (!PRINCIPAL_TYPES.contains(type)) {
                problems.fail(LintCode.INVALID_PRINCIPAL_KEY, Text.of("policy.parse.principal_key", element, type, hint(type, PRINCIPAL_TYPES)),
                        j.nameOf(p, type));
                continue;
            }
            List<Position> positions = new ArrayList<>();
            List<String> values = strings(j, p, type, positions, problems);
            if (values.isEmpty() && p.get(type).isArray()) {
                problems.note(LintCode.EMPTY_ARRAY_PRINCIPAL, Severity.SUGGESTION, Text.of("policy.parse.principal_empty_array", element, type), j.valueOf(p, type));
            }
            written.put(type, values);
        }
        return new PrincipalSpec(written);
    }

    private static List<ConditionClause> conditions(LocatedJson j, JsonNode s, boolean variables, Problems problems)
            throws PolicyParseException {
        JsonNode c = s.get("Condition");
        List<ConditionClause> out = new ArrayList<>();
        if (!c.isObject()) {
            problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.condition_type", describeText(c)),
                    j.valueOf(s, "Condition"));
            return out;
        }
        if (c.isEmpty()) {
            problems.note(LintCode.EMPTY_OBJECT_CONDITION, Severity.SUGGESTION,
                    Text.of("policy.parse.condition_empty"), j.valueOf(s, "Condition"));
        }
        for (Map.Entry<String, JsonNode> op : c.properties()) {
            Position opPosition = j.nameOf(c, op.getKey());
            Optional<ConditionOperator> operator = ConditionOperator.parse(op.getKey());
            if (operator.isEmpty()) {
                problems.fail(LintCode.INVALID_CONDITION_OPERATOR, Text.of("policy.parse.operator", op.getKey(),
                        didYouMean(op.getKey(), ConditionOperator.names())), opPosition);
                continue;
            }
            JsonNode block = op.getValue();
            if (!block.isObject()) {
                problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.operator_type", op.getKey(), describeText(block)), j.valueOf(c, op.getKey()));
                continue;
            }
            if (block.isEmpty()) {
                problems.failOr(LintCode.EMPTY_OBJECT_CONDITION, Text.of("policy.parse.operator_empty", op.getKey()), j.valueOf(c, op.getKey()));
                continue;
            }
            for (Map.Entry<String, JsonNode> key : block.properties()) {
                List<Position> valuePositions = new ArrayList<>();
                List<String> values = scalars(j, block, key.getKey(), valuePositions, problems);
                if (values == null) {
                    continue;
                }
                out.add(new ConditionClause(operator.get(), key.getKey(), values, variables, opPosition,
                        j.nameOf(block, key.getKey()), valuePositions));
            }
        }
        return out;
    }

    /** A string or an array of strings. */
    private static List<String> strings(LocatedJson j, JsonNode parent, String field, List<Position> positions,
                                        Problems problems) throws PolicyParseException {
        JsonNode node = parent.get(field);
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
            positions.add(j.valueOf(parent, field));
            return out;
        }
        if (!node.isArray()) {
            problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.strings", field, describeText(node)), j.valueOf(parent, field));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isTextual()) {
                problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.string_element", field, i, describeText(e)),
                        j.elementOf(node, i));
                continue;
            }
            out.add(e.asText());
            positions.add(j.elementOf(node, i));
        }
        return out;
    }

    /** Condition values: strings, numbers or booleans, alone or in an array. */
    private static List<String> scalars(LocatedJson j, JsonNode parent, String field, List<Position> positions,
                                        Problems problems) throws PolicyParseException {
        JsonNode node = parent.get(field);
        List<String> out = new ArrayList<>();
        if (node.isValueNode() && !node.isNull()) {
            out.add(scalarText(node));
            positions.add(j.valueOf(parent, field));
            return out;
        }
        if (!node.isArray()) {
            problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.condition_value", field, describeText(node)),
                    j.valueOf(parent, field));
            return null;
        }
        java.util.Set<com.fasterxml.jackson.databind.node.JsonNodeType> types = new java.util.HashSet<>();
        node.forEach(e -> types.add(e.getNodeType()));
        if (types.size() > 1 && types.stream().allMatch(t -> t == com.fasterxml.jackson.databind.node.JsonNodeType.STRING
                || t == com.fasterxml.jackson.databind.node.JsonNodeType.NUMBER
                || t == com.fasterxml.jackson.databind.node.JsonNodeType.BOOLEAN)) {
            problems.note(LintCode.INVALID_CONDITION_DATA_TYPE, Severity.ERROR, Text.of("policy.parse.condition_mixed", field), j.valueOf(parent, field));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isValueNode() || e.isNull()) {
                problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.condition_element", field, i, describeText(e)), j.elementOf(node, i));
                continue;
            }
            out.add(scalarText(e));
            positions.add(j.elementOf(node, i));
        }
        return out;
    }

    static String scalarText(JsonNode node) {
        if (node.isBigDecimal()) {
            // Plain digits for ordinary numbers; scientific notation for extreme exponents, so
            // that 1e999999999 does not become a billion zeros.
            java.math.BigDecimal d = node.decimalValue();
            return Math.abs(d.scale()) > 64 ? d.toString() : d.toPlainString();
        }
        return node.asText();
    }

    private static String text(LocatedJson j, JsonNode parent, String field, JsonNode node, Problems problems)
            throws PolicyParseException {
        if (!node.isTextual()) {
            problems.fail(LintCode.DATA_TYPE_MISMATCH, Text.of("policy.parse.string", field, describeText(node)),
                    j.valueOf(parent, field));
            return null;
        }
        return node.asText();
    }

    private static void checkElements(LocatedJson j, JsonNode node, List<String> allowed, String what,
                                      Problems problems) throws PolicyParseException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problems.fail(LintCode.INVALID_POLICY_ELEMENT, Text.of("policy.parse.element", Text.of("policy.parse.element." + what), name,
                        hint(name, allowed), String.join(", ", allowed)), j.nameOf(node, name));
            }
        }
    }

    private static Text hint(String name, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(name) || (a + "s").equalsIgnoreCase(name) || a.equalsIgnoreCase(name + "s")) {
                return Text.of("policy.parse.did_you_mean", a);
            }
        }
        return didYouMean(name, allowed);
    }

    /** "; did you mean "X"?" or nothing, in the reader's own words (lint has {@link Suggest#didYouMean}). */
    private static Text didYouMean(String word, java.util.Collection<String> candidates) {
        String c = Suggest.closest(word, candidates);
        return c == null ? Text.EMPTY : Text.of("policy.parse.did_you_mean", c);
    }

    /** "the identity policy", in the learner's language. */
    static Text kind(PolicyKind kind) {
        return Text.of("policy.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** What a JSON value is, for messages ("an object", "the string "x""), in English. */
    static String describe(JsonNode node) {
        return describeText(node).english();
    }

    static Text describeText(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Text.of("policy.json.nothing");
        }
        if (node.isNull()) {
            return Text.plain("null");
        }
        if (node.isObject()) {
            return Text.of("policy.json.object");
        }
        if (node.isArray()) {
            return Text.of("policy.json.array");
        }
        if (node.isBoolean()) {
            return Text.of("policy.json.boolean", node.asText());
        }
        if (node.isNumber()) {
            return Text.of("policy.json.number", scalarText(node));
        }
        return Text.of("policy.json.string", node.asText());
    }

    private static Text shown(JsonNode node) {
        return node.isTextual() ? Text.plain("\"" + node.asText() + "\"") : describeText(node);
    }
}
