package org.vigil.lists.format.vigil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;

/**
 * Reads a user's own watchlist in the Vigil CSV format (format id {@code vigil-csv}, specified in
 * docs/watchlist-format.md): UTF-8, a header row naming the columns (any order; {@code id} and {@code name} are
 * required), one record per row. Unknown columns, repeated ids, missing names and unreadable values are errors naming
 * the file and line, so that a typo never silently drops data.
 */
public final class VigilCsvParser implements ListParser {

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        Path path = input.single("a Vigil watchlist CSV file");
        String file = path.toString();
        Warnings warnings = new Warnings();
        VigilListAssembler assembler = new VigilListAssembler(file, source);
        try (CsvReader csv = CsvReader.open(input.open(path), StandardCharsets.UTF_8, file)) {
            CsvRecord header = csv.next().orElseThrow(() -> new ListFormatException(file, "the file has no header"));
            List<VigilField> columns = columns(header, file);
            Optional<CsvRecord> row;
            while ((row = csv.next()).isPresent()) {
                CsvRecord r = row.get();
                if (r.isBlank()) {
                    continue;
                }
                if (r.size() != columns.size()) {
                    throw new ListFormatException(file, r.line(), "the row has " + r.size() + " fields but the header"
                            + " has " + columns.size() + " columns (a missing or extra comma, or a value with a comma"
                            + " that is not in double quotes?)");
                }
                Map<VigilField, List<String>> values = new EnumMap<>(VigilField.class);
                for (int i = 0; i < columns.size(); i++) {
                    List<String> v = VigilRecordMapper.split(columns.get(i), r.get(i));
                    if (!v.isEmpty()) {
                        values.put(columns.get(i), v);
                    }
                }
                assembler.add(VigilRecordMapper.map(new VigilRecord(r.line(), values, List.of()), source, file));
            }
        }
        if (assembler.size() == 0) {
            warnings.add(file, -1, "the file has a header but no records");
        }
        return new ParsedList(source, ListFormat.VIGIL_CSV, Optional.empty(), assembler.finish(), warnings.list());
    }

    private static List<VigilField> columns(CsvRecord header, String file) throws ListFormatException {
        if (header.size() == 1 && header.get(0).contains(";")) {
            throw new ListFormatException(file, header.line(), "the header is the single column '" + header.get(0)
                    + "': the file seems to be separated by ';' (as spreadsheets write CSV in some languages);"
                    + " a Vigil CSV file is separated by commas");
        }
        List<VigilField> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                throw new ListFormatException(file, header.line(), "column " + (i + 1) + " of the header has no name;"
                        + " allowed columns: " + VigilField.allowed());
            }
            VigilField f = VigilField.of(name).orElseThrow(() -> new ListFormatException(file, header.line(),
                    VigilField.unknown("column", name.strip(), "")));
            if (out.contains(f)) {
                throw new ListFormatException(file, header.line(), "column '" + f.key() + "' appears twice in the"
                        + " header");
            }
            out.add(f);
        }
        for (VigilField required : List.of(VigilField.ID, VigilField.NAME)) {
            if (!out.contains(required)) {
                throw new ListFormatException(file, header.line(), "the header has no '" + required.key()
                        + "' column, which is required (columns found: " + String.join(", ",
                        out.stream().map(VigilField::key).toList()) + ")");
            }
        }
        return out;
    }
}
