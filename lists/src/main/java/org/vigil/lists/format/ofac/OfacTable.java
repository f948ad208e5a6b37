package org.vigil.lists.format.ofac;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;

/**
 * Reads one file of an OFAC legacy CSV set, checking it against its {@link Layout}: the number of columns, a numeric
 * ent_num in the first column, no NUL characters (UTF-16). Handles the format's quirks: no header row (a header row
 * such as {@code ID,Name,...} of re-serialised copies is skipped), {@code -0-} for an empty field, and the final line
 * holding the DOS end-of-file character 0x1A. Anything after that mark is not read, but counted
 * ({@link #linesAfterEndMark()}), so the caller can warn about a second list appended to the file.
 */
final class OfacTable implements Closeable {
    private static final char END_MARK = '\u001A';
    private static final Pattern ENT_NUM = Pattern.compile("\\d{1,12}");
    private static final Pattern HEADER_FIRST = Pattern.compile("(?i)ent_?num|id|ent num|entnum|uid");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The files of the set and their columns. */
    enum Layout {
        PRIMARY("sdn.csv", "ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,"
                + " Vess_owner, Remarks"),
        ADDRESSES("add.csv", "ent_num, Add_num, Address, City/State/Province/Postal Code, Country, Add_remarks"),
        ALIASES("alt.csv", "ent_num, alt_num, alt_type, alt_name, alt_remarks"),
        COMMENTS("sdn_comments.csv", "ent_num, remarks_extended");

        private final String role;
        private final String columns;
        private final int count;

        Layout(String role, String columns) {
            this.role = role;
            this.columns = columns;
            this.count = columns.split(",").length;
        }

        int count() {
            return count;
        }

        String columns() {
            return columns;
        }

        /** The file's name in the SDN set (the non-SDN set's files are laid out the same). */
        String role() {
            return role;
        }
    }

    private final CsvReader csv;
    private final String file;
    private final Layout layout;
    private boolean first = true;
    private boolean ended;
    private long endMarkLine = -1;
    private long afterEnd;
    private boolean header;

    private OfacTable(CsvReader csv, String file, Layout layout) {
        this.csv = csv;
        this.file = file;
        this.layout = layout;
    }

    /** Opens {@code path} through {@code input} (size and emptiness checks) and detects its encoding. */
    static OfacTable open(ListInput input, Path path, Layout layout) throws IOException, ListFormatException {
        String file = path.toString();
        InputStream raw = input.open(path);
        try {
            BufferedInputStream in = new BufferedInputStream(raw);
            Charset charset = charset(in, file);
            return new OfacTable(CsvReader.open(in, charset, file), file, layout);
        } catch (ListFormatException | IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** OFAC's files are ASCII / Windows-1252; a copy re-saved as UTF-8 with a byte-order mark is read as UTF-8. */
    private static Charset charset(BufferedInputStream in, String file) throws IOException, ListFormatException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            throw new ListFormatException(file, 1, "the file is UTF-16 encoded (it starts with a UTF-16 byte-order "
                    + "mark); OFAC legacy CSV files are ASCII / Windows-1252: use the file as published by OFAC");
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        return WINDOWS_1252;
    }

    String file() {
        return file;
    }

    /** True if the file started with a header row (a re-serialised copy, not OFAC's original). */
    boolean hadHeader() {
        return header;
    }

    /** The line of the end-of-file mark 0x1A, or -1 if the file has none. */
    long endMarkLine() {
        return endMarkLine;
    }

    /** How many non-blank lines follow the end-of-file mark (including data on the mark's own line). */
    long linesAfterEndMark() {
        return afterEnd;
    }

    /** The next data row, or empty at the end of the data. */
    Optional<OfacRow> next() throws IOException, ListFormatException {
        while (!ended) {
            Optional<CsvRecord> next = csv.next();
            if (next.isEmpty()) {
                ended = true;
                break;
            }
            CsvRecord r = next.get();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue; // an empty line
            }
            if (!r.get(0).isEmpty() && r.get(0).charAt(0) == END_MARK) {
                endMark(r);
                break;
            }
            checkText(r);
            if (r.size() != layout.count()) {
                throw new ListFormatException(file, r.line(), wrongColumns(r));
            }
            String ent = r.get(0).strip();
            if (!ENT_NUM.matcher(ent).matches()) {
                if (first && HEADER_FIRST.matcher(ent).matches()) {
                    first = false;
                    header = true;
                    continue;
                }
                throw new ListFormatException(file, r.line(), first
                        ? "the first column is '" + shorten(ent) + "', not an OFAC ent_num: this is not an OFAC "
                        + layout.role() + " file (" + layout.columns() + ")"
                        : "ent_num '" + shorten(ent) + "' is not a number");
            }
            first = false;
            List<String> fields = new ArrayList<>(r.size());
            for (String f : r.fields()) {
                fields.add(f.strip().equals("-0-") ? "" : f);
            }
            return Optional.of(new OfacRow(file, r.line(), ent, fields));
        }
        return Optional.empty();
    }

    private void endMark(CsvRecord r) throws IOException, ListFormatException {
        ended = true;
        endMarkLine = r.line();
        if (hasData(r)) {
            afterEnd++;
        }
        for (Optional<CsvRecord> n = csv.next(); n.isPresent(); n = csv.next()) {
            if (hasData(n.get())) {
                afterEnd++;
            }
        }
    }

    /** False for a blank line or one holding only end-of-file marks (and the commas of a re-serialised copy). */
    private static boolean hasData(CsvRecord r) {
        for (String f : r.fields()) {
            if (!f.replace(END_MARK, ' ').isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void checkText(CsvRecord r) throws ListFormatException {
        for (String f : r.fields()) {
            if (f.indexOf('\u0000') >= 0) {
                throw new ListFormatException(file, r.line(), "the line contains NUL characters: the file is UTF-16 "
                        + "or binary, but OFAC legacy CSV files are ASCII / Windows-1252");
            }
        }
    }

    private String wrongColumns(CsvRecord r) {
        String what = "expected " + layout.count() + " fields (" + layout.columns() + "), found " + r.size();
        if (first) {
            return what + ": this is not an OFAC " + layout.role() + " file of the legacy CSV format";
        }
        return what + " (a damaged or truncated line?)";
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
