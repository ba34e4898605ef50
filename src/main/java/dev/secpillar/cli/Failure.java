package dev.secpillar.cli;

/** A failure to report to the user as one line on stderr, with the exit code it deserves. */
final class Failure extends RuntimeException {
    private final int exitCode;

    Failure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    Failure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
