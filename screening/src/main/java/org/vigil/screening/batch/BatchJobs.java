package org.vigil.screening.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

/**
 * Batch jobs in the database, so that any instance can work on any job. A file is checked completely while it is
 * stored, in one transaction: a problem anywhere stores nothing. Its rows are stored in chunks; workers (in any
 * process) claim a chunk with a conditional UPDATE that only succeeds on a chunk that is pending or whose lease has
 * expired, so exactly one claimant wins on H2 and PostgreSQL alike, and complete it in one transaction that checks they
 * still hold the claim (the claim's attempt number), stores its results and advances the job. A worker that dies loses
 * its chunk when the lease expires; a chunk claimed too often fails its job with the reason. Creation, completion and
 * failure are audited in the transaction that makes them.
 */
public final class BatchJobs {
    /** Most data rows in one file. */
    public static final long MAX_ROWS = 10_000_000;
    /** Result rows read per query when a result file is written. */
    static final int RESULT_PAGE = 5_000;
    private static final int CANDIDATES = 8;
    /**
     * A chunk is closed at about this many characters even before it has all its rows, so that a file of long cells
     * does not make chunks (and a worker's memory for one) large.
     */
    static final int MAX_CHUNK_CHARS = 400_000;
    private static final int MAX_FILE_NAME = 300;
    private static final int MAX_ERROR = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOB_COLUMNS = "id, status, file_name, threshold, match_limit, sources, total_rows, "
            + "chunk_count, chunks_done, rows_done, rows_matched, match_count, error, created_by, created_at, "
            + "started_at, finished_at";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final BatchSettings settings;
    private final List<Runnable> onCreated = new CopyOnWriteArrayList<>();

