package org.vigil.app.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (answered with 503 and recovered from when it is back: the pool reconnects)
 * from other failures (500). Connection errors are the SQLState class 08, or the pool's timeout waiting for one.
 */
final class DatabaseDown {
    private DatabaseDown() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String message(Throwable e) {
        Throwable last = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            last = t;
        }
        return last.getMessage();
    }
}
