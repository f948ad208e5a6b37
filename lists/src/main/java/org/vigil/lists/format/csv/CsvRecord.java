package org.vigil.lists.format.csv;

import java.util.List;

/**
 * One CSV record.
 *
 * @param line the 1-based physical line on which the record starts (a quoted field may span lines)
 */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or "" if the record is shorter. */
    public String get(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    public int size() {
        return fields.size();
    }

    /** True for a record whose fields are all empty (a blank line, or a line of commas). */
    public boolean isBlank() {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
