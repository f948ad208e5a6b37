package org.vigil.screening.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.vigil.screening.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

/** Users, API keys and sessions on both databases: what is stored, what is audited, when access ends. */
class SecurityStoresTest {
    @TempDir
    Path dir;


    @Test
    void argon2idHashesVerifyOnlyTheirPasswordAndCarryTheirCost() {
        String h = Passwords.hash("correct horse battery staple");
        assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(Passwords.verify("correct horse battery staple", h)).isTrue();
        assertThat(Passwords.verify("correct horse battery stapler", h)).isFalse();
        assertThat(Passwords.hash("correct horse battery staple")).isNotEqualTo(h); // salted
        assertThat(Passwords.verify("x", "$argon2id$v=19$m=bogus")).isFalse();
        assertThat(Passwords.verify("x", "plain-text")).isFalse();
        assertThatThrownBy(() -> Passwords.checkStrength("short")).hasMessageContaining("at least 12");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void usersLogInWithTheirPasswordOnlyAndEveryAttemptIsAudited(Backend backend) {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
        try (Database db = backend.open(dir)) {
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            Users users = new Users(db.jdbi(), audit, clock);
            users.add("cli:root", "alice", "alice's long password", Role.REVIEWER);
            assertThatThrownBy(() -> users.add("cli:root", "alice", "another long password", Role.ADMIN))
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> users.add("cli:root", "Robert'); DROP TABLE app_user;--", "long enough pw!",
                    Role.ADMIN)).hasMessageContaining("username");

            assertThat(users.authenticate("alice", "alice's long password", "test"))
                    .contains(new Principal("alice", Role.REVIEWER, Principal.Kind.USER));
            assertThat(users.authenticate("alice", "wrong", "test")).isEmpty();
            assertThat(users.authenticate("mallory", "alice's long password", "test")).isEmpty();

            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM app_user")
                    .mapTo(String.class).one());
            assertThat(stored).startsWith("$argon2id$").doesNotContain("long password");

            users.update("cli:root", "alice", Role.REVIEWER, false);
            assertThat(users.authenticate("alice", "alice's long password", "test")).isEmpty();

            var rows = audit.read(1, 100);
            assertThat(rows).extracting(e -> e.action()).containsExactly("user.add", "auth.login",
                    "auth.login.failed", "auth.login.failed", "user.update", "auth.login.failed");
            assertThat(rows).allSatisfy(e -> assertThat(e.details()).doesNotContain("long password"));
            assertThat(audit.verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void apiKeysAreStoredAsDigestsAndStopWorkingWhenRevoked(Backend backend) {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
        try (Database db = backend.open(dir)) {
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            ApiKeys keys = new ApiKeys(db.jdbi(), audit, clock);
            ApiKeys.Created k = keys.create("user:admin", "core-banking", Role.ANALYST);
            assertThat(k.plainText()).startsWith("vk_").hasSizeGreaterThan(40);
            assertThat(keys.authenticate(k.plainText()))
                    .contains(new Principal("core-banking", Role.ANALYST, Principal.Kind.API_KEY));
            assertThat(keys.authenticate(k.plainText() + "x")).isEmpty();
            assertThat(keys.authenticate("not-a-key")).isEmpty();
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT key_hash FROM api_key")
                    .mapTo(String.class).one());
            assertThat(stored).isEqualTo(Secrets.sha256(k.plainText())).doesNotContain(k.plainText());
            assertThat(keys.list()).singleElement().satisfies(x -> assertThat(x.prefix())
                    .isEqualTo(k.plainText().substring(0, 10)));

            keys.revoke("user:admin", k.key().id());
            assertThat(keys.authenticate(k.plainText())).isEmpty();
            assertThatThrownBy(() -> keys.revoke("user:admin", k.key().id())).hasMessageContaining("no active");
            assertThat(audit.read(1, 10)).extracting(e -> e.action()).containsExactly("apikey.create", "apikey.revoke");
            assertThat(audit.read(1, 10)).allSatisfy(e -> assertThat(e.details()).doesNotContain(k.plainText()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sessionsEndWhenIdleAtTheAbsoluteLimitOnLogoutAndWhenTheUserIsDisabled(Backend backend) {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
        try (Database db = backend.open(dir)) {
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            Users users = new Users(db.jdbi(), audit, clock);
            users.add("cli:root", "bob", "bob's long password", Role.ANALYST);
            Sessions sessions = new Sessions(db.jdbi(), clock);

            String s = sessions.start("bob");
            assertThat(sessions.find(s)).hasValueSatisfying(x -> {
                assertThat(x.username()).isEqualTo("bob");
                assertThat(x.csrfToken()).hasSizeGreaterThan(30);
            });
            assertThat(sessions.find(s + "x")).isEmpty();
            String idHash = db.jdbi().withHandle(h -> h.createQuery("SELECT id_hash FROM web_session")
                    .mapTo(String.class).one());
            assertThat(idHash).isEqualTo(Secrets.sha256(s));

            // used every 20 minutes, it lives until the absolute limit
            for (int i = 0; i < 35; i++) {
                clock.advance(Duration.ofMinutes(20));
                if (clock.instant().isAfter(Instant.parse("2026-03-01T08:00:00Z").plus(Sessions.ABSOLUTE))) {
                    assertThat(sessions.find(s)).isEmpty();
                    break;
                }
                assertThat(sessions.find(s)).as("after %d x 20 min", i + 1).isPresent();
            }

            String idle = sessions.start("bob");
            clock.advance(Sessions.IDLE.plusSeconds(1));
            assertThat(sessions.find(idle)).isEmpty();

            String out = sessions.start("bob");
            sessions.end(out);
            assertThat(sessions.find(out)).isEmpty();

            String disabled = sessions.start("bob");
            users.update("cli:root", "bob", Role.ANALYST, false);
            assertThat(sessions.find(disabled)).isEmpty();
        }
    }
}
