package org.vigil.screening.alerts;

import java.time.Instant;

/**
 * A possible match between a screened record and a listed entity, for one version of that entity's listing.
 *
 * @param entityFingerprint SHA-256 of the entity's canonical rendering when the alert was raised
 * @param explanation       the match explanation as JSON text
 */
public record Alert(long id, String recordId, String entityId, String entityFingerprint, double score,
        String explanation, AlertStatus status, Instant createdAt, Instant updatedAt) {
}
