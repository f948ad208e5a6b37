package org.vigil.screening.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk's rows as stored: a JSON array of six-string arrays ({@code [id, name, type, dob, country, gender]}, empty
 * cells as null). Compact, and read back without a schema.
 */
final class ChunkCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private ChunkCodec() {
    }

    static String encode(List<BatchInput> rows) {
        StringWriter out = new StringWriter(rows.size() * 48);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (BatchInput r : rows) {
                g.writeStartArray();
                cell(g, r.id());
                cell(g, r.name());
                cell(g, r.type());
                cell(g, r.dob());
                cell(g, r.country());
                cell(g, r.gender());
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void cell(JsonGenerator g, String s) throws IOException {
        if (s.isEmpty()) {
            g.writeNull();
        } else {
            g.writeString(s);
        }
    }

    /**
     * The rows of a stored chunk.
     *
     * @throws IllegalArgumentException if the text is not a chunk (a damaged row in the database)
     */
    static List<BatchInput> decode(String text) {
        List<BatchInput> rows = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            String[] cells = new String[6];
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_ARRAY);
                for (int i = 0; i < cells.length; i++) {
                    JsonToken c = p.nextToken();
                    if (c == JsonToken.VALUE_NULL) {
                        cells[i] = "";
                    } else {
                        expect(c, JsonToken.VALUE_STRING);
                        cells[i] = p.getText();
                    }
                }
                expect(p.nextToken(), JsonToken.END_ARRAY);
                rows.add(new BatchInput(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the stored chunk is not valid JSON: " + e.getMessage(), e);
        }
        return rows;
    }

    private static void expect(JsonToken got, JsonToken want) {
        if (got != want) {
            throw new IllegalArgumentException("the stored chunk is damaged: expected " + want + ", found " + got);
        }
    }
}
