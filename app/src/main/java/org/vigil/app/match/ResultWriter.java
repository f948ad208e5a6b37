package org.vigil.app.match;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.app.json.Json;
import org.vigil.match.Match;

/** Writes screened rows to a result file: JSON lines or CSV. */
abstract sealed class ResultWriter permits ResultWriter.Jsonl, ResultWriter.Csv {
    final Writer out;

    ResultWriter(Writer out) {
        this.out = out;
    }

    abstract void write(ScreenedRow r) throws IOException;

    /** The writer for a file name: {@code .csv} gives CSV; {@code .jsonl}, {@code .ndjson}, {@code .json}, {@code -} JSON lines. */
    static ResultWriter forName(String name, Writer out) throws IOException {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return new Csv(out);
        }
        if (n.equals("-") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return new Jsonl(out);
        }
        throw new IllegalArgumentException("cannot tell the output format of '" + name
                + "': name it .jsonl (JSON lines) or .csv");
    }

    /** Checks an output name before any work is done. */
    static void check(String name) throws IOException {
        forName(name, Writer.nullWriter());
    }

    /** One JSON object per row, on one line ({@link ResultJson#row}). */
    static final class Jsonl extends ResultWriter {
        private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

        Jsonl(Writer out) {
            super(out);
        }

        @Override
        void write(ScreenedRow r) throws IOException {
            out.write(LINE.writeValueAsString(ResultJson.row(r)));
            out.write('\n');
        }
    }

    /**
     * One line per match ({@code rank} 1 is the best); a row without matches gets one line with empty match columns,
     * and a row that could not be screened says why in {@code error}.
     */
    static final class Csv extends ResultWriter {
        static final List<String> HEADER = List.of("row", "id", "query", "rank", "match_id", "match_name",
                "matched_name", "score", "explanation", "error");

        Csv(Writer out) throws IOException {
            super(out);
            out.write(CsvLine.of(HEADER));
        }

        @Override
        void write(ScreenedRow r) throws IOException {
            String id = r.id() == null ? "" : r.id();
            String err = r.error() == null ? "" : r.error();
            if (r.matches().isEmpty()) {
                out.write(CsvLine.of(List.of(Long.toString(r.row()), id, r.input().name(), "", "", "", "", "", "",
                        err)));
                return;
            }
            int rank = 0;
            for (Match m : r.matches()) {
                List<String> f = new ArrayList<>(HEADER.size());
                f.add(Long.toString(r.row()));
                f.add(id);
                f.add(r.input().name());
                f.add(Integer.toString(++rank));
                f.add(m.id().toString());
                f.add(m.name());
                f.add(m.matchedName());
                f.add(String.format(Locale.ROOT, "%.3f", m.score()));
                f.add(ExplanationText.of(m.explanation()));
                f.add(err);
                out.write(CsvLine.of(f));
            }
        }
    }
}
