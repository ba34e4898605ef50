package dev.secpillar.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.secpillar.tui.Tui;
import dev.secpillar.tui.TuiOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The launcher's class-data training run (SECPILLAR_CDS_TRAINING=1): loads the classes of a
 * typical start, `list --json` and the full-screen home screen (drawn on a virtual terminal, as
 * the launcher has none), so the archive it records serves both.
 */
final class ClassDataTraining {
    private ClassDataTraining() {}

    static int run(Launch launch, Path dataDir) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Launch quiet = new Launch(launch.env(), launch.userHome(), launch.in(), nowhere, nowhere, false);
        Main.run(new String[] {"list", "--json", "--data-dir=" + dataDir}, quiet);
        try (CourseContext ctx = new CourseContext(quiet, Optional.empty(), Optional.of(dataDir))) {
            Tui.run(ctx.app(), new DefaultVirtualTerminal(new TerminalSize(80, 24)),
                    new TuiOptions(true, Optional.empty()));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return 0;
    }
}
