package org.vigil.lists.format.uk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.Text;

/**
 * The header row of a UK consolidated list CSV: where each known column is, and the columns the parser does not know
 * (kept as properties under a slug of their name).
 */
final class UkHeader {
    private final Map<UkColumn, Integer> known;
    private final Map<Integer, String> extra;
    private final int width;

    private UkHeader(Map<UkColumn, Integer> known, Map<Integer, String> extra, int width) {
        this.known = known;
        this.extra = extra;
        this.width = width;
    }

    /** True if a record looks like a header row (it names the Group ID or Name 6 column). */
    static boolean looksLikeHeader(CsvRecord record) {
        return record.fields().stream().anyMatch(f -> UkColumn.GROUP_ID.matches(f) || UkColumn.NAME_6.matches(f));
    }

    /**
     * @throws ListFormatException naming the missing required columns (Name 6, Group Type, Group ID) or a column that
     *                             occurs twice
     */
    static UkHeader of(CsvRecord record, String file) throws ListFormatException {
        Map<UkColumn, Integer> known = new EnumMap<>(UkColumn.class);
        Map<Integer, String> extra = new LinkedHashMap<>();
        int width = 0;
        for (int i = 0; i < record.size(); i++) {
            String cell = Text.clean(record.get(i));
            if (cell.isEmpty()) {
                continue;
            }
            width = i + 1;
            UkColumn column = find(cell);
            if (column == null) {
                extra.put(i, slug(cell));
            } else if (known.putIfAbsent(column, i) != null) {
                throw new ListFormatException(file, record.line(), i + 1, "column '" + cell + "' occurs twice in the"
                        + " header");
            }
        }
        List<String> missing = new ArrayList<>();
        for (UkColumn c : UkColumn.values()) {
            if (c.required() && !known.containsKey(c)) {
                missing.add("'" + c.header() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new ListFormatException(file, record.line(), "required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " missing from the header"
                    + " (found: " + record.fields().stream().map(Text::clean).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(", ")) + ")");
        }
        return new UkHeader(known, extra, width);
    }

    /** Number of named columns (the last named column's position). */
    int width() {
        return width;
    }

    boolean has(UkColumn column) {
        return known.containsKey(column);
    }

    /** The cleaned value of {@code column} in {@code record}, "" if the column is absent. */
    String get(CsvRecord record, UkColumn column) {
        Integer i = known.get(column);
        return i == null ? "" : Text.clean(record.get(i));
    }

    /** The values of the columns the parser does not know, keyed by a slug of the header ("designation-source"). */
    Map<String, String> extras(CsvRecord record) {
        Map<String, String> out = new LinkedHashMap<>();
        extra.forEach((i, key) -> {
            String v = Text.clean(record.get(i));
            if (!v.isEmpty()) {
                out.put(key, v);
            }
        });
        return out;
    }

    private static UkColumn find(String cell) {
        for (UkColumn c : UkColumn.values()) {
            if (c.matches(cell)) {
                return c;
            }
        }
        return null;
    }

    private static String slug(String header) {
        String s = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "column" : s;
    }
}
