package org.vigil.screening.alerts;

import org.jdbi.v3.core.Handle;

/** Told of each new alert inside the transaction that raises it, so that its work commits with the alert. */
@FunctionalInterface
public interface AlertListener {
    void raised(Handle h, Alert alert);
}
