package dev.secpillar.progress;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteClassStoreTest extends ClassStoreContract {
    @TempDir
    Path dir;

    @Override
    FreshDatabase newDatabase() {
        return FreshDatabase.sqlite(dir);
    }
}
