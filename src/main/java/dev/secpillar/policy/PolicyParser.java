package dev.secpillar.policy;

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
            throw new PolicyParseException("input is " + text.length() + " characters; the limit is " + MAX_TEXT,
                    sourceName, Position.UNKNOWN);
        }
    }

    static PolicyDocument parse(LocatedJson j, JsonNode node, PolicyKind kind) throws PolicyParseException {
        Position where = j.positionOf(node);
        if (node == null || !node.isObject()) {
            throw j.error("a " + kind.label() + " must be a JSON object, not " + describe(node), where);
        }
        checkElements(j, node, POLICY_ELEMENTS, "policy");
        String version = null;
        Position versionPosition = Position.UNKNOWN;
        JsonNode v = node.get("Version");
        if (v != null) {
            versionPosition = j.valueOf(node, "Version");
            if (!v.isTextual() || !(v.asText().equals(PolicyDocument.VERSION_2012)
                    || v.asText().equals(PolicyDocument.VERSION_2008))) {
                throw j.error("Version must be \"2012-10-17\" or \"2008-10-17\", not " + shown(v), versionPosition);
            }
            version = v.asText();
        }
        String id = null;
        JsonNode idNode = node.get("Id");
        if (idNode != null) {
            id = text(j, node, "Id", idNode);
        }
        JsonNode st = node.get("Statement");
        if (st == null) {
            throw j.error("the " + kind.label() + " has no Statement element", where);
        }
        boolean variables = PolicyDocument.VERSION_2012.equals(version);
        List<Statement> statements = new ArrayList<>();
        Map<String, Position> sids = new HashMap<>();
        if (st.isObject()) {
            statements.add(statement(j, st, 0, variables, kind));
        } else if (st.isArray()) {
            for (int i = 0; i < st.size(); i++) {
                JsonNode s = st.get(i);
                if (!s.isObject()) {
                    throw j.error("Statement[" + i + "] must be an object, not " + describe(s), j.elementOf(st, i));
                }
                statements.add(statement(j, s, i, variables, kind));
            }
        } else {
            throw j.error("Statement must be an object or an array of objects, not " + describe(st),
                    j.valueOf(node, "Statement"));
        }
        int size = sizeOf(node);
        if (size > kind.maxCharacters()) {
            throw j.error("the " + kind.label() + " is " + size + " characters (without white space); AWS allows "
                    + kind.maxCharacters(), where);
        }
        return new PolicyDocument(version, id, statements, j.sourceName, kind, where, versionPosition, size,
                st.isArray());
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

    private static Statement statement(LocatedJson j, JsonNode s, int index, boolean variables, PolicyKind kind)
            throws PolicyParseException {
        Position where = j.positionOf(s);
        String label = "Statement[" + index + "]";
        checkElements(j, s, STATEMENT_ELEMENTS, "statement");
        Map<String, Position> positions = new HashMap<>();
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            positions.put(name, j.nameOf(s, name));
        }
        String sid = null;
        if (s.has("Sid")) {
            sid = text(j, s, "Sid", s.get("Sid"));
        }
        String named = sid != null ? "statement " + sid : label;
        JsonNode effectNode = s.get("Effect");
        if (effectNode == null) {
            throw j.error(named + " has no Effect (expected \"Allow\" or \"Deny\")", where);
        }
        Effect effect;
        if (effectNode.isTextual() && effectNode.asText().equals("Allow")) {
            effect = Effect.ALLOW;
        } else if (effectNode.isTextual() && effectNode.asText().equals("Deny")) {
            effect = Effect.DENY;
        } else {
            throw j.error("Effect must be \"Allow\" or \"Deny\", not " + shown(effectNode), j.valueOf(s, "Effect"));
        }
        // Action / NotAction: exactly one of the two.
        if (s.has("Action") && s.has("NotAction")) {
            throw j.error(named + " has both Action and NotAction; use one", j.nameOf(s, "NotAction"));
        }
        if (!s.has("Action") && !s.has("NotAction")) {
            throw j.error(named + " has neither Action nor NotAction", where);
        }
        boolean notAction = s.has("NotAction");
        String actionElement = notAction ? "NotAction" : "Action";
        List<Position> actionPositions = new ArrayList<>();
        List<String> actions = strings(j, s, actionElement, actionPositions);
        for (int i = 0; i < actions.size(); i++) {
            String a = actions.get(i);
            if (!a.equals("*") && (a.indexOf(':') <= 0 || a.indexOf(':') == a.length() - 1)) {
                throw j.error("action \"" + a + "\" must look like service:ActionName (for example s3:GetObject)",
                        actionPositions.get(i));
            }
        }
        if (s.has("Resource") && s.has("NotResource")) {
            throw j.error(named + " has both Resource and NotResource; use one", j.nameOf(s, "NotResource"));
        }
        boolean notResource = s.has("NotResource");
        boolean hasResource = s.has("Resource") || notResource;
        List<Position> resourcePositions = new ArrayList<>();
        List<String> resources = hasResource
                ? strings(j, s, notResource ? "NotResource" : "Resource", resourcePositions) : List.of();
        if (s.has("Principal") && s.has("NotPrincipal")) {
            throw j.error(named + " has both Principal and NotPrincipal; use one", j.nameOf(s, "NotPrincipal"));
        }
        boolean notPrincipal = s.has("NotPrincipal");
        String principalElement = notPrincipal ? "NotPrincipal" : "Principal";
        boolean hasPrincipal = s.has("Principal") || notPrincipal;
        switch (kind) {
            case IDENTITY:
            case BOUNDARY:
            case SESSION:
            case SCP:
                // These policies apply to whoever they are attached to: AWS rejects a Principal.
                if (hasPrincipal) {
                    throw j.error(principalElement + " is not allowed in " + (kind == PolicyKind.IDENTITY ? "an " : "a ") + kind.label()
                            + ": it applies to the principal it is attached to", j.nameOf(s, principalElement));
                }
                break;
            case RESOURCE:
                if (!hasPrincipal) {
                    throw j.error(named + " of a resource policy needs a Principal or NotPrincipal", where);
                }
                break;
            case RCP:
                if (hasPrincipal && !(s.has("Principal") && s.get("Principal").isTextual()
                        && s.get("Principal").asText().equals("*"))) {
                    throw j.error("resource control policies only accept \"Principal\": \"*\"",
                            j.nameOf(s, principalElement));
                }
                break;
            default:
                break;
        }
        PrincipalSpec principal = null;
        if (s.has("Principal") || notPrincipal) {
            principal = principal(j, s, notPrincipal ? "NotPrincipal" : "Principal");
        }
        List<ConditionClause> conditions = s.has("Condition") ? conditions(j, s, variables) : List.of();
        return new Statement(sid, index, effect, notAction, actions, notResource, resources, hasResource, principal,
                notPrincipal, conditions, variables, where, positions, actionPositions, resourcePositions);
    }

    private static PrincipalSpec principal(LocatedJson j, JsonNode s, String element) throws PolicyParseException {
        JsonNode p = s.get(element);
        Map<String, List<String>> written = new LinkedHashMap<>();
        if (p.isTextual()) {
            if (!p.asText().equals("*")) {
                throw j.error(element + " must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}, not "
                        + shown(p), j.valueOf(s, element));
            }
            written.put("*", List.of("*"));
            return new PrincipalSpec(written);
        }
        if (!p.isObject()) {
            throw j.error(element + " must be \"*\" or an object, not " + describe(p), j.valueOf(s, element));
        }
        if (p.isEmpty()) {
            throw j.error(element + " is empty", j.valueOf(s, element));
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String type = it.next();
            if (!PRINCIPAL_TYPES.contains(type)) {
                throw j.error("unknown " + element + " type \"" + type + "\" (expected AWS, Service, Federated or CanonicalUser)"
                        + hint(type, PRINCIPAL_TYPES), j.nameOf(p, type));
            }
            written.put(type, strings(j, p, type, new ArrayList<>()));
        }
        return new PrincipalSpec(written);
    }

    private static List<ConditionClause> conditions(LocatedJson j, JsonNode s, boolean variables)
            throws PolicyParseException {
        JsonNode c = s.get("Condition");
        if (!c.isObject()) {
            throw j.error("Condition must be an object of operators, not " + describe(c), j.valueOf(s, "Condition"));
        }
        List<ConditionClause> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : c.properties()) {
            Position opPosition = j.nameOf(c, op.getKey());
            Optional<ConditionOperator> operator = ConditionOperator.parse(op.getKey());
            if (operator.isEmpty()) {
                throw j.error("unknown condition operator \"" + op.getKey() + "\"", opPosition);
            }
            JsonNode block = op.getValue();
            if (!block.isObject()) {
                throw j.error("condition operator " + op.getKey() + " must map condition keys to values, not "
                        + describe(block), j.valueOf(c, op.getKey()));
            }
            if (block.isEmpty()) {
                throw j.error("condition operator " + op.getKey() + " has no condition keys", j.valueOf(c, op.getKey()));
            }
            for (Map.Entry<String, JsonNode> key : block.properties()) {
                List<Position> valuePositions = new ArrayList<>();
                List<String> values = scalars(j, block, key.getKey(), valuePositions);
                out.add(new ConditionClause(operator.get(), key.getKey(), values, variables, opPosition,
                        j.nameOf(block, key.getKey()), valuePositions));
            }
        }
        return out;
    }

    /** A string or an array of strings. */
    private static List<String> strings(LocatedJson j, JsonNode parent, String field, List<Position> positions)
            throws PolicyParseException {
        JsonNode node = parent.get(field);
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
            positions.add(j.valueOf(parent, field));
            return out;
        }
        if (!node.isArray()) {
            throw j.error(field + " must be a string or an array of strings, not " + describe(node),
                    j.valueOf(parent, field));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isTextual()) {
                throw j.error(field + "[" + i + "] must be a string, not " + describe(e), j.elementOf(node, i));
            }
            out.add(e.asText());
            positions.add(j.elementOf(node, i));
        }
        return out;
    }

    /** Condition values: strings, numbers or booleans, alone or in an array. */
    private static List<String> scalars(LocatedJson j, JsonNode parent, String field, List<Position> positions)
            throws PolicyParseException {
        JsonNode node = parent.get(field);
        List<String> out = new ArrayList<>();
        if (node.isValueNode() && !node.isNull()) {
            out.add(scalarText(node));
            positions.add(j.valueOf(parent, field));
            return out;
        }
        if (!node.isArray()) {
            throw j.error("the value of condition key " + field + " must be a string, number, boolean or an array of them, not "
                    + describe(node), j.valueOf(parent, field));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isValueNode() || e.isNull()) {
                throw j.error("condition key " + field + " value [" + i + "] must be a string, number or boolean, not "
                        + describe(e), j.elementOf(node, i));
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

    private static String text(LocatedJson j, JsonNode parent, String field, JsonNode node)
            throws PolicyParseException {
        if (!node.isTextual()) {
            throw j.error(field + " must be a string, not " + describe(node), j.valueOf(parent, field));
        }
        return node.asText();
    }

    private static void checkElements(LocatedJson j, JsonNode node, List<String> allowed, String what)
            throws PolicyParseException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw j.error("unknown " + what + " element \"" + name + "\"" + hint(name, allowed)
                        + " (expected " + String.join(", ", allowed) + ")", j.nameOf(node, name));
            }
        }
    }

    private static String hint(String name, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(name) || (a + "s").equalsIgnoreCase(name) || a.equalsIgnoreCase(name + "s")) {
                return "; did you mean \"" + a + "\"?";
            }
        }
        return "";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isBoolean()) {
            return "a boolean (" + node.asText() + ")";
        }
        if (node.isNumber()) {
            return "a number (" + scalarText(node) + ")";
        }
        return "the string \"" + node.asText() + "\"";
    }

    private static String shown(JsonNode node) {
        return node.isTextual() ? "\"" + node.asText() + "\"" : describe(node);
    }
}
