package org.vigil.app.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Schema;
import org.vigil.match.NameComparator;

/**
 * Scores the name pairs of an input CSV ({@code name1}, {@code name2}, optional {@code schema}) and writes every
 * input column plus {@code score} and {@code match}. A row that cannot be scored (an empty name, an unknown schema)
 * gets empty score and match cells and is reported on the error stream; it does not stop the run.
 */
final class BatchCompare {

    /** What a run did. */
    record Summary(long rows, long matched, long errors, double seconds) {
    }

    private final NameComparator comparator;
    private final Schema defaultSchema;
    private final PrintWriter err;

    BatchCompare(NameComparator comparator, Schema defaultSchema, PrintWriter err) {
        this.comparator = comparator;
        this.defaultSchema = defaultSchema;
        this.err = err;
    }

    Summary run(InputCsv in, Writer out) throws IOException, ListFormatException {
        int name1 = in.column("name1");
        int name2 = in.column("name2");
        int schemaColumn = in.column("schema");
        List<String> header = new ArrayList<>(in.header());
        header.add("score");
        header.add("match");
        out.write(CsvLine.of(header));
        Progress progress = Progress.onTerminal(err);
        long rows = 0;
        long matched = 0;
        long errors = 0;
        Optional<InputCsv.Row> next;
        while ((next = in.next()).isPresent()) {
            InputCsv.Row row = next.get();
            List<String> fields = new ArrayList<>(row.fields());
            rows++;
            try {
                if (row.error() != null) {
                    throw new IllegalArgumentException(row.error());
                }
                String a = InputCsv.cell(row, name1);
                String b = InputCsv.cell(row, name2);
                if (a.isBlank() || b.isBlank()) {
                    throw new IllegalArgumentException("empty " + (a.isBlank() ? "name1" : "name2"));
                }
                String s = InputCsv.cell(row, schemaColumn);
                NameComparator.Comparison c = comparator.compare(a, b, s.isBlank() ? defaultSchema : Schema.parse(s));
                fields.add(String.format(Locale.ROOT, "%.3f", c.score()));
                fields.add(Boolean.toString(c.match()));
                matched += c.match() ? 1 : 0;
            } catch (IllegalArgumentException e) {
                fields.add("");
                fields.add("");
                if (errors++ < BatchScreen.ERRORS_SHOWN) {
                    progress.done();
                    err.println("vigil: " + in.file() + ": row " + row.number() + ": " + e.getMessage());
                }
            }
            out.write(CsvLine.of(fields));
            if ((rows & 1023) == 0) {
                progress.update(rows);
            }
        }
        progress.done();
        return new Summary(rows, matched, errors, progress.seconds());
    }
}
