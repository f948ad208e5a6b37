package org.vigil.app.match;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.index.LiveScreener;
import org.vigil.screening.batch.BatchInput;
import org.vigil.screening.batch.BatchOptions;
import org.vigil.screening.batch.RowResult;
import org.vigil.screening.batch.RowScreening;

/**
 * Batch jobs screened like {@code vigil screen --input}: the same row checks ({@link QueryInput}), the live index of
 * the server ({@link ActiveScreener}), and the same result formats — one JSONL line per row and the CSV lines of
 * {@link ResultWriter}, so a job's download equals the CLI's output file for the same input.
 */
public final class BatchRowScreening implements RowScreening {
    private final ActiveScreener active;
    private final ThreadLocal<Writers> writers = ThreadLocal.withInitial(Writers::new);

    public BatchRowScreening(ActiveScreener active) {
        this.active = active;
    }

    @Override
    public Optional<Problem> check(BatchInput row) {
        if (row.name().isEmpty()) {
            return Optional.of(new Problem("name", "required, must not be blank"));
        }
        if (row.name().length() > NameAnalyzer.MAX_CHARS) {
            return Optional.of(new Problem("name", "longer than " + NameAnalyzer.MAX_CHARS + " characters ("
                    + row.name().length() + ")"));
        }
        try {
            input(row).toQuery(); // the usual case: a good row, checked once
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // find the field at fault
        }
        return problem("type", new QueryInput("x", row.type(), "", "", ""))
                .or(() -> problem("dob", new QueryInput("x", "", row.dob(), "", "")))
                .or(() -> problem("country", new QueryInput("x", "", "", row.country(), "")))
                .or(() -> problem("gender", new QueryInput("x", "", "", "", row.gender())))
                .or(() -> problem("name", input(row)));
    }

    private static Optional<Problem> problem(String field, QueryInput in) {
        try {
            in.toQuery();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem(field, e.getMessage()));
        }
    }

    @Override
    public Optional<Problem> check(BatchOptions options) {
        if (options.limit() > 100) {
            return Optional.of(new Problem("limit", "at most 100 matches per row, got " + options.limit()));
        }
        List<String> available = active.screener().index().sources();
        for (String s : options.sources()) {
            if (!available.contains(s)) {
                return Optional.of(new Problem("sources", "unknown source '" + s + "'; active: "
                        + String.join(", ", available)));
            }
        }
        return Optional.empty();
    }

    @Override
    public RowResult screen(long row, BatchInput input, BatchOptions options) {
        QueryInput in = input(input);
        Query q = in.toQuery();
        LiveScreener screener = active.screener();
        List<Match> matches = screener.screen(q, new ScreenOptions(options.threshold(), options.limit(),
                Set.copyOf(options.sources()))).matches();
        ScreenedRow r = new ScreenedRow(row, input.id().isEmpty() ? null : input.id(), in, q, matches, null);
        Writers w = writers.get();
        try {
            StringBuffer buf = w.buffer.getBuffer();
            buf.setLength(0);
            w.jsonl.write(r);
            String json = buf.substring(0, buf.length() - 1); // without the line break
            buf.setLength(0);
            w.csv.write(r);
            String csv = buf.toString();
            buf.setLength(0);
            return new RowResult(json, csv, matches.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    @Override
    public String csvHeader() {
        return CsvLine.of(ResultWriter.Csv.HEADER);
    }

    private static QueryInput input(BatchInput row) {
        return new QueryInput(row.name(), row.type(), row.dob(), row.country(), row.gender());
    }

    /** Per-thread result writers over one reused buffer. */
    private static final class Writers {
        final StringWriter buffer = new StringWriter(512);
        final ResultWriter.Jsonl jsonl = new ResultWriter.Jsonl(buffer);
        final ResultWriter.Csv csv;

        Writers() {
            try {
                csv = new ResultWriter.Csv(buffer); // writes the header into the buffer, cleared before each use
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
