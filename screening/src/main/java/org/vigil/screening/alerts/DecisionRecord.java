package org.vigil.screening.alerts;

import java.time.Instant;

/** One decision taken on an alert, as stored. */
public record DecisionRecord(long id, long alertId, String decidedBy, Decision decision, String reason,
        Instant decidedAt) {
}
