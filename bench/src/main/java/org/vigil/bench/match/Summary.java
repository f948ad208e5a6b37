package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side table at the top of the report: one row per measure, Vigil at the report's threshold beside the
 * Jaro-Winkler baseline at {@value JwBaseline#THRESHOLD} and {@value JwBaseline#LOW_THRESHOLD}. Evaluations add their
 * rows as they run; parts that were skipped are listed under the table.
 */
public final class Summary {
    private record Row(String measure, String vigil, String jw, String jwLow, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    public void add(String measure, String vigil, String jw, String jwLow, String note) {
        rows.add(new Row(measure, vigil, jw, jwLow, note));
    }

    public void skipped(String what) {
        skipped.add(what);
    }

    public List<String> skippedParts() {
        return List.copyOf(skipped);
    }

    public String toMarkdown(double threshold) {
        MdTable t = new MdTable("measure", "Vigil (threshold " + MdTable.num(threshold, 2) + ")",
                "JW baseline ≥ " + JwBaseline.THRESHOLD, "JW baseline ≥ " + JwBaseline.LOW_THRESHOLD, "notes");
        for (Row r : rows) {
            t.row(r.measure, r.vigil, r.jw, r.jwLow, r.note);
        }
        StringBuilder b = new StringBuilder(t.toString());
        if (!skipped.isEmpty()) {
            b.append("\n**Skipped** (data not found):\n\n");
            skipped.forEach(s -> b.append("- ").append(s).append('\n'));
        }
        return b.toString();
    }
}
