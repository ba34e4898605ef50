package dev.secpillar.progress;

import dev.secpillar.record.LearnerRecord;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The database a workshop shares: every learner's record and the keys that prove who they are.
 * SQLite in the data directory by default (one connection, lent in turn), or PostgreSQL through
 * a HikariCP pool, so several servers behind one load balancer can share a class. The schema is
 * migrated when it opens; a database that cannot be reached is reported then, not at the first
 * learner's first answer.
 */
public final class ClassDatabase implements AutoCloseable {
    /** The class database's file in the data directory; a laptop's own record stays in progress.db. */
    public static final String SQLITE_FILE = "workshop.db";

    /** Connections per server: a write takes milliseconds, so a few serve a whole class. */
    private static final int POOL_SIZE = 8;
    /** How long a write waits for a connection before the learner is told it is being retried. */
    private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(2);

    private final ConnectionSource source;

    private ClassDatabase(ConnectionSource source) {
        this.source = source;
    }

    /** The class database in the data directory ({@value #SQLITE_FILE}). */
    public static ClassDatabase openSqlite(Path dataDir) {
        return migrated(JdbcProgressStore.sqlite(dataDir.resolve(SQLITE_FILE), true));
    }

    /** A class database named by a JDBC URL: {@code jdbc:postgresql://...} or {@code jdbc:sqlite:FILE}. */
    public static ClassDatabase open(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            String file = jdbcUrl.substring("jdbc:sqlite:".length());
            if (file.isBlank() || file.startsWith(":memory:") || file.contains("?")) {
                throw StoreFailure.of("--db jdbc:sqlite: needs a file name, as in jdbc:sqlite:/srv/class.db");
            }
            return migrated(JdbcProgressStore.sqlite(Path.of(file), true));
        }
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw StoreFailure.of("the class database must be jdbc:postgresql://HOST/DB or jdbc:sqlite:FILE, not "
                    + ConnectionSource.redact(jdbcUrl));
        }
        return migrated(postgresql(jdbcUrl));
    }

    /**
     * A class database on connections from elsewhere (an application's own pool, a test's
     * faulty source); migrated first, and closing it closes the source.
     */
    public static ClassDatabase over(ConnectionSource source) {
        return migrated(source);
    }

    private static ConnectionSource postgresql(String jdbcUrl) {
        String shown = ConnectionSource.redact(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("secpillar");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(BORROW_TIMEOUT.toMillis());
        config.setValidationTimeout(1000);
        // Bounded waits everywhere: a dead database must become a message, never a hung session.
        config.addDataSourceProperty("connectTimeout", "3");
        config.addDataSourceProperty("socketTimeout", "15");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "secpillar");
        try {
            HikariDataSource pool = new HikariDataSource(config);
            return ConnectionSource.pooled(pool, Dialect.POSTGRESQL, shown, pool);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw StoreFailure.of("the progress database " + shown + " cannot be reached ("
                    + ConnectionSource.redact(String.valueOf(cause.getMessage())).replaceAll("\\s+", " ") + ")", e);
        }
    }

    private static ClassDatabase migrated(ConnectionSource source) {
        try {
            JdbcProgressStore.migrate(source);
            return new ClassDatabase(source);
        } catch (SQLException e) {
            source.close();
            throw StoreFailure.of("the progress database " + source.location() + " cannot be used ("
                    + JdbcProgressStore.describe(e) + ")", e);
        }
    }

    /** Where the class is kept, for messages (no password). */
    public String location() {
        return source.location();
    }

    public Dialect dialect() {
        return source.dialect();
    }

    /** One learner's record; closing it leaves the database open for the others. */
    public JdbcProgressStore learner(String name) {
        return JdbcProgressStore.forLearner(source, name);
    }

    public LearnerKeys keys() {
        return new LearnerKeys(source);
    }

    /** Every learner with a record or a bound key, by name; one query per table. */
    public List<LearnerRecord> everyone() {
        try {
            return source.withConnection(RecordReader::everyone);
        } catch (SQLException e) {
            throw StoreFailure.of("could not read the class from " + source.location() + " ("
                    + JdbcProgressStore.describe(e) + ")", e);
        }
    }

    @Override
    public void close() {
        source.close();
    }
}
