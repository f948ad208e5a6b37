package org.vigil.screening.batch;

import java.util.Optional;

/**
 * What a batch job needs from matching, given by the application (which owns the screening index and the result
 * format): checking a row when the file is uploaded, and screening it when its chunk is processed. Implementations
 * are thread-safe; workers call them concurrently.
 */
public interface RowScreening {

    /** A problem with one cell of a row. */
    record Problem(String field, String message) {
    }

    /** The first problem of {@code row}, naming its field; empty when the row can be screened. */
    Optional<Problem> check(BatchInput row);

    /** The problem with the options (an unknown list source); empty when they can be used. */
    Optional<Problem> check(BatchOptions options);

    /**
     * Screens one row.
     *
     * @param row   1-based data row number in the uploaded file
     * @param input the row, already checked
     */
    RowResult screen(long row, BatchInput input, BatchOptions options);

    /** The first line of a CSV result file (with its CRLF). */
    String csvHeader();
}
