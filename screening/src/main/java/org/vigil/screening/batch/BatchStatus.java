package org.vigil.screening.batch;

/** Where a batch job is: waiting for a worker, being screened, done, or given up with a reason. */
public enum BatchStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
