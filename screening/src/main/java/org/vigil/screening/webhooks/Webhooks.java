package org.vigil.screening.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertListener;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.SecretBox;
import org.vigil.screening.security.Secrets;

/**
 * Webhook endpoints for new alerts, and the outbox: {@link #outbox()} is the {@link AlertListener} that writes one
 * delivery per registered endpoint in the transaction that raises the alert, so a committed alert always has its
 * deliveries and a rolled-back one never does. Registering and deleting endpoints are audited (the secret never is).
 */
public final class Webhooks {
    public static final String EVENT_ALERT_RAISED = "alert.raised";
    static final int MAX_URL = 2000;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final SecretBox secrets;

    /** @param secrets seals each endpoint's secret before it is stored */
    public Webhooks(Jdbi jdbi, AuditLog audit, Clock clock, SecretBox secrets) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new endpoint and its secret, which is shown this once and never again. */
    public record Created(Webhook webhook, String secret) {
    }

    /**
     * Registers an endpoint. {@code secret} is generated (32 random bytes, base64url) when absent.
     *
     * @throws IllegalArgumentException naming the field: a URL that is not absolute http(s) with a host, a secret
     *                                  shorter than 16 or longer than 200 characters
     */
    public Created register(String actor, String url, Optional<String> secret) {
        URI uri = checkUrl(url);
        String s = secret.orElseGet(() -> "whsec_" + Secrets.token(32));
        if (s.length() < MIN_SECRET || s.length() > MAX_SECRET || s.isBlank()) {
            throw new IllegalArgumentException("secret: must be " + MIN_SECRET + " to " + MAX_SECRET
                    + " characters, was " + s.length());
        }
        Instant now = Database.truncate(clock.instant());
        return jdbi.inTransaction(h -> {
            audit.lockHead(h);
            long id = h.createUpdate("INSERT INTO webhook (url, secret, created_by, created_at) "
                            + "VALUES (:url, :secret, :by, :at)")
                    .bind("url", uri.toString()).bind("secret", secrets.seal(s)).bind("by", actor).bind("at", Database.timestamp(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.append(h, actor, "webhook.create", "webhook:" + id,
                    JSON.createObjectNode().put("webhook", id).put("url", uri.toString())
                            .put("secretGenerated", secret.isEmpty()).toString());
            return new Created(new Webhook(id, uri.toString(), actor, now, 0, 0, 0), s);
        });
    }

    static URI checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: required, must not be blank");
        }
        if (url.length() > MAX_URL) {
            throw new IllegalArgumentException("url: longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url: not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException("url: expected an absolute http:// or https:// URL with a host and "
                    + "without user info or fragment");
        }
        return uri;
    }

    /** Endpoints in use (not deleted), oldest first, with their delivery counts. */
    public List<Webhook> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT w.id, w.url, w.created_by, w.created_at, "
                        + "(SELECT COUNT(*) FROM webhook_delivery d WHERE d.webhook_id = w.id "
                        + "AND d.status = 'PENDING') AS pending, "
                        + "(SELECT COUNT(*) FROM webhook_delivery d WHERE d.webhook_id = w.id "
                        + "AND d.status = 'DELIVERED') AS delivered, "
                        + "(SELECT COUNT(*) FROM webhook_delivery d WHERE d.webhook_id = w.id "
                        + "AND d.status = 'FAILED') AS failed "
                        + "FROM webhook w WHERE w.deleted_at IS NULL ORDER BY w.id")
                .map((rs, ctx) -> new Webhook(rs.getLong("id"), rs.getString("url"), rs.getString("created_by"),
                        Database.instant(rs, "created_at"), rs.getLong("pending"), rs.getLong("delivered"),
                        rs.getLong("failed")))
                .list());
    }

    /** Deletes an endpoint; its pending deliveries are cancelled. False if there is no such endpoint in use. */
    public boolean delete(String actor, long id) {
        Instant now = Database.truncate(clock.instant());
        return jdbi.inTransaction(h -> {
            audit.lockHead(h);
            int deleted = h.createUpdate("UPDATE webhook SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
                    .bind("at", Database.timestamp(now)).bind("id", id).execute();
            if (deleted == 0) {
                return false;
            }
            int cancelled = h.createUpdate("UPDATE webhook_delivery SET status = 'CANCELLED', claim_token = NULL, "
                            + "lease_until = NULL WHERE webhook_id = :id AND status = 'PENDING'")
                    .bind("id", id).execute();
            audit.append(h, actor, "webhook.delete", "webhook:" + id,
                    JSON.createObjectNode().put("webhook", id).put("cancelledDeliveries", cancelled).toString());
            return true;
        });
    }

    /** The outbox writer: one pending delivery per endpoint in use, in the raising transaction. */
    public AlertListener outbox() {
        return this::enqueue;
    }

    private void enqueue(Handle h, Alert alert) {
        Instant now = Database.truncate(clock.instant());
        h.createUpdate("INSERT INTO webhook_delivery (webhook_id, alert_id, event, payload, status, attempts, "
                        + "next_attempt_at, created_at) SELECT id, :alert, :event, :payload, 'PENDING', 0, :at, :at "
                        + "FROM webhook WHERE deleted_at IS NULL")
                .bind("alert", alert.id()).bind("event", EVENT_ALERT_RAISED).bind("payload", payload(alert))
                .bind("at", Database.timestamp(now)).execute();
    }

    /** The body of an {@code alert.raised} delivery. */
    static String payload(Alert a) {
        ObjectNode root = JSON.createObjectNode().put("event", EVENT_ALERT_RAISED);
        ObjectNode alert = root.putObject("alert");
        alert.put("id", a.id()).put("record", a.recordId()).put("entity", a.entityId())
                .put("entityFingerprint", a.entityFingerprint()).put("score", a.score())
                .put("status", a.status().name()).put("createdAt", a.createdAt().toString())
                .put("href", "/api/v1/alerts/" + a.id());
        return root.toString();
    }
}
