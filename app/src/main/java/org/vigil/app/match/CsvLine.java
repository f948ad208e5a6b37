package org.vigil.app.match;

import java.util.List;

/** One RFC 4180 record: fields separated by commas, quoted when they hold a comma, quote or line break; CRLF. */
final class CsvLine {
    private CsvLine() {
    }

    static String of(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            field(b, fields.get(i));
        }
        return b.append("\r\n").toString();
    }

    private static void field(StringBuilder b, String s) {
        if (s == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            b.append(s);
            return;
        }
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
