package dev.secpillar.cli;

import dev.secpillar.app.ContentChecks;
import dev.secpillar.app.CourseApp;
import dev.secpillar.app.LanguageSwitch;
import dev.secpillar.content.ContentException;
import dev.secpillar.content.ContentLocator;
import dev.secpillar.content.CourseCache;
import dev.secpillar.course.Course;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.LanguageChoice;
import dev.secpillar.i18n.Messages;
import dev.secpillar.progress.DataDirectory;
import dev.secpillar.progress.JdbcProgressStore;
import dev.secpillar.record.ProgressException;
import dev.secpillar.record.ProgressStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/** Loads the course and opens the learner's record once, turning failures into user messages. */
final class CourseContext implements AutoCloseable {
    private final Launch launch;
    private final Optional<Path> contentDir;
    private final Optional<Path> dataDir;
    private Course course;
    private ProgressStore store;
    private CourseApp app;
    private CompletableFuture<JdbcProgressStore> pendingStore;
    /** Closed with the context, so a course still loading in the background writes no cache after it. */
    private final CourseCache.WriteGate cacheWrites = new CourseCache.WriteGate();

    private final Optional<String> langFlag;
    private Language language;

    CourseContext(Launch launch, Optional<Path> contentDir, Optional<Path> dataDir) {
        this(launch, contentDir, dataDir, Optional.empty());
    }

    CourseContext(Launch launch, Optional<Path> contentDir, Optional<Path> dataDir, Optional<String> langFlag) {
        this.launch = launch;
        this.contentDir = contentDir;
        this.dataDir = dataDir;
        this.langFlag = langFlag;
    }

    /** The setting that remembers the learner's language ("en", "vi"). */
    static final String LANGUAGE_SETTING = "language";

    /**
     * The language this run speaks (see {@link LanguageChoice}): asked for, else the learner's
     * saved choice (which needs their record open), else the locale.
     */
    Language language() {
        if (language == null) {
            Optional<Language> explicit = explicitLanguage();
            language = explicit.orElseGet(() -> LanguageChoice.resolve(Optional.empty(), launch.env(),
                    store().setting(LANGUAGE_SETTING).flatMap(Language::parse)));
        }
        return language;
    }

    /**
     * Speaks {@code lang} from now on, with its course (so the two never disagree), and
     * remembers the choice for the next start (the home screen's language key).
     */
    private void speak(Language lang, Course itsCourse) {
        store().saveSetting(LANGUAGE_SETTING, lang.code(), java.time.Instant.now());
        language = lang;
        course = itsCourse;
    }

    /** The language asked for on the command line or in SECPILLAR_LANG, if any. */
    Optional<Language> explicitLanguage() {
        try {
            return LanguageChoice.explicit(langFlag, launch.env());
        } catch (LanguageChoice.UnknownLanguage e) {
            throw new Failure(ExitCodes.USAGE, Messages.of(LanguageChoice.fromLocale(launch.env()))
                    .get("language.unknown", e.source(), e.value(), Language.codes()), e);
        }
    }

    Path contentRoot() {
        try {
            return ContentLocator.locate(contentDir, launch.env());
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
        }
    }

    Course course() {
        if (course == null) {
            try {
                course = new CourseCache(dataDir(), cacheWrites).load(contentRoot(), ContentChecks.all(), language().code());
            } catch (ContentException e) {
                throw contentFailure(e);
            }
        }
        return course;
    }

    /** The course in a given language (the workshop serves each learner theirs). */
    Course course(Language lang) {
        if (lang == language()) {
            return course();
        }
        try {
            return new CourseCache(dataDir(), cacheWrites).load(contentRoot(), ContentChecks.all(), lang.code());
        } catch (ContentException e) {
            throw contentFailure(e);
        }
    }

