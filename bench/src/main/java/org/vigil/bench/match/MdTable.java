package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table built row by row; cells are escaped so names with "|" keep the layout. */
public final class MdTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MdTable(String... header) {
        this.header = List.of(header);
    }

    public MdTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(cell(c));
        }
        while (r.size() < header.size()) {
            r.add("");
        }
        rows.add(r);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        line(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append("---|");
        }
        b.append('\n');
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c).append(" |");
        }
        b.append('\n');
    }

    private static String cell(Object c) {
        String s = c == null ? "" : c instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : c.toString();
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** "0.973 (332/341)". */
    public static String rate(int hits, int total) {
        if (total == 0) {
            return "n/a (0 rows)";
        }
        return String.format(Locale.ROOT, "%.3f (%,d/%,d)", hits / (double) total, hits, total);
    }

    /** "1.23% (615/50,000)". */
    public static String percent(int hits, int total) {
        if (total == 0) {
            return "n/a (0 rows)";
        }
        return String.format(Locale.ROOT, "%.2f%% (%,d/%,d)", 100.0 * hits / total, hits, total);
    }

    public static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Code span for a name (Markdown-safe). */
    public static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }
}
