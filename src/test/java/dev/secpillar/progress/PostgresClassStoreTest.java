package dev.secpillar.progress;

import dev.secpillar.record.ProgressException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The class store on a real PostgreSQL (.ci/run starts one); skipped without SECPILLAR_TEST_PG_URL. */
@EnabledIfEnvironmentVariable(named = FreshDatabase.PG_URL_VARIABLE, matches = ".+")
class PostgresClassStoreTest extends ClassStoreContract {
    @Override
    FreshDatabase newDatabase() {
        return FreshDatabase.postgres();
    }

    @Test
    void theLocationNeverShowsThePassword() {
        assertThat(db().location()).doesNotContain(FreshDatabase.postgresUrl().orElseThrow().replaceAll(".*password=", ""))
                .contains("password=***");
    }

    @Test
    void anUnreachableServerIsReportedWhenTheDatabaseOpens() {
        assertThatThrownBy(() -> ClassDatabase.open("jdbc:postgresql://127.0.0.1:1/nowhere?user=x&password=secret"))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining("cannot be reached")
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("secret");
    }
}
