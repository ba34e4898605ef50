package dev.secpillar.progress;

import dev.secpillar.i18n.Text;
import dev.secpillar.record.ProgressException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Turns a JDBC failure into the record's exception, deciding there whether a retry may succeed. */
final class StoreFailure {
    private StoreFailure() {
    }

    static ProgressException of(String message) {
        return new ProgressException(message);
    }

    static ProgressException of(Text message) {
        return new ProgressException(message, null, false);
    }

    static ProgressException of(Text message, Throwable cause) {
        return new ProgressException(message, cause, retryable(cause));
    }

    static ProgressException of(String message, Throwable cause) {
        return new ProgressException(message, cause, retryable(cause));
    }

    static boolean retryable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException e) {
                String state = String.valueOf(e.getSQLState());
                String message = String.valueOf(e.getMessage());
                // 08: connection exception; 57P0x: the server is shutting down or starting;
                // 53300: too many connections; 40001/40P01: serialization failure, deadlock.
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")
                        || state.equals("40001") || state.equals("40P01")
                        || message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
                    return true;
                }
            }
        }
        return false;
    }
}
