package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.secpillar.course.Course;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCacheTest {
    @TempDir
    Path dir;

    @Test
    void aCachedCourseEqualsAFreshLoad() throws Exception {
        Path root = Fixture.copyTo(dir.resolve("c"));
        CourseCache cache = new CourseCache(dir.resolve("data"));
        Course first = cache.load(root);
        assertThat(dir.resolve("data/cache/course.bin")).exists();
        assertThat(cache.load(root)).isEqualTo(first).isEqualTo(CourseLoader.load(root));
    }

    @Test
    void anEditedFileIsLoadedAfresh() throws Exception {
        Path root = Fixture.copyTo(dir.resolve("c"));
        CourseCache cache = new CourseCache(dir.resolve("data"));
        cache.load(root);
        Path lesson = root.resolve("lessons/02-more/01-third.yaml");
        Files.writeString(lesson, Files.readString(lesson).replace("title: Third lesson", "title: Renamed lesson"));
        Files.setLastModifiedTime(lesson, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(cache.load(root).lesson("more-third").orElseThrow().title()).isEqualTo("Renamed lesson");
    }

    @Test
    void aBrokenEditIsReportedEvenWhenAnOldCourseIsCached() throws Exception {
        Path root = Fixture.copyTo(dir.resolve("c"));
        CourseCache cache = new CourseCache(dir.resolve("data"));
        cache.load(root);
        Path lesson = root.resolve("lessons/02-more/01-third.yaml");
        Files.writeString(lesson, "id: [broken\n");
        Files.setLastModifiedTime(lesson, FileTime.from(Instant.now().plusSeconds(10)));
        assertThatThrownBy(() -> cache.load(root)).isInstanceOf(ContentException.class);
    }

    @Test
    void aCorruptCacheIsIgnored() throws Exception {
        Path root = Fixture.copyTo(dir.resolve("c"));
        CourseCache cache = new CourseCache(dir.resolve("data"));
        cache.load(root);
        Files.write(dir.resolve("data/cache/course.bin"), new byte[] {1, 2, 3, 4});
        assertThat(cache.load(root)).isEqualTo(CourseLoader.load(root));
    }

    @Test
    void theShippedCourseSurvivesTheCacheUnchanged() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Course fresh = CourseLoader.load(root);
        CourseCache cache = new CourseCache(dir.resolve("data"));
        cache.load(root);
        assertThat(cache.load(root)).isEqualTo(fresh);
    }
}
