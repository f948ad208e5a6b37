package org.vigil.lists.format;

/**
 * A list file that cannot be read. The message always names the file, the position (line, and column where known,
 * or the record/field) and why, e.g. {@code sdn.csv:1042: field Remarks: unterminated quoted field}.
 */
public final class ListFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;
    private final String reason;

    public ListFormatException(String file, long line, long column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public ListFormatException(String file, long line, long column, String reason) {
        this(file, line, column, reason, null);
    }

    public ListFormatException(String file, long line, String reason) {
        this(file, line, -1, reason, null);
    }

    /** A problem with the file as a whole (empty, too large, missing part). */
    public ListFormatException(String file, String reason) {
        this(file, -1, -1, reason, null);
    }

    public String file() {
        return file;
    }

    /** 1-based line, or -1 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public long column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    private static String format(String file, long line, long column, String reason) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(reason).toString();
    }
}
