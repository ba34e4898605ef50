package dev.secpillar.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Binds a {@link TuiApp} to a Lanterna screen: reads keys and size changes, hands them to the
 * app and redraws the whole frame from its state. {@link #drain} does one round without ever
 * blocking, so tests step the very loop the program runs, with no threads and no sleeps.
 */
final class TuiLoop {
    private final TuiApp app;
    private final TerminalScreen screen;
    private final Theme theme;
    private final AtomicBoolean stopped = new AtomicBoolean();

    TuiLoop(TuiApp app, TerminalScreen screen, Theme theme) {
        this.app = app;
        this.screen = screen;
        this.theme = theme;
    }

    TuiApp app() {
        return app;
    }

    void start() throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        TerminalSize size = screen.getTerminalSize();
        app.handle(new Msg.Resize(size.getColumns(), size.getRows()));
        draw();
    }

    /**
     * Handles every key and resize waiting, then redraws once if anything came. Returns false
     * when nothing was waiting (the caller may then wait a little).
     */
    boolean drain() throws IOException {
        boolean any = false;
        while (!app.finished()) {
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                app.handle(new Msg.Resize(resized.getColumns(), resized.getRows()));
                any = true;
                continue;
            }
            KeyStroke key = screen.pollInput();
            if (key == null) {
                break;
            }
            KeyMap.translate(key).ifPresent(app::handle);
            any = true;
        }
        if (any && !app.finished()) {
            draw();
        }
        return any;
    }

    void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        app.render(new Canvas(screen, theme, size.getColumns(), size.getRows()));
        screen.refresh();
    }

    /** Gives the terminal back as it was; safe to call twice and from the shutdown hook. */
    void stop() throws IOException {
        if (stopped.compareAndSet(false, true)) {
            screen.stopScreen();
            // Some terminals keep the cursor hidden across the alternate screen; show it for sure.
            screen.getTerminal().setCursorVisible(true);
            screen.getTerminal().flush();
        }
    }
}
