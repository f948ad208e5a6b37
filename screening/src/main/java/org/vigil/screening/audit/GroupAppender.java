package org.vigil.screening.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Appends audit rows for many concurrent callers with group commit: one writer thread takes every row waiting and
 * appends them in one transaction ({@link AuditLog#appendAll}), locking the chain head once per group instead of once
 * per row. Each caller blocks until its own row is committed (or the append failed, with that failure), so "recorded
 * before answered" holds exactly as with {@link AuditLog#append}; an idle writer appends a lone row at once, so there
 * is no batching delay. Under load this keeps the head lock's queue at one transaction, where per-request appends
 * would queue every request thread on it.
 */
public final class GroupAppender implements AutoCloseable {
    /** Most rows in one transaction. */
    public static final int MAX_GROUP = 500;

    private final AuditLog log;
    private final long waitMillis;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    private record Pending(AuditLog.Row row, CompletableFuture<AuditEntry> done) {
    }

    /**
     * Starts the writer thread.
     *
     * @param waitMillis how long a caller waits for its row at most (then it fails; the row may still be written)
     */
    public GroupAppender(AuditLog log, long waitMillis) {
        this.log = Objects.requireNonNull(log, "log");
        this.waitMillis = waitMillis;
        this.writer = new Thread(this::run, "vigil-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Appends one row and returns it once committed.
     *
     * @throws IllegalArgumentException for a row {@link AuditLog#append} would refuse (checked in the caller's thread)
     * @throws RuntimeException         the failure of the transaction that carried the row (a database error)
     */
    public AuditEntry append(String actor, String action, String subject, String details) {
        AuditLog.Row row = new AuditLog.Row(actor, action, subject, details);
        AuditLog.validate(row);
        if (closed) {
            throw new IllegalStateException("audit: the appender is closed");
        }
        Pending p = new Pending(row, new CompletableFuture<>());
        queue.add(p);
        try {
            return p.done().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("audit: append failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("audit: the row was not committed within " + waitMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit: interrupted while waiting for the row to be committed", e);
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                List<AuditEntry> written = log.appendAll(group.stream().map(Pending::row).toList());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).done().complete(written.get(i));
                }
            } catch (InterruptedException e) {
                closed = true;
            } catch (RuntimeException | Error e) {
                group.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("audit: the appender was closed"));
        }
    }

    /** Writes what is queued, then stops the writer thread. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
