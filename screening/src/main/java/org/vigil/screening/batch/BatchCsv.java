package org.vigil.screening.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;

/**
 * An uploaded batch file, read as {@code vigil screen --input} reads one: strict UTF-8, a header whose column names
 * are matched ignoring case and surrounding spaces ({@code name} required; {@code id}, {@code type}, {@code dob},
 * {@code country}, {@code gender} optional; other columns ignored), blank lines skipped, data rows numbered from 1.
 * Every problem is a {@link BatchInputException} naming the line and, where one is at fault, the column.
 */
final class BatchCsv implements Closeable {
    static final List<String> COLUMNS = List.of("id", "name", "type", "dob", "country", "gender");
    /** The longest cell of a known column; names are limited further by the row check. */
    static final int MAX_CELL_CHARS = 1000;

    /** A data row: its 1-based number, the physical line it starts on, and its cells. */
    record Row(long number, long line, BatchInput input) {
    }

    private final CsvReader reader;
    private final int width;
    private final int[] index = new int[COLUMNS.size()];
    private long rows;

    private BatchCsv(CsvReader reader, List<String> header) {
        this.reader = reader;
        this.width = header.size();
        for (int i = 0; i < COLUMNS.size(); i++) {
            index[i] = header.indexOf(COLUMNS.get(i));
        }
    }

    static BatchCsv open(InputStream in, String fileName) throws IOException {
        CsvReader r = CsvReader.open(in, StandardCharsets.UTF_8, fileName);
        try {
            Optional<CsvRecord> first = next(r);
            while (first.isPresent() && first.get().isBlank()) {
                first = next(r);
            }
            if (first.isEmpty()) {
                throw new BatchInputException(1, null, "the file is empty; expected a header row with a 'name' "
                        + "column (and optionally " + String.join(", ", optional()) + ")");
            }
            List<String> header = new ArrayList<>();
            for (String h : first.get().fields()) {
                String k = h.strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && header.contains(k)) {
                    throw new BatchInputException(first.get().line(), k, "line " + first.get().line()
                            + ": the header names the column '" + h.strip() + "' twice");
                }
                header.add(k);
            }
            if (!header.contains("name")) {
                throw new BatchInputException(first.get().line(), "name", "line " + first.get().line()
                        + ": no 'name' column; the header has: " + String.join(", ", first.get().fields())
                        + " (required: name; optional: " + String.join(", ", optional()) + ")");
            }
            return new BatchCsv(r, header);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    private static List<String> optional() {
        return COLUMNS.stream().filter(c -> !c.equals("name")).toList();
    }

    /** The next data row, or empty at the end of the file. */
    Optional<Row> next() throws IOException {
        Optional<CsvRecord> rec = next(reader);
        while (rec.isPresent() && rec.get().isBlank()) {
            rec = next(reader);
        }
        if (rec.isEmpty()) {
            return Optional.empty();
        }
        CsvRecord c = rec.get();
        if (c.size() > width) {
            throw new BatchInputException(c.line(), null, "line " + c.line() + ": the row has " + c.size()
                    + " cells but the header " + width + " columns (a name with a comma must be in double quotes)");
        }
        return Optional.of(new Row(++rows, c.line(), new BatchInput(cell(c, 0), cell(c, 1), cell(c, 2), cell(c, 3),
                cell(c, 4), cell(c, 5))));
    }

    private String cell(CsvRecord c, int column) throws BatchInputException {
        String s = index[column] < 0 ? "" : c.get(index[column]);
        if (s.length() > MAX_CELL_CHARS) {
            throw new BatchInputException(c.line(), COLUMNS.get(column), "line " + c.line() + ": "
                    + COLUMNS.get(column) + ": longer than " + MAX_CELL_CHARS + " characters (" + s.length() + ")");
        }
        return s;
    }

    private static Optional<CsvRecord> next(CsvReader r) throws IOException {
        try {
            return r.next();
        } catch (ListFormatException e) {
            throw new BatchInputException(Math.max(e.line(), 0), null,
                    (e.line() > 0 ? "line " + e.line() + ": " : "") + e.reason());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
