package org.vigil.screening.batch;

import java.time.Instant;
import java.util.Optional;

/**
 * A batch job as stored.
 *
 * @param rowsMatched rows with at least one match at the threshold
 * @param matches     matches over all rows
 * @param error       why the job failed (FAILED only)
 */
public record BatchJob(long id, BatchStatus status, String fileName, BatchOptions options, long totalRows,
                       int chunkCount, int chunksDone, long rowsDone, long rowsMatched, long matches,
                       Optional<String> error, String createdBy, Instant createdAt, Optional<Instant> startedAt,
                       Optional<Instant> finishedAt) {

    /** Rows done / total rows, 0..1. */
    public double progress() {
        return totalRows == 0 ? 1.0 : (double) rowsDone / totalRows;
    }
}
