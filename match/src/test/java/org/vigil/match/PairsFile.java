package org.vigil.match;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigil.match.testing.BundledIndex;

/** Manual exploration: scores a name1,name2,schema,label file and prints misses. */
public final class PairsFile {
    public static void main(String[] args) throws Exception {
        NameComparator c = NameComparator.withStatistics(BundledIndex.screener().index());
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int tp = 0, fp = 0, fn = 0, shown = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = parse(line);
            boolean label = f.get(3).equals("1") || f.get(3).equalsIgnoreCase("true");
            var r = c.compare(f.get(0), f.get(1));
            if (r.match() && label) tp++;
            if (r.match() && !label) fp++;
            if (!r.match() && label) {
                fn++;
                if (shown++ < Integer.parseInt(args[1])) {
                    System.out.printf("%.3f %s | %s  %s%n", r.score(), f.get(0), f.get(1), r.explanation().tokens()
                            .stream().map(t -> t.query() + "=" + t.listed() + ":" + t.rule()).toList());
                }
            }
        }
        double p = tp / (double) (tp + fp), rc = tp / (double) (tp + fn);
        System.out.printf("P %.3f R %.3f F1 %.3f%n", p, rc, 2 * p * rc / (p + rc));
    }

    static List<String> parse(String line) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (q) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { b.append('"'); i++; }
                else if (ch == '"') q = false;
                else b.append(ch);
            } else if (ch == '"') q = true;
            else if (ch == ',') { out.add(b.toString()); b.setLength(0); }
            else b.append(ch);
        }
        out.add(b.toString());
        return out;
    }
}
