package org.vigil.screening.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The worker threads of one process: each claims a chunk ({@link BatchJobs#claim}), screens its rows with the
 * {@link RowScreening} the application gives, renews the lease while it works, and completes the chunk. Idle workers
 * look for work every {@link BatchSettings#poll()}, and at once when this process creates a job. A row that cannot be
 * screened, or a damaged chunk, fails the job with the reason; a database that is away only pauses the worker (its
 * chunk returns to the pool when the lease expires). Before the first claim, the workers run
 * {@link BatchJobs#recover} once, so that what a crash left half-written is put right before work goes on.
 */
public final class BatchWorkers implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BatchWorkers.class.getName());
    /** Rows screened between two looks at the lease. */
    private static final int LEASE_CHECK_ROWS = 256;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final BatchJobs jobs;
    private final RowScreening screening;
    private final String instance;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final Object recovery = new Object();
    private volatile boolean recovered;

    /**
     * @param instance names this process in lease owners and audit entries (e.g. {@code host:pid})
     */
    public BatchWorkers(BatchJobs jobs, RowScreening screening, String instance) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.screening = Objects.requireNonNull(screening, "screening");
        this.instance = Objects.requireNonNull(instance, "instance");
        jobs.onCreated(this::wake);
    }

    /** Starts {@link BatchSettings#workers()} worker threads. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 1; i <= jobs.settings().workers(); i++) {
            String owner = "batch-worker " + instance + " #" + i;
            Thread t = new Thread(() -> loop(owner), "vigil-batch-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Wakes idle workers to look for work now. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void loop(String owner) {
        Duration backoff = jobs.settings().poll();
        while (running) {
            boolean worked;
            try {
                worked = runOnce(owner);
                backoff = jobs.settings().poll();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, owner + ": cannot work on batch jobs now (" + e
                        + "); retrying in " + backoff.toMillis() + " ms");
                worked = false;
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
                continue;
            }
            if (!worked) {
                pause(jobs.settings().poll());
            }
        }
    }

    private void pause(Duration d) {
        synchronized (signal) {
            if (!running) {
                return;
            }
            try {
                signal.wait(Math.max(1, d.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /**
     * Claims one chunk and screens it; returns false if there was none to claim. Database errors propagate (the
     * caller retries later); a problem with the chunk itself fails its job.
     */
    public boolean runOnce(String owner) {
        recoverOnce();
        Optional<BatchJobs.Claim> claimed = jobs.claim(owner);
        if (claimed.isEmpty()) {
            return false;
        }
        BatchJobs.Claim claim = claimed.get();
        List<RowResult> results;
        try {
            List<BatchInput> rows = ChunkCodec.decode(claim.input());
            if (rows.size() != claim.rowCount()) {
                throw new IllegalArgumentException("the stored chunk has " + rows.size() + " rows, expected "
                        + claim.rowCount());
            }
            results = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                if (i % LEASE_CHECK_ROWS == 0 && renewDue(claim)) {
                    Optional<BatchJobs.Claim> renewed = jobs.extend(claim);
                    if (renewed.isEmpty()) {
                        LOG.log(System.Logger.Level.WARNING, owner + ": lost the lease on batch " + claim.jobId()
                                + " rows " + claim.rows() + "; another worker has them");
                        return true;
                    }
                    claim = renewed.get();
                }
                results.add(screening.screen(claim.firstRow() + i, rows.get(i), claim.options()));
            }
        } catch (RuntimeException e) {
            String what = owner + ": batch " + claim.jobId() + " rows " + claim.rows() + " cannot be screened; "
                    + "failing the job";
            if (e instanceof IllegalArgumentException) {
                LOG.log(System.Logger.Level.ERROR, what + ": " + e.getMessage()); // the reason is the message
            } else {
                LOG.log(System.Logger.Level.ERROR, what, e);
            }
            jobs.fail(claim.jobId(), owner, "rows " + claim.rows() + " could not be screened: " + e.getMessage());
            return true;
        }
        if (!jobs.complete(claim, results)) {
            LOG.log(System.Logger.Level.WARNING, owner + ": batch " + claim.jobId() + " rows " + claim.rows()
                    + " were screened but the lease had passed to another worker; its results count, these are "
                    + "dropped");
        }
        return true;
    }

    /** True once half the lease has passed. */
    private void recoverOnce() {
        if (recovered) {
            return;
        }
        synchronized (recovery) {
            if (!recovered) {
                int redo = jobs.recover("batch-recovery " + instance);
                if (redo > 0) {
                    LOG.log(System.Logger.Level.WARNING, "batch recovery: " + redo + " chunk(s) marked done without "
                            + "all their results (a crash mid-write) are screened again");
                }
                recovered = true;
            }
        }
    }

    private boolean renewDue(BatchJobs.Claim claim) {
        Instant now = jobs.clock().instant();
        return now.plus(jobs.settings().lease().dividedBy(2)).isAfter(claim.leaseUntil());
    }

    /**
     * Stops the workers: each finishes the chunk in hand (waiting up to 10 s), then exits. A chunk still in hand after
     * that is taken over by another worker when its lease expires.
     */
    @Override
    public void close() {
        List<Thread> stopping;
        synchronized (this) {
            running = false;
            stopping = List.copyOf(threads);
            threads.clear();
        }
        wake();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread t : stopping) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (t.isAlive()) {
                t.interrupt();
            }
        }
    }
}
