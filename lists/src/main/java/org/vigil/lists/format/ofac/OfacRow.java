package org.vigil.lists.format.ofac;

import java.util.List;
import org.vigil.lists.model.Text;

/**
 * One data line of an OFAC legacy CSV file.
 *
 * @param file   the file, as named in messages
 * @param line   the 1-based line the record starts on
 * @param entNum the record number (digits only), the first column of every OFAC file
 * @param fields all fields as read, OFAC's null marker {@code -0-} already replaced by ""
 */
record OfacRow(String file, long line, String entNum, List<String> fields) {

    OfacRow {
        fields = List.copyOf(fields);
    }

    /** The field as written (spaces kept: a Remarks field continues in sdn_comments.csv exactly where it stops). */
    String raw(int index) {
        return fields.get(index);
    }

    /** The field with whitespace normalised. */
    String text(int index) {
        return Text.clean(fields.get(index));
    }
}
