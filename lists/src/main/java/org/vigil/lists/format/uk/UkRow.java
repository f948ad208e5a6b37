package org.vigil.lists.format.uk;

import java.util.Map;
import org.vigil.lists.format.csv.CsvRecord;

/** One data row of the UK list (one name of one Group ID), read by header name. */
record UkRow(CsvRecord record, UkHeader header) {

    long line() {
        return record.line();
    }

    /** The cleaned value, "" when empty or when the file has no such column. */
    String get(UkColumn column) {
        return header.get(record, column);
    }

    Map<String, String> extras() {
        return header.extras(record);
    }
}
