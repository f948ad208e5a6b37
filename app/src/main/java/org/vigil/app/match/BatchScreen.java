package org.vigil.app.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;

/**
 * Screens the rows of an input CSV ({@code name}, optional {@code id}, {@code type}, {@code dob}, {@code country},
 * {@code gender}) and writes one result per row in input order. Rows are read in chunks; each chunk is screened in
 * parallel and written before the next is read, so memory stays bounded however long the file. A row that cannot
 * be screened (empty name, bad date...) gets its error in the output; it does not stop the run.
 */
final class BatchScreen {
    static final int CHUNK = 2048;
    static final int ERRORS_SHOWN = 5;

    /** What a run did. */
    record Summary(long rows, long matched, long errors, double seconds) {
    }

    private final Screener screener;
    private final ScreenOptions options;
    private final QueryInput defaults;
    private final PrintWriter err;

    BatchScreen(Screener screener, ScreenOptions options, QueryInput defaults, PrintWriter err) {
        this.screener = screener;
        this.options = options;
        this.defaults = defaults;
        this.err = err;
    }

    Summary run(InputCsv in, ResultWriter out) throws IOException, ListFormatException {
        Columns cols = new Columns(in);
        Progress progress = Progress.onTerminal(err);
        long rows = 0;
        long matched = 0;
        long errors = 0;
        List<InputCsv.Row> chunk = new ArrayList<>(CHUNK);
        boolean more = true;
        while (more) {
            chunk.clear();
            Optional<InputCsv.Row> r;
            while (chunk.size() < CHUNK && (r = in.next()).isPresent()) {
                chunk.add(r.get());
            }
            more = chunk.size() == CHUNK;
            List<ScreenedRow> done = chunk.parallelStream().map(row -> screen(row, cols)).toList();
            for (ScreenedRow s : done) {
                out.write(s);
                rows++;
                if (s.error() != null) {
                    if (errors++ < ERRORS_SHOWN) {
                        progress.done();
                        err.println("vigil: " + in.file() + ": row " + s.row() + ": " + s.error());
                    }
                } else if (!s.matches().isEmpty()) {
                    matched++;
                }
            }
            progress.update(rows);
        }
        progress.done();
        return new Summary(rows, matched, errors, progress.seconds());
    }

    private ScreenedRow screen(InputCsv.Row row, Columns c) {
        String id = InputCsv.cell(row, c.id).strip();
        QueryInput input = new QueryInput(InputCsv.cell(row, c.name), InputCsv.cell(row, c.type),
                InputCsv.cell(row, c.dob), InputCsv.cell(row, c.country), InputCsv.cell(row, c.gender))
                .orElse(defaults);
        String rowId = c.id < 0 ? null : id;
        if (row.error() != null) {
            return ScreenedRow.failed(row.number(), rowId, input, row.error());
        }
        try {
            Query q = input.toQuery();
            return new ScreenedRow(row.number(), rowId, input, q, screener.screen(q, options).matches(), null);
        } catch (IllegalArgumentException e) {
            return ScreenedRow.failed(row.number(), rowId, input, e.getMessage());
        }
    }

    /** Where the known columns are in this file (-1 when absent). */
    private record Columns(int name, int id, int type, int dob, int country, int gender) {
        Columns(InputCsv in) {
            this(in.column("name"), in.column("id"), in.column("type"), in.column("dob"), in.column("country"),
                    in.column("gender"));
        }
    }
}
