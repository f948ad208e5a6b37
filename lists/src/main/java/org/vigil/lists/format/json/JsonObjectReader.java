package org.vigil.lists.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.lists.format.ListFormatException;

/**
 * Reads the JSON object on one {@link JsonLine} with Jackson's streaming parser, field by field. Every problem (a line
 * that is not an object, a truncated line, trailing text after the object, a field of the wrong type, a field given
 * twice) becomes a {@link ListFormatException} naming the file, line and column.
 *
 * <p>Usage: {@code open(line)}, then {@link #nextField()} until it is empty; after each field name the reader stands
 * on the field's value: read it with {@link #text}, {@link #strings}, or descend into an object with
 * {@link #nextField()} / an array with {@link #nextElement()}; {@link #skip()} ignores it. Call {@link #finish()} after
 * the last field of the line's object.
 */
public final class JsonObjectReader implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build();

    private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)"
            + "|\\s*at \\[Source:[^\\]]*\\]");

    private final String file;
    private final long fixedLine;
    private final JsonParser parser;

    private JsonObjectReader(String file, long fixedLine, JsonParser parser) {
        this.file = file;
        this.fixedLine = fixedLine;
        this.parser = parser;
    }

    /** Starts reading the line, which must hold a JSON object. */
    public static JsonObjectReader open(JsonLine line) throws ListFormatException {
        JsonParser p;
        try {
            p = FACTORY.createParser(line.text().toCharArray());
        } catch (IOException e) {
            throw new ListFormatException(line.file(), line.number(), -1, "cannot read the line: " + e.getMessage(), e);
        }
        JsonObjectReader r = new JsonObjectReader(line.file(), line.number(), p);
        JsonToken first = r.next();
        if (first != JsonToken.START_OBJECT) {
            String start = line.text().strip();
            if (start.startsWith("[")) {
                throw r.error("the line is a JSON array, not an object: a JSON lines file has one object per line"
                        + " (is this a JSON array file?)");
            }
            throw r.error("the line is not a JSON object (it starts with '" + abbreviate(start) + "'); a JSON lines"
                    + " file has one object per line");
        }
        return r;
    }

    /**
     * Starts reading a small JSON document that is not a JSON lines file (e.g. an index file), which must hold one
     * object, possibly spread over several lines; positions in errors are the document's own lines. The caller closes
     * {@code in}.
     */
    public static JsonObjectReader openDocument(InputStream in, String file) throws ListFormatException {
        JsonParser p;
        try {
            p = FACTORY.createParser(in);
        } catch (IOException e) {
            throw new ListFormatException(file, -1, -1, "cannot read the file: " + e.getMessage(), e);
        }
        JsonObjectReader r = new JsonObjectReader(file, -1, p);
        JsonToken first = r.next();
        if (first != JsonToken.START_OBJECT) {
            throw r.error("expected a JSON object, found " + describe(first));
        }
        return r;
    }

    public String file() {
        return file;
    }

    /** The line the reader stands on (for a JSON lines file, the line being read). */
    public long lineNumber() {
        if (fixedLine > 0) {
            return fixedLine;
        }
        JsonLocation loc = parser.currentTokenLocation();
        return loc == null ? -1 : loc.getLineNr();
    }

    /**
     * The next field of the current object, leaving the reader on its value; empty at the end of the object.
     */
    public Optional<String> nextField() throws ListFormatException {
        JsonToken t = next();
        if (t == JsonToken.END_OBJECT) {
            return Optional.empty();
        }
        if (t != JsonToken.FIELD_NAME) {
            throw error("expected a field name, found " + describe(t));
        }
        String name = currentName();
        next();
        return Optional.of(name);
    }

    /** The token of the value the reader stands on. */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** True when the value the reader stands on is JSON null. */
    public boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Moves to the next element of the array the reader stands in; false at the end of the array. */
    public boolean nextElement() throws ListFormatException {
        return next() != JsonToken.END_ARRAY;
    }

    /** The current value as text: a string, or a number as written; null is "". */
    public String text(String field) throws ListFormatException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return "";
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return currentText();
        }
        throw error("field '" + field + "' must be a string, found " + describe(t));
    }

    /** The current value as a list of texts: an array of strings (or numbers), or a single string; null is empty. */
    public List<String> strings(String field) throws ListFormatException {
        JsonToken t = parser.currentToken();
        List<String> out = new ArrayList<>();
        if (t == JsonToken.VALUE_NULL) {
            return out;
        }
        if (t != JsonToken.START_ARRAY) {
            out.add(text(field));
            return out;
        }
        while (nextElement()) {
            JsonToken e = parser.currentToken();
            if (e == JsonToken.VALUE_NULL) {
                continue;
            }
            if (e != JsonToken.VALUE_STRING && e != JsonToken.VALUE_NUMBER_INT && e != JsonToken.VALUE_NUMBER_FLOAT) {
                throw error("field '" + field + "' must be an array of strings, found " + describe(e)
                        + " in the array");
            }
            out.add(currentText());
        }
        return out;
    }

    /** The current value as a boolean; null is empty. */
    public Optional<Boolean> bool(String field) throws ListFormatException {
        JsonToken t = parser.currentToken();
        return switch (t) {
            case VALUE_TRUE -> Optional.of(true);
            case VALUE_FALSE -> Optional.of(false);
            case VALUE_NULL -> Optional.empty();
            default -> throw error("field '" + field + "' must be true or false, found " + describe(t));
        };
    }

    /** Skips the current value, with its children if it is an object or array. */
    public void skip() throws ListFormatException {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw convert(e);
        }
    }

    /** Checks that nothing but whitespace follows the line's object. */
    public void finish() throws ListFormatException {
        JsonToken t = next();
        if (t != null) {
            throw error("unexpected text after the end of the JSON object (" + describe(t) + "); a JSON lines file"
                    + " has exactly one object per line");
        }
    }

    /** An error at the current position of this line. */
    public ListFormatException error(String reason) {
        JsonLocation loc = parser.currentTokenLocation();
        long col = loc == null ? -1 : loc.getColumnNr();
        return new ListFormatException(file, lineNumber(), col, reason);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // a parser over a char array holds no resource
        }
    }

    private JsonToken next() throws ListFormatException {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw convert(e);
        }
    }

    private String currentName() throws ListFormatException {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw convert(e);
        }
    }

    private String currentText() throws ListFormatException {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw convert(e);
        }
    }

    private ListFormatException convert(IOException e) {
        JsonLocation loc = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
        long col = loc == null ? -1 : loc.getColumnNr();
        String msg = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        msg = msg == null ? e.toString() : msg;
        String reason;
        if (e instanceof JsonEOFException) {
            reason = "the line ends before its JSON object is complete (truncated line or file?): " + firstLine(msg);
        } else if (e instanceof StreamConstraintsException) {
            reason = "the JSON on this line exceeds a safety limit: " + firstLine(msg);
        } else if (msg.toLowerCase(Locale.ROOT).startsWith("duplicate field")) {
            reason = "a field appears twice in the same object: " + firstLine(msg);
        } else {
            reason = "malformed JSON: " + firstLine(msg);
        }
        long lineNr = fixedLine > 0 ? fixedLine : loc == null ? -1 : loc.getLineNr();
        return new ListFormatException(file, lineNr, col, reason, e);
    }

    /** Jackson's message without the source excerpt it appends ("(start marker at [Source: ...])"). */
    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String m = nl < 0 ? s : s.substring(0, nl);
        return SOURCE_REF.matcher(m).replaceAll("").strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the line";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case END_OBJECT -> "the end of an object";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "the end of an array";
            case FIELD_NAME -> "a field name";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
