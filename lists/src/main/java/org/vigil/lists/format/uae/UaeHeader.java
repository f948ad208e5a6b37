package org.vigil.lists.format.uae;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.Text;

/** Where each column of the UAE list is, from the header row (the row whose first cell is "#"). */
final class UaeHeader {
    private final Map<UaeColumn, Integer> index;
    private final int width;

    private UaeHeader(Map<UaeColumn, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    static boolean isHeader(CsvRecord record) {
        return UaeColumn.NUMBER.matches(record.get(0));
    }

    static UaeHeader of(CsvRecord record, String file) throws ListFormatException {
        Map<UaeColumn, Integer> index = new EnumMap<>(UaeColumn.class);
        int width = 0;
        for (int i = 0; i < record.size(); i++) {
            if (Text.isBlank(record.get(i))) {
                continue;
            }
            width = i + 1;
            for (UaeColumn c : UaeColumn.values()) {
                if (c.matches(record.get(i))) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (UaeColumn c : UaeColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                missing.add("'" + c.header() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new ListFormatException(file, record.line(), "required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing from the header row");
        }
        return new UaeHeader(index, width);
    }

    int width() {
        return width;
    }

    /** The value as written, line breaks included; "" for an absent column. */
    String raw(CsvRecord record, UaeColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : record.get(i);
    }

    /** The cleaned value; "" for an absent column and for "-", which the list writes for "none". */
    String get(CsvRecord record, UaeColumn column) {
        Integer i = index.get(column);
        String v = i == null ? "" : Text.clean(record.get(i));
        return v.equals("-") ? "" : v;
    }
}
