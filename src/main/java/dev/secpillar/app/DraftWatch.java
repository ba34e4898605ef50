package dev.secpillar.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one draft file while the learner edits it in their own editor, as rustlings watches
 * its exercises: the file's folder is watched (editors often save by writing a new file and
 * renaming it over the old one, which a watch on the file itself would miss), and each time
 * the file settles with new text, that text is handed on. Runs on a thread of its own until
 * closed.
 */
public final class DraftWatch implements AutoCloseable {
    /** Editors write a file in steps; the text is read once the folder has been quiet this long. */
    static final long SETTLE_MILLIS = 80;

    private final Path file;
    private final WatchService service;
    private final Thread thread;
    private volatile String last;

    private DraftWatch(Path file, WatchService service, String current, Consumer<String> changed,
                       Consumer<String> unusable) {
        this.file = file;
        this.service = service;
        this.last = current;
        this.thread = new Thread(() -> run(changed, unusable), "secpillar-draft-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code file} (which must exist); {@code current} is the text it holds now,
     * so only a change is reported. {@code changed} gets each new text; {@code unusable} the
     * message for a file that cannot be an answer (binary, huge).
     */
    public static DraftWatch start(Path file, String current, Consumer<String> changed, Consumer<String> unusable)
            throws IOException {
        Path folder = Objects.requireNonNull(file.toAbsolutePath().getParent());
        WatchService service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        DraftWatch w = new DraftWatch(file.toAbsolutePath(), service, current, changed, unusable);
        w.thread.start();
        return w;
    }

    private void run(Consumer<String> changed, Consumer<String> unusable) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = touched(key);
                // wait for the folder to go quiet: the editor may still be writing
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    ours |= touched(more);
                }
                if (ours) {
                    // An editor that saves in place empties the file, then writes it: read between
                    // the two (the writer held up for longer than the settling time, as on a busy
                    // machine), the file is empty. That is no save; the write's own event follows.
                    read(unusable).filter(text -> !text.isEmpty()).ifPresent(text -> {
                        if (!text.equals(last)) {
                            last = text;
                            changed.accept(text);
                        }
                    });
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the editor has gone
        }
    }

    private boolean touched(WatchKey key) {
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path p && p.equals(file.getFileName())) {
                ours = true;
            } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                ours = true;
            }
        }
        key.reset();
        return ours;
    }

    /**
     * The file's text; empty while it is missing (between an editor's delete and its rename) or
     * when it cannot be an answer (then {@code unusable} hears why).
     */
    private Optional<String> read(Consumer<String> unusable) {
        try {
            return Optional.of(AnswerFile.read(file));
        } catch (AnswerFile.Unusable e) {
            if (!e.io()) {
                unusable.accept(e.getMessage());
            }
            return Optional.empty();
        }
    }

    /** After {@link #close}: the file's text if it changed since the last one handed on. */
    public Optional<String> finalText() {
        return read(m -> { }).filter(t -> !t.equals(last));
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing more will be watched either way
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
