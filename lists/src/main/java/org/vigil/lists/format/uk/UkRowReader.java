package org.vigil.lists.format.uk;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.lists.format.DayMonthYear;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.Text;

/**
 * Streams the rows of a UK consolidated list CSV: row 1 {@code Last Updated,dd/mm/yyyy} (the publication date), row 2
 * the header, then one row per name. Checks that every row has the header's columns.
 */
final class UkRowReader implements Closeable {
    private final CsvReader csv;
    private final String file;
    private final UkHeader header;
    private final Optional<LocalDate> published;
    private final Charset charset;

    private UkRowReader(CsvReader csv, String file, UkHeader header, Optional<LocalDate> published, Charset charset) {
        this.csv = csv;
        this.file = file;
        this.header = header;
        this.published = published;
        this.charset = charset;
    }

    static UkRowReader open(ListInput input, Path path, Warnings warnings) throws IOException, ListFormatException {
        String file = path.toString();
        Charset charset;
        try (InputStream in = input.open(path)) {
            charset = UkEncoding.detect(in);
        }
        CsvReader csv = CsvReader.open(input.open(path), charset, file);
        try {
            CsvRecord first = csv.next().orElseThrow(() -> new ListFormatException(file, "file has no rows"));
            Optional<LocalDate> published = Optional.empty();
            CsvRecord headerRow = first;
            if (UkColumn.LAST_UPDATED.matches(first.get(0)) && !UkHeader.looksLikeHeader(first)) {
                String date = Text.clean(first.get(1));
                published = DayMonthYear.date(date);
                if (published.isEmpty()) {
                    warnings.add(file, first.line(), "'Last Updated' date '" + date + "' is not dd/mm/yyyy;"
                            + " publication date unknown");
                }
                headerRow = csv.next().orElseThrow(() -> new ListFormatException(file, first.line() + 1,
                        "the header row is missing: the file ends after the 'Last Updated' row"));
            } else if (!UkHeader.looksLikeHeader(first)) {
                throw new ListFormatException(file, first.line(), "not a UK HM Treasury consolidated list CSV:"
                        + " expected 'Last Updated,dd/mm/yyyy' or the header row (Name 6, ..., Group ID), found '"
                        + abbreviate(String.join(",", first.fields())) + "'");
            }
            return new UkRowReader(csv, file, UkHeader.of(headerRow, file), published, charset);
        } catch (ListFormatException | IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    String file() {
        return file;
    }

    /** The encoding the file was found to be in (Windows-1252 or UTF-8). */
    Charset charset() {
        return charset;
    }

    /** The "Last Updated" date of row 1. */
    Optional<LocalDate> published() {
        return published;
    }

    UkHeader header() {
        return header;
    }

    /** The next data row (blank lines skipped), or empty at the end. */
    Optional<UkRow> next() throws IOException, ListFormatException {
        while (true) {
            Optional<CsvRecord> r = csv.next();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            CsvRecord record = r.get();
            if (record.isBlank()) {
                continue;
            }
            if (record.size() < header.width()) {
                throw new ListFormatException(file, record.line(), "the row has " + record.size() + " fields but the"
                        + " header has " + header.width() + ": the row is cut short (truncated file?) or misaligned");
            }
            for (int i = header.width(); i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    throw new ListFormatException(file, record.line(), i + 1, "the row has more fields than the header"
                            + " (" + record.size() + " > " + header.width() + "): misaligned row");
                }
            }
            return Optional.of(new UkRow(record, header));
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    private static String abbreviate(String s) {
        String c = Text.clean(s);
        return c.length() > 80 ? c.substring(0, 80) + "..." : c;
    }
}
