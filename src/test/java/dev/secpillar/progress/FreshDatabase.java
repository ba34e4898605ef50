package dev.secpillar.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An empty class database for one test: an SQLite file in a temporary directory, or a schema of
 * its own in the PostgreSQL named by {@code SECPILLAR_TEST_PG_URL} (set by .ci/run), dropped
 * afterwards. Tests needing PostgreSQL are skipped when the variable is absent.
 */
public interface FreshDatabase extends AutoCloseable {
    String PG_URL_VARIABLE = "SECPILLAR_TEST_PG_URL";

    /** The JDBC URL of the empty database. */
    String url();

    @Override
    void close();

    static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv(PG_URL_VARIABLE)).filter(s -> !s.isBlank());
    }

    static FreshDatabase sqlite(Path dir) {
        String url = "jdbc:sqlite:" + dir.resolve("class-" + ThreadLocalRandom.current().nextInt(1 << 30) + ".db");
        return new FreshDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void close() {}
        };
    }

    static FreshDatabase postgres() {
        String base = postgresUrl().orElseThrow(() -> new IllegalStateException(PG_URL_VARIABLE + " is not set"));
        String schema = "t_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new FreshDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void close() {
                try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot drop the test schema: " + e.getMessage(), e);
                }
            }
        };
    }
}