    public BatchJobs(Jdbi jdbi, AuditLog audit, Clock clock, BatchSettings settings) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public BatchSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code listener} after each job this object creates (workers in this process wake up at once). */
    public void onCreated(Runnable listener) {
        onCreated.add(listener);
    }

    /**
     * Checks and stores an uploaded file as a new QUEUED job, audited as {@code batch.create}.
     *
     * @param in the file's bytes (UTF-8 CSV); read to the end, not closed
     * @throws BatchInputException naming the line and column of the first problem; nothing is stored then
     * @throws IOException         if reading {@code in} fails
     */
    public BatchJob create(String actor, String fileName, InputStream in, BatchOptions options,
                           RowScreening screening) throws IOException {
        Objects.requireNonNull(options, "options");
        Optional<RowScreening.Problem> bad = screening.check(options);
        if (bad.isPresent()) {
            throw new BatchInputException(0, bad.get().field(), bad.get().message());
        }
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME);
        }
        String file = name;
        BatchCsv csv = BatchCsv.open(in, file);
        long id = jdbi.inTransaction(h -> store(h, actor, file, csv, options, screening));
        onCreated.forEach(Runnable::run);
        return find(id).orElseThrow();
    }

    private long store(Handle h, String actor, String file, BatchCsv csv, BatchOptions options, RowScreening screening)
            throws IOException {
        Instant now = Database.truncate(clock.instant());
        long id = h.createUpdate("INSERT INTO batch_job (status, file_name, threshold, match_limit, sources, "
                        + "total_rows, chunk_count, chunks_done, rows_done, rows_matched, match_count, created_by, "
                        + "created_at) VALUES ('QUEUED', :file, :threshold, :limit, :sources, 0, 0, 0, 0, 0, 0, :by, :at)")
                .bind("file", file).bind("threshold", options.threshold()).bind("limit", options.limit())
                .bind("sources", String.join(",", options.sources())).bind("by", actor)
                .bind("at", Database.timestamp(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        List<BatchInput> chunk = new ArrayList<>(settings.chunkRows());
        long rows = 0;
        int chunks = 0;
        long firstRow = 1;
        long chunkChars = 0;
        for (Optional<BatchCsv.Row> r = csv.next(); r.isPresent(); r = csv.next()) {
            BatchCsv.Row row = r.get();
            Optional<RowScreening.Problem> problem = screening.check(row.input());
            if (problem.isPresent()) {
                throw new BatchInputException(row.line(), problem.get().field(), "line " + row.line() + ": "
                        + problem.get().field() + ": " + problem.get().message());
            }
            if (++rows > MAX_ROWS) {
                throw new BatchInputException(row.line(), null, "line " + row.line() + ": more than " + MAX_ROWS
                        + " rows; split the file");
            }
            chunk.add(row.input());
            chunkChars += chars(row.input());
            if (chunk.size() == settings.chunkRows() || chunkChars >= MAX_CHUNK_CHARS) {
                insertChunk(h, id, chunks++, firstRow, chunk);
                firstRow += chunk.size();
                chunk.clear();
                chunkChars = 0;
            }
        }
        if (!chunk.isEmpty()) {
            insertChunk(h, id, chunks++, firstRow, chunk);
        }
        if (rows == 0) {
            throw new BatchInputException(0, null, "the file has a header but no data rows");
        }
        h.createUpdate("UPDATE batch_job SET total_rows = :rows, chunk_count = :chunks WHERE id = :id")
                .bind("rows", rows).bind("chunks", chunks).bind("id", id).execute();
        ObjectNode details = JSON.createObjectNode().put("job", id).put("file", file).put("rows", rows)
                .put("chunks", chunks).put("threshold", options.threshold()).put("limit", options.limit());
        details.putPOJO("sources", options.sources());
        audit.append(h, actor, "batch.create", "batch:" + id, JSON.writeValueAsString(details));
        return id;
    }

    /** About the characters a row takes in a stored chunk. */
    private static long chars(BatchInput r) {
        return 16 + r.id().length() + r.name().length() + r.type().length() + r.dob().length() + r.country().length()
                + r.gender().length();
    }

    private static void insertChunk(Handle h, long job, int chunkNo, long firstRow, List<BatchInput> rows) {
        h.createUpdate("INSERT INTO batch_chunk (job_id, chunk_no, first_row, row_count, state, attempts, input) "
                        + "VALUES (:job, :chunk, :first, :count, 'PENDING', 0, :input)")
                .bind("job", job).bind("chunk", chunkNo).bind("first", firstRow).bind("count", rows.size())
                .bind("input", ChunkCodec.encode(rows)).execute();
    }

    public Optional<BatchJob> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job WHERE id = :id")
                .bind("id", id).map(BatchJobs::job).findOne());
    }

    /** The newest jobs first, at most {@code limit}. */
    public List<BatchJob> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job ORDER BY id DESC "
                + "LIMIT :limit").bind("limit", limit).map(BatchJobs::job).list());
    }

    /**
     * A chunk a worker holds: which rows, under which claim (its attempt number), until when.
     *
     * @param input the chunk's rows as stored (decoded by the worker, so that a damaged chunk fails its job)
     */
    public record Claim(long jobId, int chunkNo, long firstRow, int rowCount, int attempt, String owner,
                        BatchOptions options, String input, Instant leaseUntil) {
        Claim renewed(Instant until) {
            return new Claim(jobId, chunkNo, firstRow, rowCount, attempt, owner, options, input, until);
        }

        /** Rows {@code first..last} of the job. */
        public String rows() {
            return firstRow + ".." + (firstRow + rowCount - 1);
        }
    }

    /**
     * Claims the first available chunk (oldest job first): one that is pending, or claimed under a lease that has
     * expired. A chunk that has already been claimed {@link BatchSettings#maxAttempts()} times fails its job instead.
     */
    public Optional<Claim> claim(String owner) {
        while (true) {
            Instant now = Database.truncate(clock.instant());
            List<long[]> candidates = jdbi.withHandle(h -> h.createQuery("SELECT job_id, chunk_no FROM batch_chunk "
                            + "WHERE state = 'PENDING' OR (state = 'CLAIMED' AND lease_until < :now) "
                            + "ORDER BY job_id, chunk_no LIMIT :n")
                    .bind("now", Database.timestamp(now)).bind("n", CANDIDATES)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            boolean exhausted = false;
            for (long[] c : candidates) {
                Optional<Claim> won = tryClaim(c[0], (int) c[1], owner, now);
                if (won.isEmpty()) {
                    continue; // another worker was faster
                }
                Claim claim = won.get();
                if (claim.attempt() > settings.maxAttempts()) {
                    fail(claim.jobId(), owner, "rows " + claim.rows() + " (chunk " + claim.chunkNo() + ") were "
                            + "started " + settings.maxAttempts() + " times without finishing: the workers screening "
                            + "them stopped each time (killed, out of memory, or the database went away)");
                    exhausted = true;
                    break;
                }
                return won;
            }
            if (!exhausted) {
                return Optional.empty();
            }
        }
    }

    private Optional<Claim> tryClaim(long job, int chunk, String owner, Instant now) {
        Instant until = now.plus(settings.lease());
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE batch_chunk SET state = 'CLAIMED', attempts = attempts + 1, "
                            + "lease_owner = :owner, lease_until = :until WHERE job_id = :job AND chunk_no = :chunk "
                            + "AND (state = 'PENDING' OR (state = 'CLAIMED' AND lease_until < :now))")
                    .bind("owner", owner).bind("until", Database.timestamp(until)).bind("job", job)
                    .bind("chunk", chunk).bind("now", Database.timestamp(now)).execute();
            if (updated != 1) {
                return Optional.<Claim>empty();
            }
            Claim claim = h.createQuery("SELECT c.first_row, c.row_count, c.attempts, c.input, j.threshold, "
                            + "j.match_limit, j.sources FROM batch_chunk c JOIN batch_job j ON j.id = c.job_id "
                            + "WHERE c.job_id = :job AND c.chunk_no = :chunk")
                    .bind("job", job).bind("chunk", chunk)
                    .map((rs, ctx) -> new Claim(job, chunk, rs.getLong("first_row"), rs.getInt("row_count"),
                            rs.getInt("attempts"), owner, options(rs), rs.getString("input"),
                            Database.truncate(until)))
                    .one();
            h.createUpdate("UPDATE batch_job SET status = 'RUNNING', started_at = :now WHERE id = :job "
                    + "AND status = 'QUEUED'").bind("now", Database.timestamp(now)).bind("job", job).execute();
            return Optional.of(claim);
        });
    }

    /**
     * Extends the lease of a chunk still held under {@code claim}; empty if the claim was lost (the lease expired
     * and another worker took the chunk, or the job failed).
     */
    public Optional<Claim> extend(Claim claim) {
        Instant until = Database.truncate(clock.instant().plus(settings.lease()));
        int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE batch_chunk SET lease_until = :until "
                        + "WHERE job_id = :job AND chunk_no = :chunk AND state = 'CLAIMED' AND attempts = :attempt")
                .bind("until", Database.timestamp(until)).bind("job", claim.jobId()).bind("chunk", claim.chunkNo())
                .bind("attempt", claim.attempt()).execute());
        return updated == 1 ? Optional.of(claim.renewed(until)) : Optional.empty();
    }

    /**
     * Stores a chunk's results and advances its job, if the chunk is still held under {@code claim}; the last chunk
     * completes the job (audited as {@code batch.complete}). Returns false, storing nothing, if the claim was lost.
     *
     * @param results one per row of the chunk, in row order
     */
    public boolean complete(Claim claim, List<RowResult> results) {
        if (results.size() != claim.rowCount()) {
            throw new IllegalArgumentException("results: " + results.size() + " for a chunk of " + claim.rowCount()
                    + " rows");
        }
        try {
            return jdbi.inTransaction(h -> {
                // Written in the order that leaves a usable state if only a prefix of this transaction survives a
                // crash (the embedded H2 has been seen to recover part of a transaction that never committed, see
                // docs/durability.md): results first (a later completion of the chunk replaces them), then the
                // chunk's DONE mark, then the job's counters (recover() recounts those from the chunks).
                h.createUpdate("DELETE FROM batch_result WHERE job_id = :job AND row_no >= :first AND row_no < :end")
                        .bind("job", claim.jobId()).bind("first", claim.firstRow())
                        .bind("end", claim.firstRow() + claim.rowCount()).execute();
                PreparedBatch batch = h.prepareBatch("INSERT INTO batch_result (job_id, row_no, match_count, "
                        + "result_json, result_csv) VALUES (:job, :row, :matches, :json, :csv)");
                long matched = 0;
                long matches = 0;
                for (int i = 0; i < results.size(); i++) {
                    RowResult r = results.get(i);
                    batch.bind("job", claim.jobId()).bind("row", claim.firstRow() + i).bind("matches", r.matches())
                            .bind("json", r.json()).bind("csv", r.csv()).add();
                    matches += r.matches();
                    matched += r.matches() > 0 ? 1 : 0;
                }
                batch.execute();
                int held = h.createUpdate("UPDATE batch_chunk SET state = 'DONE', lease_owner = NULL, "
                                + "lease_until = NULL WHERE job_id = :job AND chunk_no = :chunk AND state = 'CLAIMED' "
                                + "AND attempts = :attempt")
                        .bind("job", claim.jobId()).bind("chunk", claim.chunkNo()).bind("attempt", claim.attempt())
                        .execute();
                if (held != 1) {
                    throw new ClaimLost();
                }
                h.createUpdate("UPDATE batch_job SET chunks_done = chunks_done + 1, rows_done = rows_done + :rows, "
                                + "rows_matched = rows_matched + :matched, match_count = match_count + :matches "
                                + "WHERE id = :job")
                        .bind("rows", results.size()).bind("matched", matched).bind("matches", matches)
                        .bind("job", claim.jobId()).execute();
                finishIfDone(h, claim.jobId(), claim.owner());
                return true;
            });
        } catch (ClaimLost lost) {
            return false; // rolled back: the results written above are gone with it
        }
    }

    /** Thrown inside a completion whose claim turned out to be lost, to roll the transaction back. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("claim lost", null, false, false);
        }
    }

    /**
     * Completes job {@code jobId} if it is running and all its chunks are done (audited as {@code batch.complete}),
     * and drops the chunks' stored input, kept until then so that {@link #recover} can redo a chunk.
     */
    private void finishIfDone(Handle h, long jobId, String actor) {
        Instant now = Database.truncate(clock.instant());
        int completed = h.createUpdate("UPDATE batch_job SET status = 'COMPLETED', finished_at = :now "
                        + "WHERE id = :job AND status = 'RUNNING' AND chunks_done = chunk_count")
                .bind("now", Database.timestamp(now)).bind("job", jobId).execute();
        if (completed != 1) {
            return;
        }
        h.createUpdate("UPDATE batch_chunk SET input = NULL WHERE job_id = :job").bind("job", jobId).execute();
        BatchJob job = h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job WHERE id = :id")
                .bind("id", jobId).map(BatchJobs::job).one();
        ObjectNode details = JSON.createObjectNode().put("job", job.id()).put("rows", job.rowsDone())
                .put("rowsMatched", job.rowsMatched()).put("matches", job.matches());
        audit.append(h, actor, "batch.complete", "batch:" + job.id(), details.toString());
    }

    /**
     * Makes the unfinished jobs consistent with their chunks again after a crash, and returns how many chunks it had
     * to hand back to the workers. Run by each process before its workers start. A chunk marked done without all its
     * results is made pending again (its input is kept until the job completes); each job's progress is recounted
     * from its done chunks and their results; a job whose chunks are all done is completed.
     */
    public int recover(String actor) {
        return jdbi.inTransaction(h -> {
            // Lock the unfinished jobs first: a completion in another process that has advanced its job then
            // commits before the recount below starts, and the recount (a statement begun after the lock) sees it.
            h.createQuery("SELECT id FROM batch_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id FOR UPDATE")
                    .mapTo(Long.class).list();
            int redo = h.createUpdate("UPDATE batch_chunk c SET state = 'PENDING', lease_owner = NULL, "
                    + "lease_until = NULL WHERE c.state = 'DONE' AND c.input IS NOT NULL "
                    + "AND c.job_id IN (SELECT id FROM batch_job WHERE status IN ('QUEUED', 'RUNNING')) "
                    + "AND c.row_count <> (SELECT COUNT(*) FROM batch_result r WHERE r.job_id = c.job_id "
                    + "AND r.row_no >= c.first_row AND r.row_no < c.first_row + c.row_count)").execute();
            String doneRows = "FROM batch_result r JOIN batch_chunk c ON c.job_id = r.job_id "
                    + "AND r.row_no >= c.first_row AND r.row_no < c.first_row + c.row_count "
                    + "WHERE c.job_id = j.id AND c.state = 'DONE'";
            h.createUpdate("UPDATE batch_job j SET "
                    + "chunks_done = (SELECT COUNT(*) FROM batch_chunk c WHERE c.job_id = j.id AND c.state = 'DONE'), "
                    + "rows_done = (SELECT COALESCE(SUM(c.row_count), 0) FROM batch_chunk c WHERE c.job_id = j.id "
                    + "AND c.state = 'DONE'), "
                    + "rows_matched = (SELECT COUNT(*) " + doneRows + " AND r.match_count > 0), "
                    + "match_count = (SELECT COALESCE(SUM(r.match_count), 0) " + doneRows + ") "
                    + "WHERE j.status IN ('QUEUED', 'RUNNING')").execute();
            List<Long> running = h.createQuery("SELECT id FROM batch_job WHERE status = 'RUNNING' ORDER BY id")
                    .mapTo(Long.class).list();
            for (long id : running) {
                finishIfDone(h, id, actor);
            }
            return redo;
        });
    }

    /**
     * Fails a job that is not finished, with {@code reason}, audited as {@code batch.fail}; its unfinished chunks are
     * abandoned (results already stored stay). Returns false if the job had already finished.
     */
    public boolean fail(long jobId, String actor, String reason) {
        String why = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR - 3) + "..." : reason;
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE batch_chunk SET state = CASE WHEN state = 'DONE' THEN 'DONE' ELSE 'ABANDONED' END, "
                    + "lease_owner = NULL, lease_until = NULL, input = NULL WHERE job_id = :job")
                    .bind("job", jobId).execute();
            int failed = h.createUpdate("UPDATE batch_job SET status = 'FAILED', error = :error, finished_at = :now "
                            + "WHERE id = :job AND status IN ('QUEUED', 'RUNNING')")
                    .bind("error", why).bind("now", Database.timestamp(Database.truncate(clock.instant())))
                    .bind("job", jobId).execute();
            if (failed == 1) {
                audit.append(h, actor, "batch.fail", "batch:" + jobId,
                        JSON.createObjectNode().put("job", jobId).put("reason", why).toString());
            }
            return failed == 1;
        });
    }

    /** How many result rows a job has stored. */
    public long resultCount(long jobId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_result WHERE job_id = :job")
                .bind("job", jobId).mapTo(Long.class).one());
    }

    /**
     * Writes a job's results in row order, one JSON line per row ({@code jsonl}) or the CSV lines of each row after
     * {@code csvHeader}. Reads them a page at a time, so memory stays bounded however large the job.
     */
    public void writeResults(long jobId, boolean jsonl, String csvHeader, Writer out) throws IOException {
        String column = jsonl ? "result_json" : "result_csv"; // one of two constants, never input
        // ORDER BY the whole primary key: H2 then reads the page off the index instead of sorting the job's rows
        if (!jsonl) {
            out.write(csvHeader);
        }
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> page = jdbi.withHandle(h -> h.createQuery("SELECT row_no, " + column
                            + " FROM batch_result WHERE job_id = :job AND row_no > :after ORDER BY job_id, row_no LIMIT :n")
                    .bind("job", jobId).bind("after", from).bind("n", RESULT_PAGE)
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).list());
            for (Object[] r : page) {
                out.write((String) r[1]);
                if (jsonl) {
                    out.write('\n');
                }
            }
            if (page.size() < RESULT_PAGE) {
                return;
            }
            after = (Long) page.get(page.size() - 1)[0];
        }
    }

    private static BatchOptions options(ResultSet rs) throws SQLException {
        String sources = rs.getString("sources");
        return new BatchOptions(rs.getDouble("threshold"), rs.getInt("match_limit"),
                sources.isEmpty() ? List.of() : List.of(sources.split(",")));
    }

    private static BatchJob job(ResultSet rs, StatementContext ctx) throws SQLException {
        return new BatchJob(rs.getLong("id"), BatchStatus.valueOf(rs.getString("status")), rs.getString("file_name"),
                options(rs), rs.getLong("total_rows"), rs.getInt("chunk_count"), rs.getInt("chunks_done"),
                rs.getLong("rows_done"), rs.getLong("rows_matched"), rs.getLong("match_count"),
                Optional.ofNullable(rs.getString("error")), rs.getString("created_by"),
                Database.instant(rs, "created_at"), Optional.ofNullable(Database.instant(rs, "started_at")),
                Optional.ofNullable(Database.instant(rs, "finished_at")));
    }
}
