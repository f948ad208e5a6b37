package org.vigil.screening.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    @TempDir
    Path dir;

    @Test
    void sealsWithAFreshNonceAndOpensWithTheSameKeyOnly() {
        SecretBox box = SecretBox.random();
        String a = box.seal("whsec_abcdefghijklmnop");
        String b = box.seal("whsec_abcdefghijklmnop");
        assertThat(a).startsWith(SecretBox.PREFIX).doesNotContain("whsec").isNotEqualTo(b);
        assertThat(box.open(a)).isEqualTo("whsec_abcdefghijklmnop");
        assertThat(box.open(b)).isEqualTo("whsec_abcdefghijklmnop");
        assertThatThrownBy(() -> SecretBox.random().open(a)).hasMessageContaining("same VIGIL_SECRET_KEY");
        String tampered = a.substring(0, a.length() - 4) + (a.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(box.open("a secret stored before sealing")).isEqualTo("a secret stored before sealing");
    }

    @Test
    void theKeyFileIsCreatedOnceReadableByItsOwnerOnlyAndReused() throws Exception {
        Path file = dir.resolve("data").resolve("secret.key");
        SecretBox first = SecretBox.load(null, file);
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String sealed = first.seal("s3cret-value-0001");
        assertThat(SecretBox.load("", file).open(sealed)).as("the same file, the same key")
                .isEqualTo("s3cret-value-0001");
    }

    @Test
    void aKeyFromTheEnvironmentWinsAndABadOneIsNamed() throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox env = SecretBox.load(key, dir.resolve("unused.key"));
        assertThat(dir.resolve("unused.key")).doesNotExist();
        assertThat(SecretBox.load(key, null).open(env.seal("x-secret"))).isEqualTo("x-secret");
        assertThatThrownBy(() -> SecretBox.load("not base64!", null)).hasMessageContaining("VIGIL_SECRET_KEY")
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> SecretBox.load(Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("VIGIL_SECRET_KEY").hasMessageContaining("32 bytes");
        Path bad = dir.resolve("bad.key");
        Files.writeString(bad, "short");
        assertThatThrownBy(() -> SecretBox.load(null, bad)).hasMessageContaining(bad.toString());
    }
}
