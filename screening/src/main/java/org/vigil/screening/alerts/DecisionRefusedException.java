package org.vigil.screening.alerts;

/** A decision the review rules do not allow (four eyes, an alert already decided); the message says why. */
public final class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecisionRefusedException(String message) {
        super(message);
    }
}
