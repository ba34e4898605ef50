package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An authorization request: who, which action, on what, with which context. Built once and
 * evaluated as often as needed; the action is lower-cased, the resource ARN split and the
 * context keys lower-cased at construction.
 *
 * <p>Rule 19: the principal's account and type and the resource's account come from the ARNs
 * unless given. AWS also puts a few keys in every request context; they are added here
 * (aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:username for IAM users,
 * aws:PrincipalIsAWSService, aws:PrincipalServiceName for services, aws:ResourceAccount)
 * unless the context already sets them.
 */
public final class Request {
    private final String principal;
    private final String action;
    private final String resource;
    private final RequestPrincipal who;
    private final String resourceAccount;
    private final boolean resourceAccountInferred;
    private final String actionLower;
    private final String service;
    private final String[] resourceParts;
    private final Map<String, List<String>> givenContext;
    private final Map<String, ContextValue> context;

    private Request(Builder b, RequestPrincipal who) {
        this.principal = b.principal;
        this.action = b.action;
        this.resource = b.resource;
        this.who = who;
        this.actionLower = b.action.toLowerCase(Locale.ROOT);
        int colon = actionLower.indexOf(':');
        this.service = colon < 0 ? actionLower : actionLower.substring(0, colon);
        this.resourceParts = ArnPattern.arnParts(b.resource);
        String account = b.resourceAccount;
        boolean inferred = false;
        if (account == null || account.isEmpty()) {
            account = resourceParts != null && !resourceParts[4].isEmpty() ? resourceParts[4] : null;
            if (account == null) {
                // S3 bucket ARNs carry no account: without one given, treat the resource as the principal's.
                account = who.account;
                inferred = true;
            }
        }
        this.resourceAccount = account;
        this.resourceAccountInferred = inferred;
        this.givenContext = Collections.unmodifiableMap(new LinkedHashMap<>(b.context));
        Map<String, ContextValue> ctx = new HashMap<>();
        addImplicitKeys(ctx);
        for (Map.Entry<String, List<String>> e : b.context.entrySet()) {
            ctx.put(e.getKey().toLowerCase(Locale.ROOT),
                    new ContextValue(e.getValue(), b.multivalued.contains(e.getKey())));
        }
        this.context = ctx;
    }

    private void addImplicitKeys(Map<String, ContextValue> ctx) {
        if (who.isIamPrincipal() && !who.account.isEmpty()) {
            put(ctx, "aws:PrincipalArn", who.principalArn());
            put(ctx, "aws:PrincipalAccount", who.account);
        }
        who.type.awsPrincipalType().ifPresent(t -> put(ctx, "aws:PrincipalType", t));
        if (who.type == PrincipalType.USER && who.name != null) {
            put(ctx, "aws:username", who.name);
        }
        put(ctx, "aws:PrincipalIsAWSService", who.type == PrincipalType.SERVICE ? "true" : "false");
        if (who.type == PrincipalType.SERVICE) {
            put(ctx, "aws:PrincipalServiceName", who.name);
        }
        if (resourceAccount != null && !resourceAccount.isEmpty()) {
            put(ctx, "aws:ResourceAccount", resourceAccount);
        }
    }

    private static void put(Map<String, ContextValue> ctx, String key, String value) {
        ctx.put(key.toLowerCase(Locale.ROOT), new ContextValue(List.of(value), false));
    }

    public static Builder builder() {
        return new Builder();
    }

    public String principal() {
        return principal;
    }

    public String action() {
        return action;
    }

    public String resource() {
        return resource;
    }

    public PrincipalType principalType() {
        return who.type;
    }

    /** The principal's account, or "" for principals without one (services, anonymous). */
    public String principalAccount() {
        return who.account;
    }

    public String resourceAccount() {
        return resourceAccount == null ? "" : resourceAccount;
    }

    /** True when the resource account was not given and not in the ARN, so it was taken as the principal's. */
    public boolean resourceAccountInferred() {
        return resourceAccountInferred;
    }

    /**
     * A resource AWS owns, such as an AWS managed policy (arn:aws:iam::aws:policy/...): no
     * resource policy exists, and the caller's identity side alone decides.
     */
    public boolean awsOwnedResource() {
        return "aws".equals(resourceAccount);
    }

    /** Same account: the principal's account owns the resource. */
    public boolean sameAccount() {
        return !who.account.isEmpty() && who.account.equals(resourceAccount);
    }

    /** The context as given (without the keys AWS adds). */
    public Map<String, List<String>> context() {
        return givenContext;
    }

    String actionLower() {
        return actionLower;
    }

    String service() {
        return service;
    }

    String[] resourceParts() {
        return resourceParts;
    }

    RequestPrincipal who() {
        return who;
    }

    ContextValue context(String lowerKey) {
        return context.get(lowerKey);
    }

    /** The value of a policy variable: a single-valued key only (multivalued keys cannot be variables). */
    String variable(String lowerKey) {
        ContextValue v = context.get(lowerKey);
        if (v == null || v.multivalued || v.size() != 1) {
            return null;
        }
        return v.get(0);
    }

    @Override
    public String toString() {
        return principal + " " + action + " " + resource;
    }

    /** Builds a request; {@link #build()} fails when the principal's type cannot be told. */
    public static final class Builder {
        private String principal;
        private String action;
        private String resource = "*";
        private String resourceAccount;
        private String principalAccount;
        private PrincipalType principalType;
        private final Map<String, List<String>> context = new LinkedHashMap<>();
        private final java.util.Set<String> multivalued = new java.util.HashSet<>();

        public Builder principal(String arn) {
            this.principal = arn;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder resource(String arn) {
            this.resource = arn;
            return this;
        }

        public Builder resourceAccount(String account) {
            this.resourceAccount = account;
            return this;
        }

        public Builder principalAccount(String account) {
            this.principalAccount = account;
            return this;
        }

        public Builder principalType(PrincipalType type) {
            this.principalType = type;
            return this;
        }

        /** A single-valued context key. */
        public Builder context(String key, String value) {
            context.put(key, List.of(value));
            multivalued.remove(key);
            return this;
        }

        /** A multivalued context key (for example aws:TagKeys). */
        public Builder context(String key, List<String> values) {
            context.put(key, new ArrayList<>(values));
            multivalued.add(key);
            return this;
        }

        public Builder context(Map<String, ?> values) {
            for (Map.Entry<String, ?> e : values.entrySet()) {
                if (e.getValue() instanceof List<?> list) {
                    List<String> strings = new ArrayList<>();
                    list.forEach(o -> strings.add(String.valueOf(o)));
                    context(e.getKey(), strings);
                } else {
                    context(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            return this;
        }

        /** @throws IllegalArgumentException when principal or action is missing or the principal type is unknown */
        public Request build() {
            Optional<dev.secpillar.i18n.Text> problem = problem();
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get().english());
            }
            Optional<RequestPrincipal> who = RequestPrincipal.decode(principal, principalType, principalAccount);
            return new Request(this, who.get());
        }

        /** What stops this request from being built, in words a reader of any language gets. */
        public Optional<dev.secpillar.i18n.Text> problem() {
            if (principal == null || principal.isBlank()) {
                return Optional.of(dev.secpillar.i18n.Text.of("policy.request.no_principal"));
            }
            if (action == null || action.isBlank()) {
                return Optional.of(dev.secpillar.i18n.Text.of("policy.request.no_action"));
            }
            if (RequestPrincipal.decode(principal, principalType, principalAccount).isEmpty()) {
                return Optional.of(dev.secpillar.i18n.Text.of("policy.request.principal_kind", principal));
            }
            return Optional.empty();
        }
    }
}
