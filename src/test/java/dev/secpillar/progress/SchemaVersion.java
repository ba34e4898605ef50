package dev.secpillar.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;

/** What the schema tests read and write of a database's schema_version table, by its JDBC address. */
final class SchemaVersion {
    private SchemaVersion() {}

    /** The table holds one row: the latest version (migrating again added none). */
    static void assertLatest(String url) throws SQLException {
        try (var c = DriverManager.getConnection(url);
             var rs = c.createStatement().executeQuery("SELECT version FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            assertThat(rs.next()).isFalse();
        }
    }

    /** The database as a newer secpillar would leave it. */
    static void makeNewer(String url) throws SQLException {
        try (var c = DriverManager.getConnection(url)) {
            c.createStatement().execute("UPDATE schema_version SET version = 999");
        }
    }
}
