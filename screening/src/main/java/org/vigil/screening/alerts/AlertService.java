package org.vigil.screening.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.lists.model.Entity;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.Role;

/**
 * Screened records, alerts and decisions. Raising is idempotent across processes: the unique key (record, entity,
 * fingerprint) lets exactly one insert win, and an alert already decided for the same listing (a false positive)
 * blocks a new one until the listing changes. A true match needs a second, different person to confirm. Every raise
 * and decision is written to the audit log in the same transaction.
 */
public final class AlertService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ID = 200;
    private static final int MAX_ENTITY_ID = 300;
    private static final String ALERT_COLUMNS = "id, record_id, entity_id, entity_fingerprint, score, explanation, "
            + "status, created_at, updated_at";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final AlertListener listener;

    public AlertService(Jdbi jdbi, AuditLog audit, Clock clock) {
        this(jdbi, audit, clock, (h, alert) -> { });
    }

    /** With {@code listener} told of every new alert inside the transaction that raises it (the webhook outbox). */
    public AlertService(Jdbi jdbi, AuditLog audit, Clock clock, AlertListener listener) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Registers a record (a customer id) as screened, and as monitored if asked; idempotent. */
    public void registerRecord(String actor, String recordId, boolean monitored) {
        requireText("record-id", recordId, MAX_ID);
        jdbi.useTransaction(h -> {
            Optional<Boolean> before = h.createQuery(
                            "SELECT monitored FROM screened_record WHERE record_id = :id FOR UPDATE")
                    .bind("id", recordId).mapTo(Boolean.class).findOne();
            if (before.isEmpty()) {
                insertRecord(h, recordId, monitored);
            } else if (before.get() == monitored) {
                return;
            } else {
                h.createUpdate("UPDATE screened_record SET monitored = :m WHERE record_id = :id")
                        .bind("m", monitored).bind("id", recordId).execute();
            }
            audit.append(h, actor, monitored ? "record.monitor" : "record.register", "record:" + recordId,
                    JSON.createObjectNode().put("record", recordId).put("monitored", monitored).toString());
        });
    }

    public boolean isMonitored(String recordId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT monitored FROM screened_record WHERE record_id = :id")
                .bind("id", recordId).mapTo(Boolean.class).findOne().orElse(false));
    }

    /** Raises an alert for {@code record} against the current listing of {@code entity}. */
    public Optional<Alert> raise(String actor, String recordId, Entity entity, double score, String explanation) {
        return raise(actor, recordId, entity.id().toString(), EntityFingerprint.of(entity), score, explanation);
    }

    /**
     * Raises an alert unless one exists for the same record, entity and fingerprint (whatever its status: open,
     * confirmed or a decided false positive). Returns the new alert, or empty when nothing was raised.
     */
    public Optional<Alert> raise(String actor, String recordId, String entityId, String fingerprint, double score,
            String explanation) {
        return jdbi.inTransaction(h -> raise(h, actor, recordId, entityId, fingerprint, score, explanation));
    }

    /** {@link #raise(String, String, Entity, double, String)} inside the caller's transaction. */
    public Optional<Alert> raise(Handle h, String actor, String recordId, Entity entity, double score,
            String explanation) {
        return raise(h, actor, recordId, entity.id().toString(), EntityFingerprint.of(entity), score, explanation);
    }

    /**
     * Raises an alert inside the caller's transaction: the alert, its audit row and the listener's work (the webhook
     * outbox) commit or roll back together with whatever else the caller does.
     */
    public Optional<Alert> raise(Handle h, String actor, String recordId, String entityId, String fingerprint,
            double score, String explanation) {
        requireText("actor", actor, MAX_ID);
        requireText("record-id", recordId, MAX_ID);
        requireText("entity-id", entityId, MAX_ENTITY_ID);
        if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("entity-fingerprint: expected 64 lower-case hex digits");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score: must be a finite number, was " + score);
        }
        Objects.requireNonNull(explanation, "explanation");
        requireJson("explanation", explanation);
        // Take the audit chain's lock before the alert's key, as every audited transaction does, so that two
        // transactions raising the same alert (an import and a re-screen) queue instead of deadlocking.
        audit.lockHead(h);
        Instant now = Database.truncate(clock.instant());
        h.createUpdate("INSERT INTO screened_record (record_id, monitored, created_at) "
                        + "VALUES (:id, FALSE, :at) ON CONFLICT DO NOTHING")
                .bind("id", recordId).bind("at", Database.timestamp(now)).execute();
        int inserted = h.createUpdate("INSERT INTO alert (record_id, entity_id, entity_fingerprint, score, "
                        + "explanation, status, created_at, updated_at) "
                        + "VALUES (:record, :entity, :fp, :score, :explanation, :status, :at, :at) "
                        + "ON CONFLICT DO NOTHING")
                .bind("record", recordId).bind("entity", entityId).bind("fp", fingerprint)
                .bind("score", score).bind("explanation", explanation)
                .bind("status", AlertStatus.OPEN.name()).bind("at", Database.timestamp(now)).execute();
        if (inserted == 0) {
            return Optional.<Alert>empty();
        }
        Alert alert = h.createQuery("SELECT " + ALERT_COLUMNS + " FROM alert WHERE record_id = :record "
                        + "AND entity_id = :entity AND entity_fingerprint = :fp")
                .bind("record", recordId).bind("entity", entityId).bind("fp", fingerprint)
                .map(AlertService::alert).one();
        ObjectNode details = JSON.createObjectNode().put("alert", alert.id()).put("record", recordId)
                .put("entity", entityId).put("fingerprint", fingerprint).put("score", score);
        audit.append(h, actor, "alert.raise", "alert:" + alert.id(), details.toString());
        listener.raised(h, alert);
        return Optional.of(alert);
    }

    /**
     * Records a decision. A true match on an open or escalated alert waits for a second reviewer
     * ({@code PENDING_SECOND_REVIEW}); a true match by a different person then confirms it. The person who proposed
     * the match cannot review it. Decided alerts (confirmed match, false positive) take no further decisions. For
     * callers that checked the user's role themselves; the API uses
     * {@link #decide(long, String, Role, Decision, String)} with the caller's role.
     */
    public Alert decide(long alertId, String user, Decision decision, String reason) {
        return decide(alertId, user, Role.REVIEWER, decision, reason);
    }

    /**
     * Records a decision by {@code user} holding {@code role}: as {@link #decide(long, String, Decision, String)}, and
     * the second review of a proposed true match (confirming or rejecting it) and any decision on an escalated alert
     * need at least the reviewer role.
     */
    public Alert decide(long alertId, String user, Role role, Decision decision, String reason) {
        requireText("user", user, MAX_ID);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(decision, "decision");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required, must not be blank");
        }
        return jdbi.inTransaction(h -> {
            Alert alert = h.createQuery("SELECT " + ALERT_COLUMNS + " FROM alert WHERE id = :id FOR UPDATE")
                    .bind("id", alertId).map(AlertService::alert).findOne()
                    .orElseThrow(() -> new AlertNotFoundException(alertId));
            if (needsReviewer(alert.status()) && !role.atLeast(Role.REVIEWER)) {
                throw new DecisionRefusedException("alert " + alert.id() + ": " + (alert.status()
                        == AlertStatus.PENDING_SECOND_REVIEW ? "a proposed true match is confirmed or rejected"
                        : "an escalated alert is decided") + " by a reviewer; user '" + user + "' is "
                        + role.label());
            }
            AlertStatus next = next(h, alert, user, decision);
            Instant now = Database.truncate(clock.instant());
            h.createUpdate("INSERT INTO alert_decision (alert_id, decided_by, decision, reason, decided_at) "
                            + "VALUES (:alert, :user, :decision, :reason, :at)")
                    .bind("alert", alertId).bind("user", user).bind("decision", decision.name())
                    .bind("reason", reason).bind("at", Database.timestamp(now)).execute();
            h.createUpdate("UPDATE alert SET status = :status, updated_at = :at WHERE id = :id")
                    .bind("status", next.name()).bind("at", Database.timestamp(now)).bind("id", alertId).execute();
            ObjectNode details = JSON.createObjectNode().put("alert", alertId).put("decision", decision.name())
                    .put("from", alert.status().name()).put("to", next.name()).put("reason", reason);
            audit.append(h, user, "alert.decide", "alert:" + alertId, details.toString());
            return new Alert(alert.id(), alert.recordId(), alert.entityId(), alert.entityFingerprint(), alert.score(),
                    alert.explanation(), next, alert.createdAt(), now);
        });
    }

    /**
     * Whether deciding an alert in {@code status} takes the reviewer role: the second review of a proposed true match,
     * and an alert an analyst escalated to a reviewer.
     */
    public static boolean needsReviewer(AlertStatus status) {
        return status == AlertStatus.PENDING_SECOND_REVIEW || status == AlertStatus.ESCALATED;
    }

    private static AlertStatus next(Handle h, Alert alert, String user, Decision decision) {
        switch (alert.status()) {
            case CONFIRMED_MATCH, FALSE_POSITIVE -> throw new DecisionRefusedException("alert " + alert.id()
                    + ": already decided as " + alert.status() + "; no further decisions are taken");
            case PENDING_SECOND_REVIEW -> {
                String proposer = h.createQuery("SELECT decided_by FROM alert_decision WHERE alert_id = :id "
                                + "AND decision = 'TRUE_MATCH' ORDER BY id DESC LIMIT 1")
                        .bind("id", alert.id()).mapTo(String.class).one();
                if (proposer.equals(user)) {
                    throw new DecisionRefusedException("alert " + alert.id() + ": user '" + user
                            + "' proposed this true match and cannot also review it; a second, different person"
                            + " must confirm or reject it (four eyes)");
                }
                return switch (decision) {
                    case TRUE_MATCH -> AlertStatus.CONFIRMED_MATCH;
                    case FALSE_POSITIVE -> AlertStatus.FALSE_POSITIVE;
                    case ESCALATE -> AlertStatus.ESCALATED;
                };
            }
            case OPEN, ESCALATED -> {
                return switch (decision) {
                    case TRUE_MATCH -> AlertStatus.PENDING_SECOND_REVIEW;
                    case FALSE_POSITIVE -> AlertStatus.FALSE_POSITIVE;
                    case ESCALATE -> {
                        if (alert.status() == AlertStatus.ESCALATED) {
                            throw new DecisionRefusedException("alert " + alert.id() + ": already escalated");
                        }
                        yield AlertStatus.ESCALATED;
                    }
                };
            }
            default -> throw new IllegalStateException("alert " + alert.id() + ": unknown status " + alert.status());
        }
    }

    public Optional<Alert> find(long alertId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ALERT_COLUMNS + " FROM alert WHERE id = :id")
                .bind("id", alertId).map(AlertService::alert).findOne());
    }

    /** Alerts for one record, oldest first. */
    public List<Alert> forRecord(String recordId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ALERT_COLUMNS + " FROM alert "
                        + "WHERE record_id = :record ORDER BY id")
                .bind("record", recordId).map(AlertService::alert).list());
    }

    /**
     * Alerts matching every given filter (absent: any), in id order after {@code afterId} (0 for the first page), at
     * most {@code limit}: keyset pages.
     */
    public List<Alert> list(Optional<AlertStatus> status, Optional<String> recordId, Optional<String> entityId,
            long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        StringBuilder sql = new StringBuilder("SELECT " + ALERT_COLUMNS + " FROM alert WHERE id > :after");
        status.ifPresent(x -> sql.append(" AND status = :status"));
        recordId.ifPresent(x -> sql.append(" AND record_id = :record"));
        entityId.ifPresent(x -> sql.append(" AND entity_id = :entity"));
        sql.append(" ORDER BY id LIMIT :limit");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bind("after", afterId).bind("limit", limit);
            status.ifPresent(x -> q.bind("status", x.name()));
            recordId.ifPresent(x -> q.bind("record", x));
            entityId.ifPresent(x -> q.bind("entity", x));
            return q.map(AlertService::alert).list();
        });
    }

    /** Alerts in one status, oldest first, at most {@code limit}. */
    public List<Alert> withStatus(AlertStatus status, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ALERT_COLUMNS + " FROM alert "
                        + "WHERE status = :status ORDER BY id LIMIT :limit")
                .bind("status", status.name()).bind("limit", limit).map(AlertService::alert).list());
    }

    public List<DecisionRecord> decisions(long alertId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, alert_id, decided_by, decision, reason, decided_at "
                        + "FROM alert_decision WHERE alert_id = :id ORDER BY id")
                .bind("id", alertId)
                .map((rs, ctx) -> new DecisionRecord(rs.getLong("id"), rs.getLong("alert_id"),
                        rs.getString("decided_by"), Decision.valueOf(rs.getString("decision")),
                        rs.getString("reason"), Database.instant(rs, "decided_at")))
                .list());
    }

    private void insertRecord(Handle h, String recordId, boolean monitored) {
        h.createUpdate("INSERT INTO screened_record (record_id, monitored, created_at) VALUES (:id, :m, :at)")
                .bind("id", recordId).bind("m", monitored)
                .bind("at", Database.timestamp(clock.instant())).execute();
    }

    private static Alert alert(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getString("record_id"), rs.getString("entity_id"),
                rs.getString("entity_fingerprint"), rs.getDouble("score"), rs.getString("explanation"),
                AlertStatus.valueOf(rs.getString("status")), Database.instant(rs, "created_at"),
                Database.instant(rs, "updated_at"));
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required, must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": longer than " + max + " characters");
        }
    }

    private static void requireJson(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": required JSON text, was blank");
        }
        try {
            JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(field + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
