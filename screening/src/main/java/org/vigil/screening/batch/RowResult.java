package org.vigil.screening.batch;

import java.util.Objects;

/**
 * The result of screening one row, as stored: the CLI's JSONL line (without the line break), the CLI's CSV lines
 * for the row (one per match, or one without match columns; CRLF-terminated), and how many matches it has.
 */
public record RowResult(String json, String csv, int matches) {
    public RowResult {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(csv, "csv");
        if (matches < 0) {
            throw new IllegalArgumentException("matches: must not be negative, was " + matches);
        }
    }
}
