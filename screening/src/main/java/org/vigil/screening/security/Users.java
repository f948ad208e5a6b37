package org.vigil.screening.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

/**
 * Console users with Argon2id password hashes. Logins, failed logins and every change to a user are written to the
 * audit log (the username, never the password). A login for an unknown user costs the same hash as for a known one,
 * so timing does not reveal which usernames exist.
 */
public final class Users {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    private static final String DUMMY_HASH = Passwords.hash("not-a-real-password-" + Secrets.token(8));

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public Users(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public record User(String username, Role role, boolean enabled) {
    }

    /** Lower-case letters, digits and {@code . _ @ -}, at most 100 characters. */
    public static String checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username: 1-100 characters of a-z, 0-9, '.', '_', '@', '-', "
                    + "starting with a letter or digit");
        }
        return username;
    }

    /** Adds a user; fails if the name is taken or the password too weak. */
    public User add(String actor, String username, String password, Role role) {
        checkUsername(username);
        Passwords.checkStrength(password);
        Objects.requireNonNull(role, "role");
        String hash = Passwords.hash(password);
        jdbi.useTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM app_user WHERE username = :u").bind("u", username)
                    .mapTo(Integer.class).one() > 0) {
                throw new IllegalArgumentException("username: '" + username + "' already exists");
            }
            var now = Database.timestamp(clock.instant());
            h.createUpdate("INSERT INTO app_user (username, password_hash, role, enabled, created_at, updated_at) "
                            + "VALUES (:u, :h, :r, TRUE, :now, :now)")
                    .bind("u", username).bind("h", hash).bind("r", role.name()).bind("now", now).execute();
            audit.append(h, actor, "user.add", "user:" + username,
                    JSON.createObjectNode().put("username", username).put("role", role.label()).toString());
        });
        return new User(username, role, true);
    }

    /** Sets a new password (the user's own change or an admin's reset); ends the user's sessions. */
    public void setPassword(String actor, String username, String password) {
        Passwords.checkStrength(password);
        String hash = Passwords.hash(password);
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE app_user SET password_hash = :h, updated_at = :now WHERE username = :u")
                    .bind("h", hash).bind("now", Database.timestamp(clock.instant())).bind("u", username).execute();
            if (n == 0) {
                throw new IllegalArgumentException("username: no user '" + username + "'");
            }
            h.createUpdate("DELETE FROM web_session WHERE username = :u").bind("u", username).execute();
            audit.append(h, actor, "user.password", "user:" + username,
                    JSON.createObjectNode().put("username", username).toString());
        });
    }

    /** Changes a user's role or enables/disables the account; disabling ends its sessions. */
    public void update(String actor, String username, Role role, boolean enabled) {
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE app_user SET role = :r, enabled = :e, updated_at = :now WHERE username = :u")
                    .bind("r", role.name()).bind("e", enabled).bind("now", Database.timestamp(clock.instant()))
                    .bind("u", username).execute();
            if (n == 0) {
                throw new IllegalArgumentException("username: no user '" + username + "'");
            }
            if (!enabled) {
                h.createUpdate("DELETE FROM web_session WHERE username = :u").bind("u", username).execute();
            }
            audit.append(h, actor, "user.update", "user:" + username, JSON.createObjectNode()
                    .put("username", username).put("role", role.label()).put("enabled", enabled).toString());
        });
    }

    public Optional<User> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT username, role, enabled FROM app_user WHERE username = :u")
                .bind("u", username)
                .map((rs, c) -> new User(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .findOne());
    }

    public List<User> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT username, role, enabled FROM app_user ORDER BY username")
                .map((rs, c) -> new User(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .list());
    }

    public boolean any() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one()) > 0;
    }

    /**
     * Checks a username and password. Success and failure are both audited (as {@code auth.login} and
     * {@code auth.login.failed}, with the username and {@code via}, e.g. "console").
     */
    public Optional<Principal> authenticate(String username, String password, String via) {
        String name = username == null ? "" : username.strip();
        record Row(String hash, Role role, boolean enabled) {
        }
        Optional<Row> row = name.isEmpty() || name.length() > 100 ? Optional.empty()
                : jdbi.withHandle(h -> h.createQuery(
                                "SELECT password_hash, role, enabled FROM app_user WHERE username = :u")
                        .bind("u", name)
                        .map((rs, c) -> new Row(rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                                rs.getBoolean("enabled")))
                        .findOne());
        boolean ok = Passwords.verify(password == null ? "" : password, row.map(Row::hash).orElse(DUMMY_HASH))
                && row.isPresent() && row.get().enabled();
        String subject = "user:" + (name.length() > 100 ? name.substring(0, 100) : name);
        String details = JSON.createObjectNode().put("username", subject.substring(5)).put("via", via)
                .put("reason", ok ? "ok" : row.isEmpty() ? "unknown user" : !row.get().enabled() ? "disabled"
                        : "wrong password").toString();
        audit.append(ok ? subject : "anonymous", ok ? "auth.login" : "auth.login.failed", subject, details);
        return ok ? Optional.of(new Principal(name, row.get().role(), Principal.Kind.USER)) : Optional.empty();
    }
}
