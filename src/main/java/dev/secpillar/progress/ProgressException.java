package dev.secpillar.progress;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** The record could not be read or written; the message is for the learner and names the file. */
public class ProgressException extends RuntimeException {
    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgressException(String message) {
        super(message);
    }

    /**
     * Whether trying again later may succeed: the database is unreachable, restarting, busy or
     * lost the connection, rather than refusing the data itself.
     */
    public boolean retryable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
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
