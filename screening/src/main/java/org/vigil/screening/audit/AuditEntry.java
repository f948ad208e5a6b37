package org.vigil.screening.audit;

import java.time.Instant;

/** One row of the audit log as stored. {@code details} is JSON text, kept verbatim. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
        String prevHash, String hash) {
}
