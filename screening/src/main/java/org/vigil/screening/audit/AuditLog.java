package org.vigil.screening.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.vigil.screening.db.Database;

/**
 * The append-only, hash-chained audit log. Each row carries the previous row's hash and its own hash over both;
 * appends lock the chain head row, so several processes on one database extend one chain, and the primary key on the
 * sequence number and the unique previous hash refuse a fork even if the lock were bypassed.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ACTOR = 200;
    private static final int MAX_ACTION = 100;
    private static final int MAX_SUBJECT = 1000;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends one row in its own transaction. */
    public AuditEntry append(String actor, String action, String subject, String details) {
        return jdbi.inTransaction(h -> append(h, actor, action, subject, details));
    }

    /** Appends one row inside the caller's transaction, so it commits or rolls back with the change it records. */
    public AuditEntry append(Handle h, String actor, String action, String subject, String details) {
        return appendAll(h, java.util.List.of(new Row(actor, action, subject, details))).get(0);
    }

    /** A row to append. */
    public record Row(String actor, String action, String subject, String details) {
    }

    /**
     * Checks a row as {@link #append} would, without writing it: the fields' lengths and that the details are JSON.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static void validate(Row r) {
        require("actor", r.actor(), MAX_ACTOR);
        require("action", r.action(), MAX_ACTION);
        Objects.requireNonNull(r.subject(), "subject");
        if (r.subject().length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("subject: longer than " + MAX_SUBJECT + " characters");
        }
        if (r.details() == null || r.details().isBlank()) {
            throw new IllegalArgumentException("details: required JSON text, was blank");
        }
        try {
            JSON.readTree(r.details());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("details: not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Appends several rows in their own transaction, locking the chain head once (see {@link GroupAppender}). */
    public java.util.List<AuditEntry> appendAll(java.util.List<Row> rows) {
        return jdbi.inTransaction(h -> appendAll(h, rows));
    }

    /**
     * Appends rows, in order, inside the caller's transaction: the chain head is locked once and moved once, so many
     * rows cost hardly more lock time than one.
     */
    public java.util.List<AuditEntry> appendAll(Handle h, java.util.List<Row> rows) {
        rows.forEach(AuditLog::validate);
        if (rows.isEmpty()) {
            return java.util.List.of();
        }
        AuditAnchor head = readHead(h, true);
        Instant at = Database.truncate(clock.instant());
        java.util.List<AuditEntry> out = new java.util.ArrayList<>(rows.size());
        long seq = head.seq();
        String prev = head.hash();
        org.jdbi.v3.core.statement.PreparedBatch insert = h.prepareBatch("INSERT INTO audit_log (seq, logged_at, "
                + "actor, action, subject, details, prev_hash, hash) "
                + "VALUES (:seq, :at, :actor, :action, :subject, :details, :prev, :hash)");
        for (Row r : rows) {
            seq++;
            String hash = AuditHash.of(seq, at, r.actor(), r.action(), r.subject(), r.details(), prev);
            insert.bind("seq", seq).bind("at", Database.timestamp(at)).bind("actor", r.actor())
                    .bind("action", r.action()).bind("subject", r.subject()).bind("details", r.details())
                    .bind("prev", prev).bind("hash", hash).add();
            out.add(new AuditEntry(seq, at, r.actor(), r.action(), r.subject(), r.details(), prev, hash));
            prev = hash;
        }
        insert.execute();
        int updated = h.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash "
                        + "WHERE id = 1 AND last_seq = :prevSeq")
                .bind("seq", seq).bind("hash", prev).bind("prevSeq", head.seq()).execute();
        if (updated != 1) {
            throw new IllegalStateException("audit: the chain head moved during an append; retry");
        }
        return java.util.List.copyOf(out);
    }

    /**
     * Locks the chain head inside the caller's transaction until it ends; a transaction that locks other rows before
     * its audit row takes this first, so that all such transactions lock in the same order.
     */
    public void lockHead(Handle h) {
        readHead(h, true);
    }

    /**
     * Reads the whole chain in order and checks each row's hash, its link to the previous row, that sequence numbers
     * have no gaps, and that the last row is the one the chain head names (so deleting the newest rows shows too).
     */
    public Verification verify() {
        return verify(java.util.List.of());
    }

    /**
     * As {@link #verify()}, and also that the chain still has each of {@code anchors} (taken earlier with
     * {@link #head()} and kept outside the database): a chain rebuilt after an edit, with every hash recomputed,
     * passes the first checks but not this one.
     */
    public Verification verify(java.util.Collection<AuditAnchor> anchors) {
        java.util.Map<Long, String> expected = new java.util.HashMap<>();
        for (AuditAnchor a : anchors) {
            String before = expected.put(a.seq(), a.hash());
            if (before != null && !before.equals(a.hash())) {
                throw new IllegalArgumentException("audit anchors: two different hashes for row " + a.seq());
            }
        }
        String genesisAnchor = expected.remove(0L);
        if (genesisAnchor != null && !genesisAnchor.equals(AuditHash.GENESIS)) {
            throw new IllegalArgumentException("audit anchors: row 0 (the empty log) has the hash "
                    + AuditHash.GENESIS);
        }
        return jdbi.inTransaction(h -> {
            AuditAnchor head = readHead(h, false);
            ResultIterable<AuditEntry> rows = h.createQuery("SELECT seq, logged_at, actor, action, subject, details, "
                            + "prev_hash, hash FROM audit_log ORDER BY seq")
                    .setFetchSize(1000).map(AuditLog::entry);
            long count = 0;
            long expectedSeq = 1;
            String expectedPrev = AuditHash.GENESIS;
            try (var stream = rows.stream()) {
                Iterator<AuditEntry> it = stream.iterator();
                while (it.hasNext()) {
                    AuditEntry e = it.next();
                    count++;
                    if (e.seq() != expectedSeq) {
                        return Verification.broken(count, e.seq(), "expected row " + expectedSeq
                                + " here; rows " + expectedSeq + ".." + (e.seq() - 1) + " are missing");
                    }
                    if (!e.prevHash().equals(expectedPrev)) {
                        return Verification.broken(count, e.seq(),
                                "its previous-hash does not match the hash of row " + (e.seq() - 1));
                    }
                    if (!AuditHash.of(e).equals(e.hash())) {
                        return Verification.broken(count, e.seq(),
                                "its content does not match its hash (the row was edited)");
                    }
                    String anchored = expected.remove(e.seq());
                    if (anchored != null && !anchored.equals(e.hash())) {
                        return Verification.broken(count, e.seq(), "its hash is not the one recorded outside the "
                                + "database (anchor " + e.seq() + ":" + anchored + "): the chain was rebuilt from "
                                + "this row or an earlier one");
                    }
                    expectedPrev = e.hash();
                    expectedSeq++;
                }
            }
            if (head.seq() != expectedSeq - 1 || !head.hash().equals(expectedPrev)) {
                return Verification.broken(count, expectedSeq, "the chain head names row " + head.seq()
                        + " but the log ends at row " + (expectedSeq - 1) + " (rows were deleted from the end)");
            }
            if (!expected.isEmpty()) {
                long first = java.util.Collections.min(expected.keySet());
                return Verification.broken(count, first, "an anchor recorded outside the database names row "
                        + first + ", but the log ends at row " + (expectedSeq - 1)
                        + " (rows were deleted and the chain rebuilt)");
            }
            return Verification.intact(count);
        });
    }

    /** The newest row and its hash, to keep outside the database as an {@link AuditAnchor}. */
    public AuditAnchor head() {
        return jdbi.withHandle(h -> readHead(h, false));
    }

    /** The chain head: its last row and that row's hash, locked until the transaction ends if {@code forUpdate}. */
    private static AuditAnchor readHead(Handle h, boolean forUpdate) {
        String lock = forUpdate ? " FOR UPDATE" : "";
        return h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1" + lock)
                .map((rs, ctx) -> new AuditAnchor(rs.getLong("last_seq"), rs.getString("last_hash"))).one();
    }

    /** The rows from {@code fromSeq} on, oldest first, at most {@code limit}. */
    public java.util.List<AuditEntry> read(long fromSeq, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq, logged_at, actor, action, subject, details, prev_hash, "
                        + "hash FROM audit_log WHERE seq >= :from ORDER BY seq LIMIT :limit")
                .bind("from", fromSeq).bind("limit", limit).map(AuditLog::entry).list());
    }

    /** How many years rows are kept; 10 unless changed. */
    public int retentionYears() {
        return jdbi.withHandle(h -> h.createQuery("SELECT retention_years FROM audit_settings WHERE id = 1")
                .mapTo(Integer.class).one());
    }

    /** Changes the retention period and records the change in the log, in one transaction. */
    public void setRetentionYears(String actor, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("retention-years: must be at least 1, was " + years);
        }
        jdbi.useTransaction(h -> {
            int before = h.createQuery("SELECT retention_years FROM audit_settings WHERE id = 1 FOR UPDATE")
                    .mapTo(Integer.class).one();
            h.createUpdate("UPDATE audit_settings SET retention_years = :years WHERE id = 1")
                    .bind("years", years).execute();
            append(h, actor, "audit.retention.set", "audit",
                    JSON.createObjectNode().put("from", before).put("to", years).toString());
        });
    }

    private static AuditEntry entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), Database.instant(rs, "logged_at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("details"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required, must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": longer than " + max + " characters");
        }
    }

}
