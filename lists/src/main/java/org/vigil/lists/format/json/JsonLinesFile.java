package org.vigil.lists.format.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;

/**
 * Reads a JSON lines file (one JSON value per line, UTF-8, LF or CRLF line ends) line by line. Memory is bounded by the
 * longest line: a line longer than the limit, or bytes that are not valid UTF-8, are reported as
 * {@link ListFormatException}s naming the file and line (and, for bad bytes, the column). Blank lines are skipped and a
 * UTF-8 byte-order mark at the start is ignored. Each line is then read with {@link JsonObjectReader}.
 */
public final class JsonLinesFile implements Closeable {
    /** 16 MiB: the largest OpenSanctions entity lines are a few hundred KiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 16 << 20;

    private final InputStream in;
    private final String file;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private long lineNumber;
    private boolean eof;

    private JsonLinesFile(InputStream in, String file, int maxLineBytes) {
        this.in = in;
        this.file = file;
        this.maxLineBytes = maxLineBytes;
    }

    public static JsonLinesFile open(InputStream in, String file) {
        return open(in, file, DEFAULT_MAX_LINE_BYTES);
    }

    public static JsonLinesFile open(InputStream in, String file, int maxLineBytes) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        return new JsonLinesFile(in, file, maxLineBytes);
    }

    public String file() {
        return file;
    }

    /** The number of the last line read (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next line that is not blank, or empty at the end of the file. */
    public Optional<JsonLine> next() throws IOException, ListFormatException {
        while (readLine()) {
            int start = 0;
            if (lineNumber == 1 && lineLength >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                    && (line[2] & 0xFF) == 0xBF) {
                start = 3;
            }
            int end = lineLength;
            if (end > start && line[end - 1] == '\r') {
                end--;
            }
            String text = decode(start, end);
            if (!text.isBlank()) {
                return Optional.of(new JsonLine(file, lineNumber, text));
            }
        }
        return Optional.empty();
    }

    /** Reads the next physical line into {@link #line}; false at the end of the file. */
    private boolean readLine() throws IOException, ListFormatException {
        if (eof && pos >= limit) {
            return false;
        }
        lineLength = 0;
        lineNumber++;
        while (true) {
            if (pos >= limit) {
                int n = eof ? -1 : in.read(chunk, 0, chunk.length);
                if (n < 0) {
                    eof = true;
                    pos = 0;
                    limit = 0;
                    return lineLength > 0;
                }
                pos = 0;
                limit = n;
            }
            int i = pos;
            while (i < limit && chunk[i] != '\n') {
                i++;
            }
            append(pos, i - pos);
            if (i < limit) {
                pos = i + 1;
                return true;
            }
            pos = limit;
        }
    }

    private void append(int from, int count) throws ListFormatException {
        if (count == 0) {
            return;
        }
        if ((long) lineLength + count > maxLineBytes) {
            throw new ListFormatException(file, lineNumber, "the line is longer than " + maxLineBytes
                    + " bytes: this is not a JSON lines file (one JSON object per line), or the line is damaged");
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + count)));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
    }

    private String decode(int start, int end) throws ListFormatException {
        decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) {
            r = decoder.flush(chars);
        }
        if (r.isError()) {
            throw new ListFormatException(file, lineNumber, chars.position() + 1L, "bytes that are not valid UTF-8"
                    + " text (at byte " + (bytes.position() - start + 1) + " of the line): the file must be UTF-8;"
                    + " is it saved in another encoding, or damaged?");
        }
        chars.flip();
        return chars.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