    /**
     * The course in another language over the same record, the choice saved for the next start
     * (the home screen's L, line mode's l). The course is loaded before the choice is saved:
     * {@link #course(Language)} answers from this context's course only for the language it speaks now,
     * which from then on is the one switched to.
     */
    LanguageSwitch languages() {
        // The first load of a language parses and checks every file of it (seconds on a small
        // machine, with no screen to show meanwhile); the other languages load in the background
        // from the start, so the learner's first switch is as quick as the next ones.
        Map<Language, CompletableFuture<Course>> loading = new EnumMap<>(Language.class);
        for (Language other : Language.values()) {
            if (other != language()) {
                loading.put(other, courseInBackground(other));
            }
        }
        return lang -> {
            Course switchedCourse;
            var pending = loading.remove(lang);
            try {
                switchedCourse = pending != null ? pending.join() : course(lang);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            CourseApp switched = new CourseApp(switchedCourse, store(), Clock.systemUTC(), Messages.of(lang));
            speak(lang, switchedCourse);
            return switched;
        };
    }

    /**
     * The course in another language, loaded on a background thread (the first load of a
     * language parses and checks every file of it: seconds on a small machine). A load still
     * running when the context closes writes nothing into the data directory afterwards.
     */
    CompletableFuture<Course> courseInBackground(Language lang) {
        return CompletableFuture.supplyAsync(() -> course(lang), BACKGROUND);
    }

    private static final Executor BACKGROUND = daemon("secpillar-load-language", Thread.MIN_PRIORITY);

    private Failure contentFailure(ContentException e) {
        return new Failure(ExitCodes.DATA_ERR, e.problems().stream().map(Object::toString)
                .collect(Collectors.joining("\nsecpillar: ")) + "\nsecpillar: "
                + messages().get("cli.error.content_problems", e.problems().size()), e);
    }

    /**
     * The words of this run: the app's once it is open, else those of the run's language; when
     * even that cannot be decided (the record cannot be opened), those of what was asked for or
     * of the locale, so the error that says why is still in the learner's language.
     */
    Messages messages() {
        if (app != null) {
            return app.messages();
        }
        try {
            return Messages.of(language());
        } catch (RuntimeException e) {
            return messagesWithoutRecord();
        }
    }

    /** The words of the language asked for, else the locale's: for when the record cannot be opened. */
    private Messages messagesWithoutRecord() {
        Optional<Language> asked;
        try {
            asked = LanguageChoice.explicit(langFlag, launch.env());
        } catch (LanguageChoice.UnknownLanguage unknown) {
            asked = Optional.empty();
        }
        return Messages.of(asked.orElseGet(() -> LanguageChoice.fromLocale(launch.env())));
    }

    Path dataDir() {
        return DataDirectory.resolve(dataDir, launch.env(), launch.userHome());
    }

    ProgressStore store() {
        if (store == null) {
            try {
                store = pendingStore != null ? join(pendingStore) : JdbcProgressStore.openSqlite(dataDir());
            } catch (ProgressException e) {
                // not messages(): without --lang it asks the record for the saved language, which is what failed
                throw new Failure(ExitCodes.IO_ERR, e.message(language != null ? Messages.of(language) : messagesWithoutRecord()), e);
            } finally {
                pendingStore = null;
            }
        }
        return store;
    }

    CourseApp app() {
        if (app == null) {
            // Opening SQLite (loading its native library) and loading the course each take a good
            // part of a cold start; on two cores they can overlap.
            // (Without a language asked for, the learner's saved choice decides, so the record opens first.)
            if (store == null && pendingStore == null && explicitLanguage().isPresent()) {
                Path dir = dataDir();
                pendingStore = CompletableFuture.supplyAsync(() -> JdbcProgressStore.openSqlite(dir), OPENER);
            }
            Course c;
            try {
                c = course();
            } catch (RuntimeException e) {
                closePending();
                throw e;
            }
            app = new CourseApp(c, store(), Clock.systemUTC(), dev.secpillar.i18n.Messages.of(language()));
        }
        return app;
    }

    private static final Executor OPENER = daemon("secpillar-open-progress", Thread.NORM_PRIORITY);

    /** Runs each task on its own daemon thread: start-up work that must never keep the JVM alive. */
    static Executor daemon(String name, int priority) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.setPriority(priority);
            t.start();
        };
    }

    private static ProgressStore join(CompletableFuture<JdbcProgressStore> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Waits for a store opened in the background and closes it: returning while it still opens
     * would leave files being written in the data directory after the command has ended.
     */
    private void closePending() {
        if (pendingStore != null) {
            try {
                pendingStore.join().close();
            } catch (CompletionException | CancellationException ignored) {
                // It could not be opened; there is nothing to close.
            } finally {
                pendingStore = null;
            }
        }
    }

    @Override
    public void close() {
        cacheWrites.close();
        closePending();
        if (store != null) {
            store.close();
        }
    }
}
