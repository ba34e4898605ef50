package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerKeyTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void madeOnFirstUseReadableByItsOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        LearnerKey key = LearnerKey.loadOrCreate(data);
        assertThat(key.file()).isEqualTo(data.resolve("badge-signing-key.pem"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        assertThat(Files.readString(key.file())).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----");
        assertThat(key.did()).startsWith("did:key:z6Mk");
        try (var files = Files.list(data)) {
            assertThat(files).containsExactly(key.file()); // no temporary file left behind
        }
    }

    @Test
    void theSameKeyEveryTime() {
        String first = LearnerKey.loadOrCreate(dir).did();
        assertThat(LearnerKey.loadOrCreate(dir).did()).isEqualTo(first);
    }

    @Test
    void aKeyOthersCanReadIsRefusedWithTheFix() throws Exception {
        LearnerKey key = LearnerKey.loadOrCreate(dir);
        Files.setPosixFilePermissions(key.file(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LearnerKey.loadOrCreate(dir))
                .isInstanceOf(BadgeKeyException.class)
                .hasMessage("the badge signing key " + key.file() + " can be read by other users (permissions rw-r--r--); "
                        + "make it private with: chmod 600 " + key.file());
        assertThatThrownBy(() -> LearnerKey.loadOrCreate(dir))
                .isInstanceOfSatisfying(BadgeKeyException.class, e -> assertThat(e.message(Messages.of(Language.VI)))
                        .isEqualTo("người dùng khác đọc được khóa ký huy hiệu " + key.file() + " (quyền rw-r--r--); "
                                + "hãy chỉ để riêng bạn đọc bằng: chmod 600 " + key.file()));
    }

    @Test
    void aDamagedKeyFileIsNamedAndKept() throws Exception {
        Path file = dir.resolve(LearnerKey.FILE_NAME);
        Files.writeString(file, "not a key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> LearnerKey.loadOrCreate(dir))
                .isInstanceOf(BadgeKeyException.class)
                .hasMessageContaining("the badge signing key " + file + " is damaged")
                .hasMessageContaining("Move it aside");
        assertThatThrownBy(() -> LearnerKey.loadOrCreate(dir))
                .isInstanceOfSatisfying(BadgeKeyException.class, e -> assertThat(e.message(Messages.of(Language.VI)))
                        .startsWith("khóa ký huy hiệu " + file + " bị hỏng (tệp không chứa đủ một khóa riêng và một khóa công khai)."));
        assertThat(Files.readString(file)).isEqualTo("not a key");
    }
}
