package dev.secpillar.progress;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the learner's data lives: --data-dir, else $SECPILLAR_HOME, else XDG, else ~/.local/share. */
public final class DataDirectory {
    private DataDirectory() {}

    public static Path resolve(Optional<Path> override, Map<String, String> env, String userHome) {
        if (override.isPresent()) {
            return override.get();
        }
        String home = env.get("SECPILLAR_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "secpillar");
        }
        return Path.of(userHome, ".local", "share", "secpillar");
    }
}
