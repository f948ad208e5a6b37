package org.vigil.screening.monitoring;

import java.time.Instant;
import java.util.Optional;

/**
 * A re-screening run for one list version, as stored: which instance claimed it, how far it got and what it found.
 *
 * @param fromVersion the version compared with; empty for the first version of a list this database saw, which is
 *                    screened against all its entities
 * @param leaseUntil  while running: when the claim lapses unless renewed (another instance may then take it over)
 */
public record RescreenRun(String versionId, String source, Optional<String> fromVersion, Status status,
                          String claimedBy, Optional<Instant> leaseUntil, int attempts, Instant noticedAt,
                          Instant startedAt, Optional<Instant> finishedAt, int entities, long records, long matches,
                          long alerts, Optional<String> error) {

    public enum Status {
        RUNNING, DONE, FAILED
    }
}
