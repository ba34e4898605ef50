package dev.secpillar.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Where a store gets its database connections: one is lent for one unit of work (a transaction
 * or a read) and given back afterwards. A laptop has one SQLite connection, lent to one caller
 * at a time; a classroom server borrows from a pool, so a learner holds no connection between
 * keystrokes and any number of sessions share a few connections.
 */
public interface ConnectionSource extends AutoCloseable {

    /** Work done with a lent connection; it must leave the connection as it found it (auto-commit on). */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Lends a connection for the work and takes it back, whatever happens. */
    <T> T withConnection(Work<T> work) throws SQLException;

    Dialect dialect();

    /** Where the data is, for messages; never a password. */
    String location();

    @Override
    void close();

    /** One connection lent to one caller at a time, in arrival order; closed with the source. */
    static ConnectionSource single(Connection connection, Dialect dialect, String location) {
        return new Single(connection, dialect, location);
    }

    /**
     * One connection to an SQLite file (created when absent), set up as every secpillar
     * connection is; a file that is not a sound database is reported and left untouched.
     */
    static ConnectionSource sqlite(java.nio.file.Path file) {
        return JdbcProgressStore.sqlite(file);
    }

    /** A pool: each unit of work borrows a connection and closing it gives it back. */
    static ConnectionSource pooled(DataSource pool, Dialect dialect, String location, AutoCloseable closePool) {
        return new Pooled(pool, dialect, location, closePool);
    }

    /** A URL with its password masked, safe to print. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    final class Single implements ConnectionSource {
        private final Connection connection;
        private final Dialect dialect;
        private final String location;
        // Fair: under a classroom's load every session gets its turn in order.
        private final ReentrantLock lock = new ReentrantLock(true);

        private Single(Connection connection, Dialect dialect, String location) {
            this.connection = connection;
            this.dialect = dialect;
            this.location = location;
        }

        @Override
        public <T> T withConnection(Work<T> work) throws SQLException {
            lock.lock();
            try {
                return work.run(connection);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Dialect dialect() {
            return dialect;
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public void close() {
            lock.lock();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing: nothing left to save, and the first error was already reported
            } finally {
                lock.unlock();
            }
        }
    }

    final class Pooled implements ConnectionSource {
        private final DataSource pool;
        private final Dialect dialect;
        private final String location;
        private final AutoCloseable closePool;

        private Pooled(DataSource pool, Dialect dialect, String location, AutoCloseable closePool) {
            this.pool = pool;
            this.dialect = dialect;
            this.location = location;
            this.closePool = closePool;
        }

        @Override
        public <T> T withConnection(Work<T> work) throws SQLException {
            try (Connection c = pool.getConnection()) {
                return work.run(c);
            }
        }

        @Override
        public Dialect dialect() {
            return dialect;
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public void close() {
            try {
                closePool.close();
            } catch (Exception ignored) {
                // closing: nothing left to save
            }
        }
    }
}
