package dev.secpillar.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the course content: --content DIR, else $SECPILLAR_CONTENT (the launcher sets it to the
 * folder it lives in), else the folder beside the jar's target/, else the copy inside the jar.
 */
public final class ContentLocator {
    private ContentLocator() {}

    public static Path locate(Optional<Path> override, Map<String, String> env) throws IOException {
        if (override.isPresent()) {
            return override.get();
        }
        String fromEnv = env.get("SECPILLAR_CONTENT");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        Optional<Path> beside = besideJar();
        if (beside.isPresent()) {
            return beside.get();
        }
        return embedded();
    }

    private static Optional<Path> besideJar() {
        try {
            var cs = ContentLocator.class.getProtectionDomain().getCodeSource();
            if (cs == null) {
                return Optional.empty();
            }
            Path jar = Path.of(cs.getLocation().toURI());
            // target/secpillar.jar (or target/classes) inside a checkout: the checkout's own content
            Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
            if (checkout != null && Files.isRegularFile(checkout.resolve("lessons/course.yaml"))) {
                return Optional.of(checkout);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no usable location: fall back to the embedded copy
        }
        return Optional.empty();
    }

    /** The content packed into the jar under /content. */
    public static Path embedded() throws IOException {
        URL url = ContentLocator.class.getResource("/content/lessons/course.yaml");
        if (url == null) {
            throw new IOException("this build has no course content inside it; pass --content DIR");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/content");
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the built-in content: " + e.getMessage(), e);
        }
    }
}
