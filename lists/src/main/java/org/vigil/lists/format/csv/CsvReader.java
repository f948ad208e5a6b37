package org.vigil.lists.format.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;

/**
 * A streaming RFC 4180 CSV reader: quoted fields with doubled quotes and embedded line breaks, CRLF or LF line ends,
 * a UTF-8 byte-order mark skipped. Memory is bounded by the longest record. Bytes that are not valid in the given
 * charset, a quoted field still open at the end of the file (a truncated download) or an absurdly long field are
 * reported as {@link ListFormatException}s naming the file and line.
 */
public final class CsvReader implements Closeable {
    /** No real list has a field anywhere near this long; a longer one means the file is not the CSV we expect. */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    private final InputStream in;
    private final StrictDecoder decoder;
    private final String file;
    private final char delimiter;
    private final CharBuffer chars = CharBuffer.allocate(1 << 15);
    private final char[] buf = chars.array();
    private int pos;
    private int len;
    private long line = 1;
    private boolean eof;
    private boolean first = true;
    private final Charset charset;

    private CsvReader(InputStream in, Charset charset, String file, char delimiter) {
        this.in = in;
        this.charset = charset;
        this.decoder = new StrictDecoder(in, charset);
        this.file = file;
        this.delimiter = delimiter;
    }

    /** Reads {@code in} decoded strictly as {@code charset}: malformed or unmappable bytes are errors. */
    public static CsvReader open(InputStream in, Charset charset, String file) {
        return open(in, charset, file, ',');
    }

    public static CsvReader open(InputStream in, Charset charset, String file, char delimiter) {
        return new CsvReader(in, charset, file, delimiter);
    }

    public String file() {
        return file;
    }

    /** The next record, or empty at the end of the file. */
    public Optional<CsvRecord> next() throws IOException, ListFormatException {
        if (first) {
            first = false;
            if (peek() == '\uFEFF') {
                pos++;
            }
        }
        if (peek() < 0) {
            return Optional.empty();
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (quoted) {
                    throw new ListFormatException(file, startLine, "a quoted field opened on this line is never closed:"
                            + " the file ends inside it (truncated?)");
                }
                fields.add(field.toString());
                return Optional.of(new CsvRecord(startLine, fields));
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        append(field, '"', startLine);
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, startLine);
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    pos++;
                }
                line++;
                fields.add(field.toString());
                return Optional.of(new CsvRecord(startLine, fields));
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                // Lenient like the CSV files governments publish: a quote inside an unquoted field is literal text.
                append(field, (char) c, startLine);
            }
        }
    }

    private void append(StringBuilder field, char c, long startLine) throws ListFormatException {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw new ListFormatException(file, startLine, "a field is longer than " + MAX_FIELD_CHARS
                    + " characters: this is not a list CSV file, or a quote is missing");
        }
        field.append(c);
    }

    private int peek() throws IOException, ListFormatException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() throws IOException, ListFormatException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException, ListFormatException {
        if (eof) {
            return false;
        }
        try {
            if (!decoder.fill(chars)) {
                eof = true;
                return false;
            }
            pos = chars.position();
            len = chars.limit();
            return true;
        } catch (StrictDecoder.BadBytes e) {
            throw new ListFormatException(file, line, -1, "bytes that are not valid " + charset.name() + " text (at byte "
                    + "offset " + e.offset() + "): the file is in another encoding or damaged", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
