package org.vigil.screening.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

/**
 * The {@code rescreen_run} table: which instance re-screens which list version. The first instance to insert a
 * version's row wins its run; a run whose lease lapsed (its instance crashed) or that failed is taken over by a
 * conditional update that only one instance can win. Claims, takeovers and failures are audited with the row change.
 */
public final class RescreenRuns {
    /** Attempts before a failing run is left FAILED for a person to look at. */
    public static final int MAX_ATTEMPTS = 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTOR = "system:rescreen";
    private static final String COLUMNS = "version_id, source, from_version, status, claimed_by, lease_until, "
            + "attempts, noticed_at, started_at, finished_at, entities, records, matches, alerts, error";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public RescreenRuns(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A run this instance won.
     *
     * @param fromVersion the version to compare with; empty to screen against all entities
     */
    public record Claim(String versionId, Optional<String> fromVersion, int attempt, String instance) {
    }

    public Optional<RescreenRun> find(String versionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM rescreen_run WHERE version_id = :v")
                .bind("v", versionId).map(RescreenRuns::run).findOne());
    }

    /** Runs, newest first, at most {@code limit}. */
    public List<RescreenRun> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM rescreen_run "
                        + "ORDER BY noticed_at DESC, version_id DESC LIMIT :limit")
                .bind("limit", limit).map(RescreenRuns::run).list());
    }

    /**
     * Claims the run for {@code versionId} (a version of {@code source} now active) for {@code instance}: a new run
     * compares with the last version of the source whose run finished (none: all entities); an existing run is taken over only when
     * it is RUNNING or FAILED, its lease has lapsed and it has attempts left. Empty when another instance has it or it
     * is done.
     */
    public Optional<Claim> claim(String versionId, String source, String instance, Duration lease) {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instance, "instance");
        Instant now = Database.truncate(clock.instant());
        Instant until = now.plus(lease);
        Optional<RescreenRun> existing = find(versionId);
        if (existing.isEmpty()) {
            Optional<Claim> won = jdbi.inTransaction(h -> {
                audit.lockHead(h); // first, as every audited transaction here does
                // the last version whose run finished: a run that never completed (its instance crashed and the
                // version was replaced before anyone took it over) is covered by comparing with the one before it
                Optional<String> from = h.createQuery("SELECT version_id FROM rescreen_run WHERE source = :s "
                                + "AND status = 'DONE' ORDER BY noticed_at DESC, version_id DESC LIMIT 1")
                        .bind("s", source).mapTo(String.class).findOne();
                int inserted = h.createUpdate("INSERT INTO rescreen_run (version_id, source, from_version, status, "
                                + "claimed_by, lease_until, attempts, noticed_at, started_at) VALUES (:v, :s, :from, "
                                + "'RUNNING', :me, :until, 1, :now, :now) ON CONFLICT DO NOTHING")
                        .bind("v", versionId).bind("s", source).bind("from", from.orElse(null)).bind("me", instance)
                        .bind("until", Database.timestamp(until)).bind("now", Database.timestamp(now)).execute();
                if (inserted == 0) {
                    return Optional.<Claim>empty();
                }
                audit(h, "rescreen.claim", versionId, from, instance, 1, null);
                return Optional.of(new Claim(versionId, from, 1, instance));
            });
            if (won.isPresent()) {
                return won;
            }
            existing = find(versionId);
            if (existing.isEmpty()) {
                return Optional.empty();
            }
        }
        RescreenRun run = existing.get();
        boolean stale = run.status() != RescreenRun.Status.DONE && run.leaseUntil().isPresent()
                && run.leaseUntil().get().isBefore(now) && run.attempts() < MAX_ATTEMPTS;
        if (!stale) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> {
            audit.lockHead(h);
            int updated = h.createUpdate("UPDATE rescreen_run SET status = 'RUNNING', claimed_by = :me, "
                            + "lease_until = :until, attempts = attempts + 1, started_at = :now, error = NULL "
                            + "WHERE version_id = :v AND status IN ('RUNNING', 'FAILED') AND attempts = :attempts "
                            + "AND lease_until < :now")
                    .bind("me", instance).bind("until", Database.timestamp(until)).bind("now", Database.timestamp(now))
                    .bind("v", versionId).bind("attempts", run.attempts()).execute();
            if (updated == 0) {
                return Optional.<Claim>empty();
            }
            int attempt = run.attempts() + 1;
            audit(h, "rescreen.takeover", versionId, run.fromVersion(), instance, attempt,
                    "previous attempt by " + run.claimedBy() + " " + (run.status() == RescreenRun.Status.FAILED
                            ? "failed: " + run.error().orElse("") : "stopped renewing its lease"));
            return Optional.of(new Claim(versionId, run.fromVersion(), attempt, instance));
        });
    }

    /** Extends a running claim's lease; false if this instance no longer holds it. */
    public boolean renew(Claim claim, Duration lease) {
        Instant until = Database.truncate(clock.instant()).plus(lease);
        return jdbi.withHandle(h -> h.createUpdate("UPDATE rescreen_run SET lease_until = :until WHERE version_id = :v "
                        + "AND claimed_by = :me AND status = 'RUNNING' AND attempts = :attempt")
                .bind("until", Database.timestamp(until)).bind("v", claim.versionId()).bind("me", claim.instance())
                .bind("attempt", claim.attempt()).execute()) == 1;
    }

    /** Marks a claimed run done with its counts; false if this instance no longer held it. */
    public boolean finish(Claim claim, RescreenResult result) {
        Instant now = Database.truncate(clock.instant());
        return jdbi.withHandle(h -> h.createUpdate("UPDATE rescreen_run SET status = 'DONE', lease_until = NULL, "
                        + "finished_at = :now, entities = :entities, records = :records, matches = :matches, "
                        + "alerts = :alerts WHERE version_id = :v AND claimed_by = :me AND attempts = :attempt "
                        + "AND status = 'RUNNING'")
                .bind("now", Database.timestamp(now)).bind("entities", result.entitiesScreened())
                .bind("records", result.recordsScreened()).bind("matches", result.matches())
                .bind("alerts", result.alertsRaised()).bind("v", claim.versionId()).bind("me", claim.instance())
                .bind("attempt", claim.attempt()).execute()) == 1;
    }

    /** Marks a claimed run failed; another instance (or this one) retries it after {@code retryAfter}. */
    public void fail(Claim claim, String error, Duration retryAfter) {
        Instant now = Database.truncate(clock.instant());
        String message = error == null ? "unknown error" : error.length() > 1900 ? error.substring(0, 1900) : error;
        jdbi.useTransaction(h -> {
            audit.lockHead(h);
            int updated = h.createUpdate("UPDATE rescreen_run SET status = 'FAILED', lease_until = :retry, "
                            + "finished_at = :now, error = :error WHERE version_id = :v AND claimed_by = :me "
                            + "AND attempts = :attempt AND status = 'RUNNING'")
                    .bind("retry", Database.timestamp(now.plus(retryAfter))).bind("now", Database.timestamp(now))
                    .bind("error", message).bind("v", claim.versionId()).bind("me", claim.instance())
                    .bind("attempt", claim.attempt()).execute();
            if (updated == 1) {
                audit(h, "rescreen.fail", claim.versionId(), claim.fromVersion(), claim.instance(), claim.attempt(),
                        message);
            }
        });
    }

    private void audit(Handle h, String action, String versionId, Optional<String> from, String instance,
            int attempt, String note) {
        ObjectNode details = JSON.createObjectNode().put("version", versionId);
        if (from.isPresent()) {
            details.put("from", from.get());
        } else {
            details.putNull("from");
        }
        details.put("instance", instance).put("attempt", attempt);
        if (note != null) {
            details.put("note", note);
        }
        audit.append(h, ACTOR, action, "list:" + versionId, details.toString());
    }

    private static RescreenRun run(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RescreenRun(rs.getString("version_id"), rs.getString("source"),
                Optional.ofNullable(rs.getString("from_version")),
                RescreenRun.Status.valueOf(rs.getString("status")), rs.getString("claimed_by"),
                Optional.ofNullable(Database.instant(rs, "lease_until")), rs.getInt("attempts"),
                Database.instant(rs, "noticed_at"), Database.instant(rs, "started_at"),
                Optional.ofNullable(Database.instant(rs, "finished_at")), rs.getInt("entities"),
                rs.getLong("records"), rs.getLong("matches"), rs.getLong("alerts"),
                Optional.ofNullable(rs.getString("error")));
    }
}
