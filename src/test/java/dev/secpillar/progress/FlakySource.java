package dev.secpillar.progress;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A classroom database that a test takes down and brings back: while it is down every
 * connection is refused the way a PostgreSQL server's would be (a transient error, SQL state
 * 08001); while it is up the work runs on the real source. Closing it closes the real source.
 */
public final class FlakySource implements ConnectionSource {
    private final ConnectionSource real;
    private volatile boolean down;

    public FlakySource(ConnectionSource real) {
        this.real = real;
    }

    /** From now on, every connection is refused. */
    public void goDown() {
        down = true;
    }

    /** From now on, connections work again. */
    public void comeBack() {
        down = false;
    }

    @Override
    public <T> T withConnection(Work<T> work) throws SQLException {
        if (down) {
            throw new SQLTransientConnectionException("Connection to db.example:5432 refused", "08001");
        }
        return real.withConnection(work);
    }

    /** The number a {@code SELECT COUNT(*) ...} gives, read from the real database even while this one is down. */
    public int count(String sql) throws SQLException {
        return real.withConnection(c -> {
            try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public Dialect dialect() {
        return real.dialect();
    }

    @Override
    public String location() {
        return "jdbc:postgresql://db.example/class";
    }

    @Override
    public void close() {
        real.close();
    }
}
