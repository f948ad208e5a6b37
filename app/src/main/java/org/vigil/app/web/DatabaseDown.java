package org.vigil.app.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (answered with 503 and recovered from when it is back: the pool reconnects)
 * from other failures (500). Connection errors are the SQLState class 08, the server shutting down or starting up
 * (PostgreSQL's 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now: what a connection taken from the
 * pool just before a restart reports), or the pool's timeout waiting for a connection.
 */
final class DatabaseDown {
    private DatabaseDown() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && (s.getSQLState().startsWith("08")
                    || s.getSQLState().startsWith("57P"))) {
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
