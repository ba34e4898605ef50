package dev.secpillar.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One compiled policy statement. Action patterns are lower-cased (action names are
 * case-insensitive, rule 8); resource patterns keep their case (rule 9).
 */
public final class Statement {
    private final String sid;
    private final int index;
    private final Effect effect;
    private final boolean notAction;
    private final List<String> actionTexts;
    private final Glob[] actions;
    private final boolean notResource;
    private final List<String> resourceTexts;   // empty list + null patterns when absent
    private final ArnPattern[] resources;
    private final PrincipalSpec principal;       // null when absent
    private final boolean notPrincipal;
    private final ConditionClause[] conditions;
    private final Position position;
    private final Map<String, Position> elementPositions;
    private final List<Position> actionPositions;
    private final List<Position> resourcePositions;

    Statement(String sid, int index, Effect effect, boolean notAction, List<String> actionTexts,
              boolean notResource, List<String> resourceTexts, boolean hasResource, PrincipalSpec principal,
              boolean notPrincipal, List<ConditionClause> conditions, boolean variablesEnabled, Position position,
              Map<String, Position> elementPositions, List<Position> actionPositions,
              List<Position> resourcePositions) {
        this.sid = sid;
        this.index = index;
        this.effect = effect;
        this.notAction = notAction;
        this.actionTexts = List.copyOf(actionTexts);
        this.actions = new Glob[actionTexts.size()];
        for (int i = 0; i < actions.length; i++) {
            actions[i] = Glob.of(actionTexts.get(i).toLowerCase(java.util.Locale.ROOT));
        }
        this.notResource = notResource;
        this.resourceTexts = List.copyOf(resourceTexts);
        if (hasResource) {
            resources = new ArnPattern[resourceTexts.size()];
            for (int i = 0; i < resources.length; i++) {
                resources[i] = ArnPattern.compile(resourceTexts.get(i), variablesEnabled);
            }
        } else {
            resources = null;
        }
        this.principal = principal;
        this.notPrincipal = notPrincipal;
        this.conditions = conditions.toArray(new ConditionClause[0]);
        this.position = position;
        this.elementPositions = Map.copyOf(elementPositions);
        this.actionPositions = List.copyOf(actionPositions);
        this.resourcePositions = List.copyOf(resourcePositions);
    }

    public Optional<String> sid() {
        return Optional.ofNullable(sid);
    }

    /** Position of the statement within its policy, from 0. */
    public int index() {
        return index;
    }

    /** The Sid, or the index when there is none: how reasons name a statement. */
    public String label() {
        return sid != null && !sid.isEmpty() ? sid : String.valueOf(index);
    }

    public Effect effect() {
        return effect;
    }

    public boolean usesNotAction() {
        return notAction;
    }

    /** The Action or NotAction values as written. */
    public List<String> actions() {
        return actionTexts;
    }

    public boolean usesNotResource() {
        return notResource;
    }

    public boolean hasResourceElement() {
        return resources != null;
    }

    /** The Resource or NotResource values as written (empty when the element is absent). */
    public List<String> resources() {
        return resourceTexts;
    }

    public boolean hasPrincipalElement() {
        return principal != null;
    }

    public boolean usesNotPrincipal() {
        return principal != null && notPrincipal;
    }

    /** Principal or NotPrincipal values as written, by type ("AWS", "Service", ... or "*"). */
    public Map<String, List<String>> principals() {
        return principal == null ? Map.of() : Collections.unmodifiableMap(principal.written);
    }

    public int conditionCount() {
        return conditions.length;
    }

    public Position position() {
        return position;
    }

    /** Where an element (Effect, Action, Resource, Principal, Condition, Sid ...) was written. */
    public Position positionOf(String element) {
        return elementPositions.getOrDefault(element, position);
    }

    /** Whether the statement has this element at all. */
    boolean wrote(String element) {
        return elementPositions.containsKey(element);
    }

    Position actionPosition(int i) {
        return i < actionPositions.size() ? actionPositions.get(i) : positionOf(notAction ? "NotAction" : "Action");
    }

    Position resourcePosition(int i) {
        return i < resourcePositions.size() ? resourcePositions.get(i)
                : positionOf(notResource ? "NotResource" : "Resource");
    }

    List<ConditionClause> conditionClauses() {
        return List.of(conditions);
    }

    Glob[] actionGlobs() {
        return actions;
    }

    ArnPattern[] resourcePatterns() {
        return resources;
    }

    PrincipalSpec principalSpec() {
        return principal;
    }

    // ---- matching (rules 8, 9, 10, 11) ---------------------------------------------------

    /** Action / NotAction: NotAction applies to every action not listed (rule 10). */
    boolean actionApplies(Request request) {
        String action = request.actionLower();
        boolean listed = false;
        for (Glob g : actions) {
            if (g.matches(action)) {
                listed = true;
                break;
            }
        }
        return listed != notAction;
    }

    /** Resource / NotResource; a statement without either (a trust policy) applies to its resource. */
    boolean resourceApplies(Request request) {
        if (resources == null) {
            return true;
        }
        String resource = request.resource();
        String[] parts = request.resourceParts();
        boolean listed = false;
        for (ArnPattern p : resources) {
            if (p.matches(resource, parts, request)) {
                listed = true;
                break;
            }
        }
        return listed != notResource;
    }

    /**
     * Principal / NotPrincipal. Policies without the element (identity, boundary, session,
     * SCP, RCP) apply to the requester, reported as DIRECT. NotPrincipal applies to every
     * principal it does not exempt (rule 11).
     */
    MatchLevel principalLevel(RequestPrincipal who) {
        if (principal == null) {
            return MatchLevel.DIRECT;
        }
        if (notPrincipal) {
            return principal.exempts(who) ? MatchLevel.NONE : MatchLevel.DIRECT;
        }
        return principal.match(who);
    }

    /** Index of the first condition that does not hold (rule 12: they AND together), or -1. */
    int failingCondition(Request request) {
        for (int i = 0; i < conditions.length; i++) {
            if (!conditions[i].holds(request)) {
                return i;
            }
        }
        return -1;
    }

    ConditionClause condition(int i) {
        return conditions[i];
    }

    @Override
    public String toString() {
        return "Statement " + label() + " (" + effect.awsName() + ")";
    }
}
