package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.Principal;
import org.vigil.screening.security.Role;

/** {@code vigil users}: adding users and API keys from the shell, on the same database the server uses. */
class UsersCommandTest {
    @TempDir
    Path data;


    VigilCli.Run vigil(String stdin, String... args) {
        return new VigilCli(data).runWithInput(stdin, args);
    }

    @Test
    void addsUsersWithAHashedPasswordAndKeysShownOnce() {
        VigilCli.Run added = vigil("a long enough password\n", "users", "add", "alice", "--role", "reviewer",
                "--password-stdin");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("added alice (reviewer)");

        VigilCli.Run weak = vigil("short\n", "users", "add", "bob", "--role", "analyst", "--password-stdin");
        assertThat(weak.status()).isEqualTo(1);
        assertThat(weak.err()).contains("password: at least 12 characters");

        VigilCli.Run badRole = vigil("a long enough password\n", "users", "add", "carol", "--role", "root",
                "--password-stdin");
        assertThat(badRole.status()).isEqualTo(1);
        assertThat(badRole.err()).contains("role: expected analyst, reviewer or admin");

        VigilCli.Run key = vigil("", "users", "api-key", "add", "core-banking", "--role", "analyst");
        assertThat(key.status()).as(key.err()).isZero();
        String plain = key.out().strip();
        assertThat(plain).startsWith("vk_");

        VigilCli.Run list = vigil("", "users", "list");
        assertThat(list.out()).contains("alice").contains("reviewer").doesNotContain("password");
        VigilCli.Run keys = vigil("", "users", "api-key", "list");
        assertThat(keys.out()).contains("core-banking").contains(plain.substring(0, 10)).doesNotContain(plain);

        VigilCli.Run disable = vigil("", "users", "set", "alice", "--disable");
        assertThat(disable.status()).as(disable.err()).isZero();

        try (Services s = new Services(Database.open(Database.h2FileUrl(data)), Clock.systemUTC())) {
            assertThat(s.apiKeys().authenticate(plain))
                    .contains(new Principal("core-banking", Role.ANALYST, Principal.Kind.API_KEY));
            assertThat(s.users().authenticate("alice", "a long enough password", "test")).isEmpty();
            assertThat(s.audit().read(1, 100)).extracting(e -> e.action())
                    .contains("user.add", "apikey.create", "user.update");
            assertThat(s.audit().read(1, 100)).allSatisfy(e -> assertThat(e.actor()).isNotBlank());
            assertThat(s.audit().verify().ok()).isTrue();
        }

        VigilCli.Run revoke = vigil("", "users", "api-key", "revoke", "1");
        assertThat(revoke.status()).as(revoke.err()).isZero();
        try (Services s = new Services(Database.open(Database.h2FileUrl(data)), Clock.systemUTC())) {
            assertThat(s.apiKeys().authenticate(plain)).isEmpty();
        }
    }

    @Test
    void auditRetentionIsTenYearsUntilChangedAndTheChangeIsAudited() {
        assertThat(vigil("", "audit", "retention").out()).contains("audit retention: 10 years");
        VigilCli.Run bad = vigil("", "audit", "retention", "--years", "0");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("retention-years: must be at least 1");
        assertThat(vigil("", "audit", "retention", "--years", "12").out()).contains("audit retention: 12 years");
        try (Services s = new Services(Database.open(Database.h2FileUrl(data)), Clock.systemUTC())) {
            assertThat(s.audit().read(1, 100)).extracting(e -> e.action()).containsExactly("audit.retention.set");
            assertThat(s.audit().read(1, 100).get(0).details()).contains("\"from\":10").contains("\"to\":12");
        }
    }
}
