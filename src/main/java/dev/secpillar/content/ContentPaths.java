package dev.secpillar.content;

import java.nio.file.Path;

final class ContentPaths {
    private ContentPaths() {}

    static String display(Path file) {
        if (!"file".equals(file.getFileSystem().provider().getScheme())) {
            return "(built-in) " + file.toString().replaceFirst("^/+", "");
        }
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
