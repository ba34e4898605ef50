package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every policy that bears on one request, plus the request. The policies are compiled
 * {@link PolicyDocument}s, so a fixed world can be re-used for many requests
 * ({@link #withRequest}) or with an edited policy ({@link #withIdentityPolicies}) cheaply.
 *
 * <p>{@code scps} and {@code rcps} hold one list of policies per level of the organization,
 * root first; every level must allow (rule 4).
 */
public final class Scenario {
    private final List<PolicyDocument> identityPolicies;
    private final PolicyDocument resourcePolicy;
    private final List<PolicyDocument> permissionBoundaries;
    private final PolicyDocument sessionPolicy;
    private final List<List<PolicyDocument>> scps;
    private final List<List<PolicyDocument>> rcps;
    private final Request request;
    final PolicySet identitySet;
    final PolicySet resourceSet;
    final PolicySet boundarySet;
    final PolicySet sessionSet;
    final PolicySet[] scpLevels;
    final PolicySet[] rcpLevels;

    private Scenario(Builder b) {
        this.identityPolicies = List.copyOf(b.identityPolicies);
        this.resourcePolicy = b.resourcePolicy;
        this.permissionBoundaries = List.copyOf(b.permissionBoundaries);
        this.sessionPolicy = b.sessionPolicy;
        List<List<PolicyDocument>> s = new ArrayList<>();
        b.scps.forEach(level -> s.add(List.copyOf(level)));
        this.scps = List.copyOf(s);
        List<List<PolicyDocument>> r = new ArrayList<>();
        b.rcps.forEach(level -> r.add(List.copyOf(level)));
        this.rcps = List.copyOf(r);
        this.request = b.request;
        this.identitySet = PolicySet.indexed("identityPolicies", identityPolicies);
        this.resourceSet = PolicySet.single("resourcePolicy", resourcePolicy);
        this.boundarySet = PolicySet.indexed("permissionBoundaries", permissionBoundaries);
        this.sessionSet = PolicySet.single("sessionPolicy", sessionPolicy);
        this.scpLevels = new PolicySet[scps.size()];
        for (int i = 0; i < scpLevels.length; i++) {
            scpLevels[i] = PolicySet.indexed("scps[" + i + "]", scps.get(i));
        }
        this.rcpLevels = new PolicySet[rcps.size()];
        for (int i = 0; i < rcpLevels.length; i++) {
            rcpLevels[i] = PolicySet.indexed("rcps[" + i + "]", rcps.get(i));
        }
    }

    private Scenario(Scenario world, Request request) {
        this.identityPolicies = world.identityPolicies;
        this.resourcePolicy = world.resourcePolicy;
        this.permissionBoundaries = world.permissionBoundaries;
        this.sessionPolicy = world.sessionPolicy;
        this.scps = world.scps;
        this.rcps = world.rcps;
        this.request = request;
        this.identitySet = world.identitySet;
        this.resourceSet = world.resourceSet;
        this.boundarySet = world.boundarySet;
        this.sessionSet = world.sessionSet;
        this.scpLevels = world.scpLevels;
        this.rcpLevels = world.rcpLevels;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this scenario's policies and request, to change one part. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.identityPolicies.addAll(identityPolicies);
        b.resourcePolicy = resourcePolicy;
        b.permissionBoundaries.addAll(permissionBoundaries);
        b.sessionPolicy = sessionPolicy;
        scps.forEach(level -> b.scps.add(new ArrayList<>(level)));
        rcps.forEach(level -> b.rcps.add(new ArrayList<>(level)));
        b.request = request;
        return b;
    }

    /** The same policies with another request: no recompilation, no copying. */
    public Scenario withRequest(Request newRequest) {
        return new Scenario(this, newRequest);
    }

    /** The same world with other identity policies (for example the learner's edit). */
    public Scenario withIdentityPolicies(List<PolicyDocument> policies) {
        Builder b = toBuilder();
        b.identityPolicies.clear();
        b.identityPolicies.addAll(policies);
        return b.build();
    }

    public List<PolicyDocument> identityPolicies() {
        return identityPolicies;
    }

    public Optional<PolicyDocument> resourcePolicy() {
        return Optional.ofNullable(resourcePolicy);
    }

    public List<PolicyDocument> permissionBoundaries() {
        return permissionBoundaries;
    }

    public Optional<PolicyDocument> sessionPolicy() {
        return Optional.ofNullable(sessionPolicy);
    }

    public List<List<PolicyDocument>> scps() {
        return scps;
    }

    public List<List<PolicyDocument>> rcps() {
        return rcps;
    }

    public Request request() {
        return request;
    }

    /** Assembles a scenario from parsed policies. */
    public static final class Builder {
        private final List<PolicyDocument> identityPolicies = new ArrayList<>();
        private PolicyDocument resourcePolicy;
        private final List<PolicyDocument> permissionBoundaries = new ArrayList<>();
        private PolicyDocument sessionPolicy;
        private final List<List<PolicyDocument>> scps = new ArrayList<>();
        private final List<List<PolicyDocument>> rcps = new ArrayList<>();
        private Request request;

        public Builder identityPolicy(PolicyDocument policy) {
            identityPolicies.add(policy);
            return this;
        }

        public Builder identityPolicies(List<PolicyDocument> policies) {
            identityPolicies.addAll(policies);
            return this;
        }

        public Builder resourcePolicy(PolicyDocument policy) {
            resourcePolicy = policy;
            return this;
        }

        public Builder permissionBoundary(PolicyDocument policy) {
            permissionBoundaries.add(policy);
            return this;
        }

        public Builder sessionPolicy(PolicyDocument policy) {
            sessionPolicy = policy;
            return this;
        }

        /** Adds the next SCP level down (root first, then each OU, then the account). */
        public Builder scpLevel(List<PolicyDocument> policies) {
            scps.add(new ArrayList<>(policies));
            return this;
        }

        /** Adds the next RCP level down; an empty level means only RCPFullAWSAccess is attached. */
        public Builder rcpLevel(List<PolicyDocument> policies) {
            rcps.add(new ArrayList<>(policies));
            return this;
        }

        public Builder request(Request r) {
            request = r;
            return this;
        }

        public Scenario build() {
            if (request == null) {
                throw new IllegalStateException("a scenario needs a request");
            }
            return new Scenario(this);
        }
    }
}
