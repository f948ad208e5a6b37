package org.vigil.app.match;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Rows done and rows per second on one self-overwriting line of the error stream, at most twice a second, and only
 * when a terminal is attached (a redirected or captured error stream gets just the final summary).
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long shownAt;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, terminal());
    }

    void update(long rows) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - shownAt < 500_000_000L) {
            return;
        }
        shownAt = now;
        err.printf(Locale.ROOT, "\rvigil: %,d rows screened, %,.0f rows/s ", rows, rows / seconds());
        err.flush();
    }

    /** Clears the progress line. */
    void done() {
        if (enabled && shownAt != 0) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }

    double seconds() {
        return Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    }

    /**
     * Whether the process has a terminal. Before Java 22 {@link System#console()} is null unless standard input and
     * output are a terminal; from Java 22 it exists anyway and {@code Console.isTerminal()} tells.
     */
    static boolean terminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
