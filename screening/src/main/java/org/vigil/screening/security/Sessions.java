package org.vigil.screening.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigil.screening.db.Database;

/**
 * Server-side console sessions, in the database so every instance sees them. The cookie carries a random id; the table
 * keeps its SHA-256, the user and a per-session CSRF token. A session ends after {@link #IDLE} without use or
 * {@link #ABSOLUTE} after login, whichever comes first.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** last_seen is written at most this often, not on every request. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public Sessions(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A live session: who, and the token forms must carry. */
    public record Session(String username, Role role, String csrfToken) {
        public Principal principal() {
            return new Principal(username, role, Principal.Kind.USER);
        }
    }

    /** A new session for a logged-in user; returns the cookie value (shown once, stored only as a digest). */
    public String start(String username) {
        String id = Secrets.token(32);
        Instant now = clock.instant();
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM web_session WHERE expires_at < :now")
                    .bind("now", Database.timestamp(now)).execute();
            h.createUpdate("INSERT INTO web_session (id_hash, username, csrf_token, created_at, last_seen, expires_at) "
                            + "VALUES (:id, :u, :csrf, :now, :now, :exp)")
                    .bind("id", Secrets.sha256(id)).bind("u", username).bind("csrf", Secrets.token(32))
                    .bind("now", Database.timestamp(now)).bind("exp", Database.timestamp(now.plus(ABSOLUTE)))
                    .execute();
        });
        return id;
    }

    /** The session for a cookie value, if it exists, has not expired and its user is still enabled. */
    public Optional<Session> find(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return Optional.empty();
        }
        String idHash = Secrets.sha256(cookie);
        Instant now = clock.instant();
        record Row(Session session, Instant lastSeen, Instant expires) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT s.username, u.role, s.csrf_token, s.last_seen, "
                        + "s.expires_at FROM web_session s JOIN app_user u ON u.username = s.username "
                        + "WHERE s.id_hash = :id AND u.enabled = TRUE")
                .bind("id", idHash)
                .map((rs, c) -> new Row(new Session(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getString("csrf_token")), Database.instant(rs, "last_seen"),
                        Database.instant(rs, "expires_at")))
                .findOne());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        if (now.isAfter(r.expires()) || now.isAfter(r.lastSeen().plus(IDLE))) {
            end(cookie);
            return Optional.empty();
        }
        if (now.isAfter(r.lastSeen().plus(TOUCH))) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE web_session SET last_seen = :now WHERE id_hash = :id")
                    .bind("now", Database.timestamp(now)).bind("id", idHash).execute());
        }
        return Optional.of(r.session());
    }

    public void end(String cookie) {
        if (cookie == null || cookie.length() > 100) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE id_hash = :id")
                .bind("id", Secrets.sha256(cookie)).execute());
    }
}
