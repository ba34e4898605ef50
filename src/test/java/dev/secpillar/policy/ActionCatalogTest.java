package dev.secpillar.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionCatalogTest {
    private final ActionCatalog catalog = ActionCatalog.instance();

    @Test
    void knowsActionsCaseInsensitively() {
        assertThat(catalog.isKnown("s3:GetObject")).isTrue();
        assertThat(catalog.isKnown("S3:getobject")).isTrue();
        assertThat(catalog.isKnown("s3:GetObjekt")).isFalse();
        assertThat(catalog.isKnownService("iam")).isTrue();
        assertThat(catalog.isKnownService("s4")).isFalse();
    }

    @Test
    void accessLevels() {
        assertThat(catalog.accessLevel("s3:GetObject")).contains("Read");
        assertThat(catalog.accessLevel("s3:PutBucketPolicy")).contains("Permissions management");
        assertThat(catalog.accessLevel("iam:ListRoles")).contains("List");
        assertThat(catalog.accessLevel("nope:Nope")).isEmpty();
    }

    @Test
    void expandsWildcards() {
        assertThat(catalog.expand("s3:Put*")).contains("s3:PutObject", "s3:PutBucketPolicy")
                .allMatch(a -> a.startsWith("s3:Put"));
        assertThat(catalog.expand("s3:GetObject")).containsExactly("s3:GetObject");
        assertThat(catalog.expand("s3:Get?bject")).containsExactly("s3:GetObject");
        assertThat(catalog.expand("*").size()).isGreaterThan(10_000);
    }

    @Test
    void describesAnExpansionByAccessLevel() {
        String d = catalog.describeExpansion("s3:Put*");
        int n = catalog.expand("s3:Put*").size();
        assertThat(d).startsWith("s3:Put* grants " + n + " actions: ").contains("Write").contains("Permissions management");
    }

    @Test
    void conditionKeyTypes() {
        assertThat(catalog.conditionKeyType("aws:TagKeys")).contains("ArrayOfString");
        assertThat(catalog.conditionKeyType("AWS:SourceIp")).contains("IPAddress");
        assertThat(catalog.conditionKeyType("aws:PrincipalTag/team")).contains("String");
        assertThat(catalog.conditionKeyType("s3:prefix")).isPresent();
        assertThat(catalog.conditionKeyType("nope:x")).isEmpty();
    }
}
