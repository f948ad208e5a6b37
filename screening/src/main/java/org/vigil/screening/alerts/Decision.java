package org.vigil.screening.alerts;

/** What an analyst or reviewer decides about an alert. */
public enum Decision {
    /** The record is the listed entity; needs a second, different person to confirm. */
    TRUE_MATCH,
    /** The record is not the listed entity; not raised again while the listing stays the same. */
    FALSE_POSITIVE,
    /** Hand the alert to a reviewer. */
    ESCALATE
}
