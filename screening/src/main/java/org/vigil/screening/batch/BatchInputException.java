package org.vigil.screening.batch;

/**
 * An uploaded file that cannot become a job, naming the line (1-based physical line; 0 for the file as a whole) and,
 * where one is at fault, the column. Nothing of such a file is stored.
 */
public final class BatchInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String field;

    public BatchInputException(long line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    public long line() {
        return line;
    }

    /** The column at fault, or null. */
    public String field() {
        return field;
    }
}
