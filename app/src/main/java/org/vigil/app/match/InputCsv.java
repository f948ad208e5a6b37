package org.vigil.app.match;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;

/**
 * An input CSV file for batch commands: UTF-8 (strictly: other bytes are an error naming the line), a header row
 * whose column names are matched ignoring case and surrounding spaces, then data rows numbered from 1. Blank lines
 * are skipped. Columns not asked for are kept (the compare output repeats them) but otherwise ignored.
 */
final class InputCsv implements Closeable {

    /**
     * A data row.
     *
     * @param number 1-based data row number
     * @param line   physical line in the file where it starts
     * @param fields the cells, as many as the header has (missing trailing cells are empty)
     * @param error  why the row cannot be used (more cells than the header has columns), or null
     */
    record Row(long number, long line, List<String> fields, String error) {
    }

    private final CsvReader reader;
    private final String file;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private long rows;

    private InputCsv(CsvReader reader, String file, List<String> header) {
        this.reader = reader;
        this.file = file;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws IllegalArgumentException if the file is empty, a column name repeats or a required column is missing
     *                                  (naming the file and the columns found)
     */
    static InputCsv open(Path file, List<String> required) throws IOException, ListFormatException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(name, null, "no such file");
        }
        CsvReader r = CsvReader.open(Files.newInputStream(file), StandardCharsets.UTF_8, name);
        try {
            Optional<CsvRecord> first = r.next();
            while (first.isPresent() && first.get().isBlank()) {
                first = r.next();
            }
            if (first.isEmpty()) {
                throw new IllegalArgumentException(name + ": the file is empty; expected a header row with the columns "
                        + String.join(", ", required));
            }
            List<String> header = first.get().fields().stream().map(String::strip).toList();
            List<String> keys = new ArrayList<>();
            for (String h : header) {
                String k = key(h);
                if (!k.isEmpty() && keys.contains(k)) {
                    throw new IllegalArgumentException(name + ": the header names the column '" + h + "' twice");
                }
                keys.add(k);
            }
            for (String c : required) {
                if (!keys.contains(c)) {
                    throw new IllegalArgumentException(name + ": no '" + c + "' column (required: "
                            + String.join(", ", required) + "); the header has: " + String.join(", ", header));
                }
            }
            return new InputCsv(r, name, header);
        } catch (IOException | ListFormatException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    String file() {
        return file;
    }

    /** The column names as the header writes them. */
    List<String> header() {
        return header;
    }

    /** The index of a column, or -1 if the file has none of that name. */
    int column(String name) {
        return columns.getOrDefault(key(name), -1);
    }

    /** The next data row, or empty at the end of the file. */
    Optional<Row> next() throws IOException, ListFormatException {
        Optional<CsvRecord> rec = reader.next();
        while (rec.isPresent() && rec.get().isBlank()) {
            rec = reader.next();
        }
        if (rec.isEmpty()) {
            return Optional.empty();
        }
        CsvRecord c = rec.get();
        List<String> fields = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            fields.add(c.get(i));
        }
        String error = c.size() > header.size() ? "the row has " + c.size() + " cells but the header "
                + header.size() + " columns (a name with a comma must be in double quotes)" : null;
        return Optional.of(new Row(++rows, c.line(), fields, error));
    }

    /** The cell of {@code column} (an index from {@link #column}), or "" when the file has no such column. */
    static String cell(Row row, int column) {
        return column < 0 ? "" : row.fields().get(column);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }
}
