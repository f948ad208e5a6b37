package org.vigil.screening.alerts;

/** Where an alert stands in review. */
public enum AlertStatus {
    OPEN, ESCALATED, PENDING_SECOND_REVIEW, CONFIRMED_MATCH, FALSE_POSITIVE;

    public boolean decided() {
        return this == CONFIRMED_MATCH || this == FALSE_POSITIVE;
    }
}
