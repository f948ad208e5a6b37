package org.vigil.screening.batch;

import java.time.Duration;

/**
 * How batch jobs are run in this process.
 *
 * @param workers     worker threads screening chunks (0: this process screens none, only stores jobs)
 * @param chunkRows   rows per chunk, the unit a worker claims
 * @param lease       how long a claimed chunk stays with its worker without renewal; a worker that dies loses it
 *                    after this long and another takes it over
 * @param poll        how often an idle worker looks for work (a job created in this process wakes it at once)
 * @param maxAttempts how many times a chunk may be claimed before its job is failed (workers keep dying on it)
 */
public record BatchSettings(int workers, int chunkRows, Duration lease, Duration poll, int maxAttempts) {
    public static final int DEFAULT_CHUNK_ROWS = 5_000;
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    public BatchSettings {
        if (workers < 0 || workers > 64) {
            throw new IllegalArgumentException("batch workers: must be 0..64, was " + workers);
        }
        if (chunkRows < 1 || chunkRows > 100_000) {
            throw new IllegalArgumentException("batch chunk rows: must be 1..100000, was " + chunkRows);
        }
        if (lease.compareTo(Duration.ofMillis(200)) < 0) {
            throw new IllegalArgumentException("batch lease: must be at least 200 ms, was " + lease);
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("batch poll: must be positive, was " + poll);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("batch max attempts: must be at least 1, was " + maxAttempts);
        }
    }

    /**
     * The defaults for this machine: one worker per core but one, at least one (so on two cores one core screens
     * batches while the other answers requests), chunks of {@value #DEFAULT_CHUNK_ROWS} rows, a 30 s lease.
     */
    public static BatchSettings defaults() {
        return withWorkers(defaultWorkers());
    }

    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    public static BatchSettings withWorkers(int workers) {
        return new BatchSettings(workers, DEFAULT_CHUNK_ROWS, DEFAULT_LEASE, DEFAULT_POLL, DEFAULT_MAX_ATTEMPTS);
    }

    public BatchSettings withLease(Duration l) {
        return new BatchSettings(workers, chunkRows, l, poll, maxAttempts);
    }

    public BatchSettings withChunkRows(int rows) {
        return new BatchSettings(workers, rows, lease, poll, maxAttempts);
    }

    public BatchSettings withPoll(Duration p) {
        return new BatchSettings(workers, chunkRows, lease, p, maxAttempts);
    }

    public BatchSettings withMaxAttempts(int a) {
        return new BatchSettings(workers, chunkRows, lease, poll, a);
    }
}
