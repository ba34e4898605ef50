package dev.secpillar.policy;

import static dev.secpillar.policy.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One or more tests per documented evaluation rule (issue 3, rules 1-11 and 19). */
class EvaluationRulesTest {

    private static final Request GET = request(ALICE, "s3:GetObject", OBJECT);

    @Nested
    class Rule1DefaultDenyAndExplicitDeny {
        @Test
        void noPolicyMeansImplicitDeny() {
            EvaluationResult r = PolicyEvaluator.evaluate(world(GET).build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.summary()).startsWith("Implicit deny: no identity policy allows s3:GetObject");
        }

        @Test
        void identityDenyBeatsIdentityAllow() {
            PolicyDocument p = statements(allow("s3:*", "*") + "," + deny("s3:GetObject", OBJECT));
            EvaluationResult r = PolicyEvaluator.evaluate(world(GET, p).build());
            assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(r.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.policy()).isEqualTo("identityPolicies[0]");
                assertThat(reason.statement()).contains("1");
            });
        }

        @Test
        void denyInEveryPolicyTypeWins() {
            PolicyDocument denyAll = statements(deny("*", "*"));
            PolicyDocument denyAllResource = statements(
                    "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}");
            assertThat(decide(world(GET, allowAll()).scpLevel(List.of(denyAll, allowAll()))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(decide(world(GET, allowAll()).rcpLevel(List.of(denyAll, allowAll()))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(decide(world(GET, allowAll()).resourcePolicy(denyAllResource)))
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(decide(world(GET, allowAll()).permissionBoundary(statements(allow("*", "*") + "," + deny("*", "*")))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(decide(world(GET, allowAll()).sessionPolicy(denyAll)))
                    .isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        void resourcePolicyDenyWinsOverResourcePolicyAllow() {
            PolicyDocument rp = statements(allowFor(aws(ALICE), "s3:*", "*")
                    + ",{\"Sid\":\"NoGet\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");
            EvaluationResult r = PolicyEvaluator.evaluate(world(GET).resourcePolicy(rp).build());
            assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(r.summary()).isEqualTo("Explicit deny: resourcePolicy statement NoGet");
        }
    }

    @Nested
    class Rule2SameAccount {
        @Test
        void identityPolicyAloneIsEnough() {
            assertThat(decide(world(GET, statements(allow("s3:GetObject", BUCKET_OBJECTS))))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void resourcePolicyAloneIsEnough() {
            PolicyDocument rp = statements(allowFor(aws(ALICE), "s3:GetObject", BUCKET_OBJECTS));
            EvaluationResult r = PolicyEvaluator.evaluate(world(GET).resourcePolicy(rp).build());
            assertThat(r.decision()).isEqualTo(Decision.ALLOW);
            assertThat(r.reasons()).extracting(Reason::policy).containsExactly("resourcePolicy");
        }

        @Test
        void resourcePolicyNamingOnlyTheAccountDelegatesToIdentityPolicies() {
            PolicyDocument rp = statements(allowFor(aws("arn:aws:iam::111122223333:root"), "s3:GetObject", "*"));
            assertThat(decide(world(GET).resourcePolicy(rp))).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(decide(world(GET, statements(allow("s3:GetObject", "*"))).resourcePolicy(rp)))
                    .isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    class Rule3CrossAccount {
        private final Request eveGets = Request.builder().principal(OUTSIDER).action("s3:GetObject")
                .resource(OBJECT).resourceAccount(ACCOUNT).build();

        @Test
        void identityPolicyAloneIsNotEnough() {
            EvaluationResult r = PolicyEvaluator.evaluate(world(eveGets, allowAll()).build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.summary()).contains("cross-account access needs both sides");
        }

        @Test
        void resourcePolicyAloneIsNotEnough() {
            PolicyDocument rp = statements(allowFor(aws(OUTSIDER), "s3:GetObject", "*"));
            assertThat(decide(world(eveGets).resourcePolicy(rp))).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void bothSidesAllow() {
            PolicyDocument rp = statements(allowFor(aws(OUTSIDER), "s3:GetObject", "*"));
            EvaluationResult r = PolicyEvaluator.evaluate(world(eveGets, allowAll()).resourcePolicy(rp).build());
            assertThat(r.decision()).isEqualTo(Decision.ALLOW);
            assertThat(r.reasons()).extracting(Reason::policy).containsExactly("identityPolicies[0]", "resourcePolicy");
        }

        @Test
        void trustingTheOtherAccountIsEnoughOnTheResourceSide() {
            PolicyDocument rp = statements(allowFor(aws(OTHER), "s3:GetObject", "*"));
            assertThat(decide(world(eveGets, allowAll()).resourcePolicy(rp))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void boundaryStillLimitsTheIdentitySide() {
            PolicyDocument rp = statements(allowFor(aws(OUTSIDER), "s3:GetObject", "*"));
            assertThat(decide(world(eveGets, allowAll()).resourcePolicy(rp)
                    .permissionBoundary(statements(allow("ec2:*", "*"))))).isEqualTo(Decision.IMPLICIT_DENY);
        }
    }

    @Nested
    class Rule4OrganizationPolicies {
        @Test
        void everyScpLevelMustAllow() {
            Scenario.Builder b = world(GET, allowAll())
                    .scpLevel(List.of(allowAll()))
                    .scpLevel(List.of(statements(allow("ec2:*", "*"))))
                    .scpLevel(List.of(allowAll()));
            EvaluationResult r = PolicyEvaluator.evaluate(b.build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.reasons()).extracting(Reason::policy).containsExactly("scps[1]");
        }

        @Test
        void scpsNeverGrant() {
            assertThat(decide(world(GET).scpLevel(List.of(allowAll())))).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void allowAtEveryLevelLetsIdentityDecide() {
            assertThat(decide(world(GET, allowAll()).scpLevel(List.of(allowAll())).scpLevel(List.of(allowAll()))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void scpsDoNotApplyToServicePrincipals() {
            Request svc = request("cloudtrail.amazonaws.com", "s3:PutObject", OBJECT);
            PolicyDocument rp = statements(allowFor("{\"Service\":\"cloudtrail.amazonaws.com\"}", "s3:PutObject", "*"));
            assertThat(decide(Scenario.builder().request(svc).resourcePolicy(rp).scpLevel(List.of(statements(deny("*", "*"))))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void serviceLinkedRolesAreExemptFromScpsAndRcps() {
            Request slr = request("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForConfig/cfg", "s3:GetObject", OBJECT);
            PolicyDocument denyAll = statements(deny("*", "*"));
            assertThat(decide(world(slr, allowAll()).scpLevel(List.of(denyAll)).rcpLevel(List.of(denyAll))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void rcpLevelWithoutPoliciesImpliesFullAccess() {
            assertThat(decide(world(GET, allowAll()).rcpLevel(List.of()).rcpLevel(List.of()))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void everyRcpLevelWithPoliciesMustAllow() {
            EvaluationResult r = PolicyEvaluator.evaluate(world(GET, allowAll()).rcpLevel(List.of())
                    .rcpLevel(List.of(statements(allow("sqs:*", "*")))).build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.reasons()).extracting(Reason::policy).containsExactly("rcps[1]");
        }

        @Test
        void rcpsApplyToServicePrincipalsToo() {
            Request svc = request("cloudtrail.amazonaws.com", "s3:PutObject", OBJECT);
            PolicyDocument rp = statements(allowFor("{\"Service\":\"cloudtrail.amazonaws.com\"}", "s3:PutObject", "*"));
            assertThat(decide(Scenario.builder().request(svc).resourcePolicy(rp).rcpLevel(List.of(statements(deny("*", "*"))))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
        }
    }

    @Nested
    class Rule5PermissionsBoundary {
        private final PolicyDocument boundary = statements(allow("s3:GetObject", "*"));

        @Test
        void effectiveIsTheIntersection() {
            PolicyDocument identity = statements(allow("s3:*", "*"));
            assertThat(decide(world(GET, identity).permissionBoundary(boundary))).isEqualTo(Decision.ALLOW);
            Request put = request(ALICE, "s3:PutObject", OBJECT);
            EvaluationResult r = PolicyEvaluator.evaluate(world(put, identity).permissionBoundary(boundary).build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.summary()).contains("permissionBoundaries[0]");
        }

        @Test
        void boundaryAloneGrantsNothing() {
            assertThat(decide(world(GET).permissionBoundary(boundary))).isEqualTo(Decision.IMPLICIT_DENY);
        }
    }

    @Nested
    class Rule6SameAccountResourcePolicyPrincipals {
        private final PolicyDocument ecOnly = statements(allow("ec2:*", "*"));

        @Test
        void userArnIsNotLimitedByIdentityOrBoundaryImplicitDeny() {
            PolicyDocument rp = statements(allowFor(aws(ALICE), "s3:GetObject", "*"));
            assertThat(decide(world(GET, ecOnly).permissionBoundary(ecOnly).resourcePolicy(rp))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void roleArnIsLimitedByTheBoundary() {
            Request get = request(SESSION, "s3:GetObject", OBJECT);
            PolicyDocument rp = statements(allowFor(aws(ROLE), "s3:GetObject", "*"));
            assertThat(decide(world(get).resourcePolicy(rp))).isEqualTo(Decision.ALLOW);
            EvaluationResult r = PolicyEvaluator.evaluate(world(get).resourcePolicy(rp).permissionBoundary(ecOnly).build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.reasons()).extracting(Reason::describe)
                    .anySatisfy(d -> assertThat(d).contains("names the role"));
        }

        @Test
        void roleArnIsLimitedByTheSessionPolicy() {
            Request get = request(SESSION, "s3:GetObject", OBJECT);
            PolicyDocument rp = statements(allowFor(aws(ROLE), "s3:GetObject", "*"));
            assertThat(decide(world(get).resourcePolicy(rp).sessionPolicy(ecOnly))).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void roleArnWithPathMatchesTheSessionByName() {
            Request get = request(SESSION, "s3:GetObject", OBJECT);
            PolicyDocument rp = statements(allowFor(aws("arn:aws:iam::111122223333:role/team/Reader"), "s3:GetObject", "*"));
            assertThat(decide(world(get).resourcePolicy(rp))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void sessionArnIsNotLimitedByIdentityBoundaryOrSession() {
            Request get = request(SESSION, "s3:GetObject", OBJECT);
            PolicyDocument rp = statements(allowFor(aws(SESSION), "s3:GetObject", "*"));
            assertThat(decide(world(get, ecOnly).resourcePolicy(rp).permissionBoundary(ecOnly).sessionPolicy(ecOnly)))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void explicitDenyInTheBoundaryStillWins() {
            PolicyDocument rp = statements(allowFor(aws(ALICE), "s3:GetObject", "*"));
            assertThat(decide(world(GET).permissionBoundary(statements(deny("s3:*", "*"))).resourcePolicy(rp)))
                    .isEqualTo(Decision.EXPLICIT_DENY);
        }
    }

    @Nested
    class Rule7SessionPolicy {
        private final Request get = request(SESSION, "s3:GetObject", OBJECT);
        private final Request put = request(SESSION, "s3:PutObject", OBJECT);
        private final PolicyDocument identity = statements(allow("s3:*", "*"));
        private final PolicyDocument session = statements(allow("s3:GetObject", "*"));

        @Test
        void effectiveIsIdentityAndSession() {
            assertThat(decide(world(get, identity).sessionPolicy(session))).isEqualTo(Decision.ALLOW);
            EvaluationResult r = PolicyEvaluator.evaluate(world(put, identity).sessionPolicy(session).build());
            assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(r.summary()).contains("sessionPolicy");
        }

        @Test
        void sessionPolicyAloneGrantsNothing() {
            assertThat(decide(world(get).sessionPolicy(session))).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void andTheBoundaryToo() {
            assertThat(decide(world(get, identity).sessionPolicy(session)
                    .permissionBoundary(statements(allow("s3:PutObject", "*"))))).isEqualTo(Decision.IMPLICIT_DENY);
        }
    }

    @Nested
    class Rule8ActionNames {
        @Test
        void serviceAndActionAreCaseInsensitive() {
            assertThat(decide(world(GET, statements(allow("S3:getOBJECT", "*"))))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(request(ALICE, "S3:GETOBJECT", OBJECT), statements(allow("s3:GetObject", "*")))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void starAndQuestionMarkWildcards() {
            assertThat(decide(world(GET, statements(allow("s3:Get*", "*"))))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(GET, statements(allow("s3:Get?bject", "*"))))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(GET, statements(allow("s3:Get?", "*"))))).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(decide(world(GET, statements(allow("*", "*"))))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(GET, statements(allow("s3:Put*", "*"))))).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(decide(world(GET, statements(allow("s*:*Object", "*"))))).isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    class Rule9ResourceArns {
        @Test
        void resourcesMatchCaseSensitively() {
            assertThat(decide(world(GET, statements(allow("s3:GetObject", "arn:aws:s3:::Reports/*")))))
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void starSpansSlashes() {
            Request deep = request(ALICE, "s3:GetObject", "arn:aws:s3:::reports/2024/q1/summary.csv");
            assertThat(decide(world(deep, statements(allow("s3:GetObject", BUCKET_OBJECTS))))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void questionMarkIsOneCharacter() {
            assertThat(decide(world(GET, statements(allow("s3:GetObject", "arn:aws:s3:::reports/q?.csv")))))
                    .isEqualTo(Decision.ALLOW);
            assertThat(decide(world(GET, statements(allow("s3:GetObject", "arn:aws:s3:::reports/?.csv")))))
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void wildcardsInEarlierArnPartsStayWithinThePart() {
            Request role = request(ALICE, "iam:GetRole", "arn:aws:iam::111122223333:role/Admin");
            assertThat(decide(world(role, statements(allow("iam:GetRole", "arn:aws:iam::*:role/*"))))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(role, statements(allow("iam:GetRole", "arn:aws:iam::*:user/*")))))
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }
    }

    @Nested
    class Rule10NotActionAndNotResource {
        @Test
        void notActionWithAllowAllowsEverythingUnlisted() {
            PolicyDocument p = statements("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}");
            assertThat(decide(world(GET, p))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(request(ALICE, "iam:CreateUser", "*"), p))).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void notActionWithAllowStaysWithinResource() {
            PolicyDocument p = statements("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"arn:aws:s3:::other/*\"}");
            assertThat(decide(world(GET, p))).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void notActionWithDenyDeniesEverythingUnlisted() {
            PolicyDocument p = statements(allow("*", "*") + ",{\"Effect\":\"Deny\",\"NotAction\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":\"*\"}");
            assertThat(decide(world(GET, p))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(request(ALICE, "s3:PutObject", OBJECT), p))).isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        void notResourceLikewise() {
            PolicyDocument allowOthers = statements("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::secret/*\"}");
            assertThat(decide(world(GET, allowOthers))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(request(ALICE, "s3:GetObject", "arn:aws:s3:::secret/x"), allowOthers)))
                    .isEqualTo(Decision.IMPLICIT_DENY);
            PolicyDocument denyOthers = statements(allow("s3:*", "*")
                    + ",{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::reports/*\"}");
            assertThat(decide(world(GET, denyOthers))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(request(ALICE, "s3:GetObject", "arn:aws:s3:::secret/x"), denyOthers)))
                    .isEqualTo(Decision.EXPLICIT_DENY);
        }
    }

    @Nested
    class Rule11NotPrincipal {
        private PolicyDocument denyAllBut(String... arns) {
            String list = String.join("\",\"", arns);
            return statements("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + list
                    + "\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}");
        }

        @Test
        void listedUserWithItsAccountIsNotDenied() {
            assertThat(decide(world(GET, allowAll()).resourcePolicy(denyAllBut(ALICE, "arn:aws:iam::111122223333:root"))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void otherPrincipalsAreDenied() {
            assertThat(decide(world(request(BOB, "s3:GetObject", OBJECT), allowAll())
                    .resourcePolicy(denyAllBut(ALICE, "111122223333")))).isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        void listedUserWithoutItsAccountIsStillDenied() {
            assertThat(decide(world(GET, allowAll()).resourcePolicy(denyAllBut(ALICE)))).isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        void listingTheAccountDoesNotExemptItsOtherPrincipals() {
            assertThat(decide(world(GET, allowAll()).resourcePolicy(denyAllBut("arn:aws:iam::111122223333:root"))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
            Request root = request("arn:aws:iam::111122223333:root", "s3:GetObject", OBJECT);
            assertThat(decide(world(root).resourcePolicy(denyAllBut("arn:aws:iam::111122223333:root"))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void roleSessionNeedsAccountRoleAndSessionListed() {
            Request get = request(SESSION, "s3:GetObject", OBJECT);
            assertThat(decide(world(get, allowAll()).resourcePolicy(denyAllBut(ACCOUNT, ROLE, SESSION))))
                    .isEqualTo(Decision.ALLOW);
            assertThat(decide(world(get, allowAll()).resourcePolicy(denyAllBut(ACCOUNT, SESSION))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(decide(world(get, allowAll()).resourcePolicy(denyAllBut(ROLE, SESSION))))
                    .isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        void withAPermissionsBoundaryNotPrincipalDenyAlwaysDenies() {
            assertThat(decide(world(GET, allowAll()).permissionBoundary(allowAll())
                    .resourcePolicy(denyAllBut(ALICE, ACCOUNT)))).isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        void allowWithNotPrincipalGrantsEveryoneElse() {
            PolicyDocument rp = statements("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"" + BOB
                    + "\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");
            assertThat(decide(world(GET).resourcePolicy(rp))).isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    class Rule19PrincipalAndAccounts {
        @Test
        void typesAndAccountsComeFromTheArns() {
            assertThat(request(ALICE, "s3:GetObject", OBJECT).principalType()).isEqualTo(PrincipalType.USER);
            assertThat(request(SESSION, "s3:GetObject", OBJECT).principalType()).isEqualTo(PrincipalType.ROLE_SESSION);
            assertThat(request("arn:aws:sts::111122223333:federated-user/bob", "s3:GetObject", OBJECT).principalType())
                    .isEqualTo(PrincipalType.FEDERATED_USER);
            assertThat(request("arn:aws:iam::111122223333:root", "s3:GetObject", OBJECT).principalType())
                    .isEqualTo(PrincipalType.ROOT);
            assertThat(request("111122223333", "s3:GetObject", OBJECT).principalType()).isEqualTo(PrincipalType.ROOT);
            assertThat(request("lambda.amazonaws.com", "s3:GetObject", OBJECT).principalType())
                    .isEqualTo(PrincipalType.SERVICE);
            assertThat(request("cognito-identity.amazonaws.com", "sts:AssumeRoleWithWebIdentity", ROLE).principalType())
                    .isEqualTo(PrincipalType.FEDERATED);
            Request r = request(OUTSIDER, "sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:queue");
            assertThat(r.principalAccount()).isEqualTo(OTHER);
            assertThat(r.resourceAccount()).isEqualTo(ACCOUNT);
            assertThat(r.sameAccount()).isFalse();
        }

        @Test
        void s3ArnsHaveNoAccountSoTheResourceIsTakenAsThePrincipals() {
            Request r = request(OUTSIDER, "s3:GetObject", OBJECT);
            assertThat(r.resourceAccount()).isEqualTo(OTHER);
            assertThat(r.resourceAccountInferred()).isTrue();
        }

        @Test
        void theScenarioCanOverride() {
            Request r = Request.builder().principal("AIDAEXAMPLEUNIQUEID").principalType(PrincipalType.USER)
                    .principalAccount(OTHER).action("s3:GetObject").resource(OBJECT).resourceAccount(ACCOUNT).build();
            assertThat(r.principalType()).isEqualTo(PrincipalType.USER);
            assertThat(r.sameAccount()).isFalse();
        }

        @Test
        void rootNeedsNoIdentityPolicyInItsOwnAccount() {
            Request root = request("arn:aws:iam::111122223333:root", "s3:GetObject", OBJECT);
            assertThat(decide(Scenario.builder().request(root))).isEqualTo(Decision.ALLOW);
            assertThat(decide(Scenario.builder().request(root).scpLevel(List.of(statements(allow("ec2:*", "*"))))))
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void servicePrincipalsNeedTheResourcePolicy() {
            Request svc = request("cloudtrail.amazonaws.com", "s3:PutObject", OBJECT);
            assertThat(decide(Scenario.builder().request(svc))).isEqualTo(Decision.IMPLICIT_DENY);
            PolicyDocument rp = statements(allowFor("{\"Service\":\"cloudtrail.amazonaws.com\"}", "s3:PutObject", "*"));
            assertThat(decide(Scenario.builder().request(svc).resourcePolicy(rp))).isEqualTo(Decision.ALLOW);
        }

        @Test
        void implicitContextKeysAreAdded() {
            PolicyDocument p = statements("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                    + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalAccount\":\"111122223333\",\"aws:username\":\"alice\","
                    + "\"aws:PrincipalType\":\"User\"},\"ArnEquals\":{\"aws:PrincipalArn\":\"" + ALICE + "\"}}}");
            assertThat(decide(world(GET, p))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(request(BOB, "s3:GetObject", OBJECT), p))).isEqualTo(Decision.IMPLICIT_DENY);
        }
    }

    @Nested
    class KmsKeyPolicies {
        private final Request decrypt = request(ALICE, "kms:Decrypt", "arn:aws:kms:eu-west-1:111122223333:key/k1");

        @Test
        void identityPolicyCountsOnlyWhenTheKeyPolicyEnablesIt() {
            PolicyDocument enablesIam = statements(allowFor(aws("arn:aws:iam::111122223333:root"), "kms:*", "*"));
            PolicyDocument onlyBob = statements(allowFor(aws(BOB), "kms:*", "*"));
            PolicyDocument identity = statements(allow("kms:Decrypt", "*"));
            assertThat(decide(world(decrypt, identity).resourcePolicy(enablesIam))).isEqualTo(Decision.ALLOW);
            assertThat(decide(world(decrypt, identity).resourcePolicy(onlyBob))).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(decide(world(decrypt).resourcePolicy(statements(allowFor(aws(ALICE), "kms:Decrypt", "*")))))
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void aliasesAreNotGatedByTheKeyPolicy() {
            // The key-policy gate is the key's; alias/... resources are authorised by IAM policies alone.
            Request updateAlias = request(ALICE, "kms:UpdateAlias", "arn:aws:kms:eu-west-1:111122223333:alias/a");
            PolicyDocument unrelated = statements(allowFor(aws(BOB), "kms:*", "*"));
            assertThat(decide(world(updateAlias, statements(allow("kms:UpdateAlias", "*"))).resourcePolicy(unrelated)))
                    .isEqualTo(Decision.ALLOW);
            Request onKey = request(ALICE, "kms:UpdateAlias", "arn:aws:kms:eu-west-1:111122223333:key/k1");
            assertThat(decide(world(onKey, statements(allow("kms:UpdateAlias", "*"))).resourcePolicy(unrelated)))
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void withoutAKeyPolicyTheDefaultOneIsAssumedAndSaid() {
            EvaluationResult r = PolicyEvaluator.evaluate(world(decrypt, statements(allow("kms:Decrypt", "*"))).build());
            assertThat(r.decision()).isEqualTo(Decision.ALLOW);
            assertThat(r.assumptions()).containsExactly("no key policy given: the default key policy, which lets IAM"
                    + " policies grant access, is assumed");
            assertThat(r.trace().steps()).contains(r.assumptions().get(0));
            EvaluationResult alias = PolicyEvaluator.evaluate(world(request(ALICE, "kms:UpdateAlias",
                    "arn:aws:kms:eu-west-1:111122223333:alias/a"), statements(allow("kms:*", "*"))).build());
            assertThat(alias.assumptions()).isEmpty();
        }
    }

    @Nested
    class AwsOwnedResources {
        @Test
        void awsManagedPoliciesNeedNoResourcePolicy() {
            Request get = request(ALICE, "iam:GetPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess");
            EvaluationResult r = PolicyEvaluator.evaluate(world(get, statements(allow("iam:GetPolicy", "*"))).build());
            assertThat(r.decision()).isEqualTo(Decision.ALLOW);
            assertThat(r.trace().steps().get(0)).endsWith("resource account aws (owned by AWS: no resource policy is needed)");
            assertThat(PolicyEvaluator.decide(world(get).build())).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        void explicitResourceAccountAwsIsAccepted() throws Exception {
            Scenario s = ScenarioParser.parse("""
                    {"identityPolicies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:GetPolicy", "Resource": "*"}}],
                     "request": {"principal": "arn:aws:iam::111122223333:user/alice", "action": "iam:GetPolicy",
                                 "resource": "arn:aws:iam::aws:policy/ReadOnlyAccess", "resourceAccount": "aws"}}""", "s.json");
            assertThat(PolicyEvaluator.decide(s)).isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    class ProgrammaticWorlds {
        @Test
        void implicitDenySummaryNamesThePolicy() {
            Request put = request(ALICE, "s3:PutObject", OBJECT);
            EvaluationResult r = PolicyEvaluator.evaluate(world(put, statements(allow("s3:GetObject", "*"))).build());
            assertThat(r.summary()).isEqualTo("Implicit deny: no statement in identityPolicies[0] allows s3:PutObject");
        }

        @Test
        void aFixedWorldAnswersManyRequests() {
            Scenario world = world(GET, statements(allow("s3:Get*", BUCKET_OBJECTS))).build();
            assertThat(PolicyEvaluator.decide(world.withRequest(request(ALICE, "s3:GetObjectAcl", OBJECT)))).isEqualTo(Decision.ALLOW);
            assertThat(PolicyEvaluator.decide(world.withRequest(request(ALICE, "s3:PutObject", OBJECT))))
                    .isEqualTo(Decision.IMPLICIT_DENY);
            Scenario edited = world.withIdentityPolicies(List.of(statements(allow("s3:*", "*"))));
            assertThat(PolicyEvaluator.decide(edited.withRequest(request(ALICE, "s3:PutObject", OBJECT)))).isEqualTo(Decision.ALLOW);
            assertThat(world.identityPolicies()).hasSize(1);
        }

        @Test
        void decisionWireNames() {
            assertThat(Decision.ALLOW.wireName()).isEqualTo("Allow");
            assertThat(Decision.EXPLICIT_DENY.wireName()).isEqualTo("ExplicitDeny");
            assertThat(Decision.IMPLICIT_DENY.wireName()).isEqualTo("ImplicitDeny");
        }

        @Test
        void traceNamesNotPrincipalBoundaryQuirk() {
            PolicyDocument rp = statements("{\"Sid\":\"OnlyAlice\",\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"" + ALICE
                    + "\",\"111122223333\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}");
            EvaluationResult r = PolicyEvaluator.evaluate(world(GET, allowAll()).permissionBoundary(allowAll()).resourcePolicy(rp).build());
            assertThat(r.trace().render()).contains("a Deny with NotPrincipal always applies to a principal that has a permissions boundary");
        }
    }
}
