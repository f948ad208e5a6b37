package org.vigil.lists.format.uae;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Text;

/**
 * Reads the UAE Local Terrorist List CSV (format {@code uae-csv}): UTF-8 with a byte-order mark, a title row and a
 * section row in Arabic, then the header row (first cell "#"; one header cell contains a line break), then one row
 * per listed person. "-" stands for an empty value.
 *
 * <p>Mapping: the Latin full name is the primary name (the Latin family name its family part; a cell with several
 * names, "A + B" or "A - B", gives the others as aliases), the Arabic full name the original-script name (with the
 * Arabic family name), the name column (الاسم) a strong alias where it differs, and a name in parentheses there too;
 * nationality, date of birth (dd-mm-yyyy, dd/mm/yyyy or a year), place of birth, address (street, city, country),
 * the document (type, number, issuer, issue and expiry date) and the other information (the cabinet resolution that
 * listed the person, which becomes the programme and property {@code cabinet-resolution}, e.g. "18/2017").
 *
 * <p>The record id is the row number in the "#" column: the file has no stable ids, so ids may refer to different
 * persons in another edition of the list. The file states no publication date.
 */
public final class UaeCsvParser implements ListParser {
    /** The header row comes after a title and a section row; it must be within the first rows. */
    private static final int MAX_HEADER_ROW = 10;

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        Path path = input.single("the UAE Local Terrorist List CSV");
        String file = path.toString();
        Warnings warnings = new Warnings();
        List<org.vigil.lists.model.Entity> entities = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(input.open(path), StandardCharsets.UTF_8, file)) {
            UaeHeader header = header(csv, file);
            Set<String> ids = new HashSet<>();
            Optional<CsvRecord> next;
            while ((next = csv.next()).isPresent()) {
                CsvRecord row = next.get();
                if (row.isBlank()) {
                    continue;
                }
                checkWidth(row, header, file);
                String id = header.get(row, UaeColumn.NUMBER);
                if (id.isEmpty()) {
                    warnings.add(file, row.line(), "row without a number in column '#'; skipped");
                    continue;
                }
                if (!ids.add(id)) {
                    warnings.add(file, row.line(), "row number " + id + " occurs twice; the second row is skipped");
                    continue;
                }
                UaeRecord.map(row, header, new EntityId(source, id), file, warnings).ifPresent(entities::add);
            }
        }
        if (entities.isEmpty()) {
            throw new ListFormatException(file, "no listed persons after the header row: the file lists nobody");
        }
        return new ParsedList(source, ListFormat.UAE_CSV, Optional.empty(), entities, warnings.list());
    }

    private static UaeHeader header(CsvReader csv, String file) throws IOException, ListFormatException {
        for (int i = 0; i < MAX_HEADER_ROW; i++) {
            Optional<CsvRecord> r = csv.next();
            if (r.isEmpty()) {
                break;
            }
            if (UaeHeader.isHeader(r.get())) {
                return UaeHeader.of(r.get(), file);
            }
        }
        throw new ListFormatException(file, "not a UAE Local Terrorist List CSV: no header row starting with '#'"
                + " (followed by the Arabic column names) in the first " + MAX_HEADER_ROW + " rows");
    }

    private static void checkWidth(CsvRecord row, UaeHeader header, String file) throws ListFormatException {
        if (row.size() < header.width()) {
            throw new ListFormatException(file, row.line(), "the row has " + row.size() + " fields but the header has "
                    + header.width() + ": the row is cut short (truncated file?) or misaligned");
        }
        for (int i = header.width(); i < row.size(); i++) {
            if (!Text.isBlank(row.get(i))) {
                throw new ListFormatException(file, row.line(), i + 1, "the row has more fields than the header ("
                        + row.size() + " > " + header.width() + "): misaligned row");
            }
        }
    }
}
