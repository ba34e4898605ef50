package dev.secpillar.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A real editor stand-in for watch tests: a shell script given as $EDITOR that saves the file
 * it is opened on twice, the way an editor saves (a new file renamed over the old one), and
 * between the saves waits until the course has checked the first one (its version shows in
 * the draft's history folder), so the test proves checks happen while the editor is open.
 */
public final class EditorStandIn {
    private EditorStandIn() {}

    public static Path write(Path dir, Path first, Path second, Path historyFolder) throws IOException {
        Path script = dir.resolve("stand-in-editor.sh");
        Path log = dir.resolve("editor.log");
        Files.writeString(script, """
                #!/bin/sh
                # usage: stand-in-editor.sh FILE
                save() { cp "$1" "$2.tmp-save" && mv "$2.tmp-save" "$2"; }
                waitfor() { i=0; while [ ! -e "$1" ]; do i=$((i+1)); [ $i -gt 400 ] && exit 3; sleep 0.05; done; }
                save '%1$s' "$1"; echo "saved 1" >> '%4$s'
                waitfor '%3$s/001.json'
                save '%2$s' "$1"; echo "saved 2" >> '%4$s'
                waitfor '%3$s/002.json'
                """.formatted(first, second, historyFolder, log));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
