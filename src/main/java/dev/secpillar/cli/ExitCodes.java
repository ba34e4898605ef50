package dev.secpillar.cli;

/** The exit codes of DESIGN.md; scripts depend on them. */
final class ExitCodes {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int USAGE = 2;
    static final int DATA_ERR = 65;
    static final int IO_ERR = 74;
    /** Ctrl-C: 128 + SIGINT, as a shell reports an interrupted command. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
