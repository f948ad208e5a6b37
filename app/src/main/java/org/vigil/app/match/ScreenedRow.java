package org.vigil.app.match;

import java.util.List;
import org.vigil.match.Match;
import org.vigil.match.Query;

/**
 * One screened query with its matches, or the reason it could not be screened.
 *
 * @param row     1-based number of the query (the data row of an input file; 1 for a single query)
 * @param id      the caller's reference from the input's {@code id} column, or null
 * @param input   the query as given
 * @param query   the validated query, or null when {@code error} is set
 * @param matches best first, at or above the threshold; empty when {@code error} is set
 * @param error   why the row was not screened, or null
 */
public record ScreenedRow(long row, String id, QueryInput input, Query query, List<Match> matches, String error) {

    public ScreenedRow {
        matches = List.copyOf(matches);
    }

    static ScreenedRow failed(long row, String id, QueryInput input, String error) {
        return new ScreenedRow(row, id, input, null, List.of(), error);
    }
}
