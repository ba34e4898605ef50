package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's first build says what it is doing, phase by phase, instead of nothing for a minute. */
class LauncherTest {
    @TempDir
    Path temp;

    private static void script(Path file, String body) throws Exception {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theFirstBuildShowsItsPhasesAndHowLongItUsuallyTakes() throws Exception {
        Path home = Files.createDirectories(temp.resolve("course"));
        Files.copy(Path.of("secpillar"), home.resolve("secpillar"));
        Path bin = Files.createDirectories(temp.resolve("bin"));
        // a stand-in Maven that prints what Maven prints and makes the jar
        script(bin.resolve("mvn"), """
                echo "[INFO] Downloading from central: https://repo.example/a.pom"
                echo "[INFO] Downloading from central: https://repo.example/b.pom"
                echo "[INFO] --- resources:3.3.1:resources (default-resources) @ secpillar ---"
                echo "[INFO] --- compiler:3.13.0:compile (default-compile) @ secpillar ---"
                echo "[INFO] --- maven-shade-plugin:3.6.0:shade (default) @ secpillar ---"
                mkdir -p target && echo jar > target/secpillar.jar
                """);
        script(bin.resolve("java"), "echo ran\n");
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("secpillar").toString(), "--version");
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("ran");
        assertThat(err).contains("a first build usually takes about a minute",
                "downloading Maven plugins and libraries (1 files)", "downloading Maven plugins and libraries (2 files)",
                "copying resources", "compiling the course", "bundling the libraries into the jar", "Maven finished after");
        assertThat(home.resolve("target-build.log")).as("the log is kept only when the build fails").doesNotExist();
    }
}
