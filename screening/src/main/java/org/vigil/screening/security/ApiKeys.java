package org.vigil.screening.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

/**
 * API keys for systems (core banking, payment gateways). A key is {@code vk_} and 32 random bytes; only its SHA-256
 * digest is stored, and its first characters (the prefix) so that an admin can tell keys apart. The plain key is shown
 * once, when created. Lookups are cached for a few seconds, so a busy client does not cost a database read per request;
 * a revoked key stops working within that time, on every instance.
 */
public final class ApiKeys {
    public static final String PREFIX = "vk_";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CACHE_MILLIS = 5_000;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeys(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public record ApiKey(long id, String name, String prefix, Role role, Instant createdAt, Optional<Instant> revokedAt) {
    }

    /** A new key and its one-time plain text. */
    public record Created(ApiKey key, String plainText) {
    }

    private record Cached(Optional<Principal> principal, long at) {
    }

    public Created create(String actor, String name, Role role) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("name: required, at most 100 characters");
        }
        Objects.requireNonNull(role, "role");
        String plain = PREFIX + Secrets.token(32);
        String prefix = plain.substring(0, 10);
        Instant now = Database.truncate(clock.instant());
        long id = jdbi.inTransaction(h -> {
            long newId = h.createUpdate("INSERT INTO api_key (name, key_prefix, key_hash, role, created_by, created_at) "
                            + "VALUES (:n, :p, :h, :r, :by, :at)")
                    .bind("n", name.strip()).bind("p", prefix).bind("h", Secrets.sha256(plain)).bind("r", role.name())
                    .bind("by", actor).bind("at", Database.timestamp(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.append(h, actor, "apikey.create", "apikey:" + newId, JSON.createObjectNode().put("id", newId)
                    .put("name", name.strip()).put("prefix", prefix).put("role", role.label()).toString());
            return newId;
        });
        return new Created(new ApiKey(id, name.strip(), prefix, role, now, Optional.empty()), plain);
    }

    public void revoke(String actor, long id) {
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                    .bind("at", Database.timestamp(clock.instant())).bind("id", id).execute();
            if (n == 0) {
                throw new IllegalArgumentException("id: no active API key " + id);
            }
            audit.append(h, actor, "apikey.revoke", "apikey:" + id, JSON.createObjectNode().put("id", id).toString());
        });
        cache.clear();
    }

    public List<ApiKey> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, key_prefix, role, created_at, revoked_at "
                        + "FROM api_key ORDER BY id")
                .map((rs, c) -> new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                        Role.valueOf(rs.getString("role")), Database.instant(rs, "created_at"),
                        Optional.ofNullable(Database.instant(rs, "revoked_at"))))
                .list());
    }

    /** The principal a presented key stands for, if it is a known, unrevoked key. */
    public Optional<Principal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String digest = Secrets.sha256(presented);
        long now = clock.millis();
        Cached c = cache.get(digest);
        if (c != null && now - c.at() < CACHE_MILLIS) {
            return c.principal();
        }
        Optional<Principal> p = jdbi.withHandle(h -> h.createQuery(
                        "SELECT name, role FROM api_key WHERE key_hash = :h AND revoked_at IS NULL")
                .bind("h", digest)
                .map((rs, ctx) -> new Principal(rs.getString("name"), Role.valueOf(rs.getString("role")),
                        Principal.Kind.API_KEY))
                .findOne());
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(digest, new Cached(p, now));
        return p;
    }
}
