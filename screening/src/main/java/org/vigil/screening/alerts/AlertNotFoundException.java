package org.vigil.screening.alerts;

/** No alert has the given id. */
public final class AlertNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlertNotFoundException(long id) {
        super("alert " + id + ": not found");
    }
}
