package dev.secpillar.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What the program was started with: environment, home and standard streams (swapped in tests). */
record Launch(Map<String, String> env, String userHome, InputStream in, PrintStream out, PrintStream err,
              boolean interactive) {
    static Launch system() {
        return new Launch(System.getenv(), System.getProperty("user.home"), System.in, System.out, System.err,
                System.console() != null);
    }

    boolean debug() {
        return "1".equals(env.get("SECPILLAR_DEBUG"));
    }

    boolean noColor() {
        return dev.secpillar.tui.TuiOptions.noColour(env);
    }
}
