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
        BracketedPaste.enable(screen.getTerminal());
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
        for (Msg m; !app.finished() && (m = app.arrival()) != null; ) {
            app.handle(m); // a save in the learner's own editor, from its watch
            any = true;
        }
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
            app.key(key);
            any = true;
            var edit = app.takeEdit();
            if (edit.isPresent()) {
                app.handle(editOutside(edit.get()));
            }
        }
        if (app.saveDueDrafts()) {
            any = true;
        }
        if (any && !app.finished()) {
            draw();
        }
        return any;
    }

    /**
     * Gives the terminal to the learner's editor: the full screen stops (the terminal is as it
     * was before the course started), the editor runs, then the screen starts again.
     */
    private Msg editOutside(ExternalEdit request) throws IOException {
        if (app.editorCommand().isEmpty()) {
            return new Msg.Edited(java.util.Optional.empty(), app.messages().get("tui.editor.none"));
        }
        var editor = ExternalEditor.editor(app.editorCommand(), app.tmux());
        if (editor.placement() != dev.secpillar.app.OwnEditor.Placement.TERMINAL) {
            return ExternalEditor.beside(editor, request, app::post, app.messages());
        }
        BracketedPaste.disable(screen.getTerminal());
        screen.stopScreen();
        try {
            return ExternalEditor.takesTerminal(editor, request, app::handle, app.messages());
        } finally {
            screen.startScreen();
            screen.setCursorPosition(null);
            BracketedPaste.enable(screen.getTerminal());
        }
    }

    void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        blank(screen);
        app.render(new Canvas(screen, theme, size.getColumns(), size.getRows(), app.messages()));
        screen.refresh();
    }

    /**
     * Blanks the frame about to be drawn. Not {@code Screen.clear()}: that also marks the next
     * refresh as a full redraw, which would send every cell of the terminal on every key (about
     * 20 KB on an 80×24 screen in colour, painful over a workshop's Wi-Fi); this way the refresh
     * sends only the cells that changed, and a full redraw only when most of them did.
     */
    static void blank(TerminalScreen screen) {
        screen.newTextGraphics().fill(' ');
    }

    /**
     * Saves every draft, then gives the terminal back as it was; safe to call twice and from the
     * shutdown hook. Every way out passes here: quit, Ctrl-C, the end of a served session, SIGTERM.
     */
    void stop() throws IOException {
        app.saveAllDrafts(); // nobody is left to show a failure to; the next start shows the draft on disk
        if (stopped.compareAndSet(false, true)) {
            BracketedPaste.disable(screen.getTerminal());
            screen.stopScreen();
            // Some terminals keep the cursor hidden across the alternate screen; show it for sure.
            screen.getTerminal().setCursorVisible(true);
            screen.getTerminal().flush();
        }
    }
}
