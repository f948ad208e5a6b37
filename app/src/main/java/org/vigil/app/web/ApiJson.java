package org.vigil.app.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.app.json.Json;

/**
 * JSON in and out of the API. In: strictly (size limit, JSON media type, no duplicate keys, no unknown fields). Out:
 * with {@code <}, {@code >}, {@code &} and {@code '} written as {@code \\u} escapes, so that text from a request (a
 * name with markup in it) can never be read as HTML even by a client that ignores the content type.
 */
final class ApiJson {
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(new HtmlSafe());

    private ApiJson() {
    }

    /** Answers with {@code tree} as {@code application/json}. */
    static void respond(Context c, JsonNode tree) {
        c.contentType("application/json").result(write(tree));
    }

    static String write(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char ch : new char[] {'<', '>', '&', '\''}) {
                escapes[ch] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    /**
     * The body as a JSON tree.
     *
     * @throws ApiError 415 for another media type (so a cross-site form cannot post), 413 over {@code maxBytes},
     *                  400 for malformed JSON
     */
    static JsonNode body(Context c, int maxBytes) {
        String type = c.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new ApiError(415, null, "the request body must be JSON, sent as Content-Type: application/json");
        }
        byte[] bytes = bodyBytes(c, maxBytes, "request body");
        if (bytes.length == 0) {
            throw new ApiError(400, null, "empty request body; expected a JSON object");
        }
        return parse(bytes, null);
    }

    /** JSON text (a body, or a form field named {@code field}) as a tree, strictly; 400 naming the field if not. */
    static JsonNode parse(byte[] bytes, String field) {
        String where = field == null ? "" : " in " + field;
        if (bytes.length == 0) {
            throw new ApiError(400, field, "empty JSON" + where);
        }
        try {
            return READER.readTree(bytes);
        } catch (JsonParseException e) {
            throw new ApiError(400, field, "malformed JSON" + where + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ApiError(400, field, "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, field, "could not read the JSON" + where + ": " + e.getMessage());
        }
    }

    /**
     * The whole body, at most {@code maxBytes}: 413 ("{@code what} larger than N bytes") when the declared length or
     * the bytes actually sent (a chunked body has no length) go over, 400 when it cannot be read.
     */
    static byte[] bodyBytes(Context c, int maxBytes, String what) {
        return bodyBytes(c, maxBytes, what, "");
    }

    /** As {@link #bodyBytes(Context, int, String)}, with {@code hint} (what to do instead) after a 413's message. */
    static byte[] bodyBytes(Context c, int maxBytes, String what, String hint) {
        long declared = c.req().getContentLengthLong();
        try (InputStream in = c.req().getInputStream()) {
            if (declared > maxBytes) {
                drain(in, declared);
                throw tooLarge(maxBytes, what, hint);
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                drain(in, DRAIN_LIMIT_BYTES);
                throw tooLarge(maxBytes, what, hint);
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiError(400, null, "could not read the request body: " + e.getMessage());
        }
    }

    /**
     * Most bytes of an over-long body read and thrown away before the 413 goes out. A client that is still sending
     * when the server answers and closes gets a broken pipe instead of the 413 (Java's HttpClient does): reading a
     * modest excess lets it see the answer; a body past this is cut off (the connection closes) rather than read.
     */
    static final long DRAIN_LIMIT_BYTES = 16L * 1024 * 1024;

    private static void drain(InputStream in, long declared) throws IOException {
        if (declared > DRAIN_LIMIT_BYTES) {
            return;
        }
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_LIMIT_BYTES;
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
            left -= n;
        }
    }

    private static ApiError tooLarge(int maxBytes, String what, String hint) {
        return new ApiError(413, null, what + " larger than " + maxBytes + " bytes" + hint);
    }

    /** {@code node} as an object whose field names are all in {@code allowed}. */
    static JsonNode object(JsonNode node, String field, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw ApiError.badField(field.isEmpty() ? null : field, (field.isEmpty() ? "the body" : field)
                    + " must be a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                unknown.add(f);
            }
        }
        if (!unknown.isEmpty()) {
            String first = (field.isEmpty() ? "" : field + ".") + unknown.get(0);
            throw ApiError.badField(first, "unknown field" + (unknown.size() == 1 ? " '" : "s '")
                    + String.join("', '", unknown) + "'" + (field.isEmpty() ? "" : " in " + field) + "; expected "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return node;
    }

    /** A string field, or null when absent or null; a number is taken as its text when {@code numberOk}. */
    static String text(JsonNode parent, String name, String field, boolean numberOk) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() || (numberOk && n.isIntegralNumber())) {
            return n.asText();
        }
        throw ApiError.badField(field, field + " must be a string");
    }

    /** A number field within {@code [min, max]}, or {@code dflt} when absent. */
    static double number(JsonNode parent, String name, double min, double max, double dflt) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isNumber() || !(n.asDouble() >= min && n.asDouble() <= max)) {
            throw ApiError.badField(name, name + " must be a number from " + fmt(min) + " to " + fmt(max) + ", got "
                    + abbreviate(n.toString()));
        }
        return n.asDouble();
    }

    /** An integer field within {@code [min, max]}, or {@code dflt} when absent. */
    static int integer(JsonNode parent, String name, int min, int max, int dflt) {
        return integer(parent, name, min, max, dflt, name);
    }

    /** An integer field within {@code [min, max]}, or {@code dflt} when absent; errors name {@code field}. */
    static int integer(JsonNode parent, String name, int min, int max, int dflt, String field) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            throw ApiError.badField(field, field + " must be a whole number from " + min + " to " + max + ", got "
                    + abbreviate(n.toString()));
        }
        return n.asInt();
    }

    /** A query-string number within {@code [min, max]}, or {@code dflt} when absent. */
    static double queryNumber(Context c, String name, double min, double max, double dflt) {
        String v = c.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badField(name, name + " must be a number from " + fmt(min) + " to " + fmt(max) + ", got '"
                + abbreviate(v) + "'");
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
