package org.vigil.bench.match;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigil.lists.model.EntityId;
import org.vigil.match.Match;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;

/**
 * False-positive rate on yente's {@code negatives_us.csv} (synthetic US-style persons who are not listed): the share
 * of rows with any match at the threshold, name only and with date of birth and nationality (a country name there,
 * resolved with {@code Countries.resolve}). The baseline runs on a seeded sample.
 */
public final class YenteNegatives {
    public static final String FILE = "negatives_us.csv";
    public static final int TOP = 15;
    public static final int BASELINE_SAMPLE = 2_000;
    public static final long SEED = 42;

    private final List<YenteRow> rows;

    private YenteNegatives(List<YenteRow> rows) {
        this.rows = rows;
    }

    public static YenteNegatives load(Path dir) throws IOException {
        return new YenteNegatives(YenteRow.read(dir.resolve(FILE)));
    }

    public List<YenteRow> rows() {
        return rows;
    }

    /** The seeded sample the baseline screens (also used to time it). */
    public List<YenteRow> baselineSample() {
        List<YenteRow> s = new ArrayList<>(rows);
        Collections.shuffle(s, new Random(SEED));
        return s.subList(0, Math.min(BASELINE_SAMPLE, s.size()));
    }

    public String evaluate(Bundled b, ScreenOptions opt, Summary summary) {
        int n = rows.size();
        int nameFp = 0;
        int attrFp = 0;
        int rejected = 0;
        int withCountry = 0;
        int withDob = 0;
        FalsePositives top = new FalsePositives(TOP);
        FalsePositives topAttr = new FalsePositives(TOP);
        Map<EntityId, Integer> byEntity = new HashMap<>();
        for (YenteRow r : rows) {
            Screener.Result res = Probe.screen(b.screener, r.nameQuery(), opt);
            if (res == null) {
                rejected++;
                continue;
            }
            if (!res.matches().isEmpty()) {
                nameFp++;
                Match best = res.matches().get(0);
                byEntity.merge(best.id(), 1, Integer::sum);
                top.add(r.fullName(), best);
            }
            withCountry += r.country(true).isPresent() ? 1 : 0;
            withDob += r.hasBirthDate() ? 1 : 0;
            Screener.Result ra = Probe.screen(b.screener, r.attributeQuery(true), opt);
            if (ra != null && !ra.matches().isEmpty()) {
                attrFp++;
                topAttr.add(r.fullName() + " (" + r.dateOfBirth() + ", " + r.nationality() + ")",
                        ra.matches().get(0));
            }
        }
        List<YenteRow> sample = baselineSample();
        int jw = 0;
        int jwLow = 0;
        List<String[]> jwTop = new ArrayList<>();
        for (YenteRow r : sample) {
            JwBaseline.Hits h = b.baseline.search(r.fullName(), JwBaseline.LOW_THRESHOLD);
            jw += h.any(JwBaseline.THRESHOLD) ? 1 : 0;
            jwLow += h.any(JwBaseline.LOW_THRESHOLD) ? 1 : 0;
            if (h.any(JwBaseline.THRESHOLD)) {
                jwTop.add(new String[] {MdTable.code(r.fullName()), h.bestName() < 0 ? ""
                        : b.baseline.entityOfName(h.bestName()).id() + " "
                        + MdTable.code(b.baseline.nameValue(h.bestName())), MdTable.num(h.best(), 3)});
            }
        }
        jwTop.sort(Comparator.comparing((String[] a) -> a[2]).reversed());

        summary.add("False-positive rate, negatives_us, name only", MdTable.percent(nameFp, n),
                MdTable.percent(jw, sample.size()), MdTable.percent(jwLow, sample.size()),
                "baseline on a seeded sample of " + sample.size());
        summary.add("False-positive rate, negatives_us, + dob & nationality", MdTable.percent(attrFp, n), "—", "—",
                "baseline uses names only");

        StringBuilder out = new StringBuilder("### yente negatives_us (false-positive rate)\n\n");
        out.append(String.format(Locale.ROOT, "%,d rows (synthetic non-listed US-style persons); a row is a false "
                + "positive if it has any match at the threshold. %,d rows have a parseable date of birth and %,d a "
                + "nationality that `Countries.resolve` maps to a code. %d queries were rejected by the engine. The "
                + "baseline screened a seeded sample (Random(%d)) of %,d rows.%n%n", n, withDob, withCountry,
                rejected, SEED, sample.size()));
        MdTable t = new MdTable("", "Vigil name only", "Vigil + dob, nationality", "JW ≥ " + JwBaseline.THRESHOLD,
                "JW ≥ " + JwBaseline.LOW_THRESHOLD);
        t.row("false-positive rate", MdTable.percent(nameFp, n), MdTable.percent(attrFp, n),
                MdTable.percent(jw, sample.size()), MdTable.percent(jwLow, sample.size()));
        out.append(t).append('\n');

        if (!top.isEmpty()) {
            out.append("The ").append(top.size()).append(" highest-scoring Vigil false positives (name only):\n\n");
            out.append(top.table()).append('\n');
            List<Map.Entry<EntityId, Integer>> often = new ArrayList<>(byEntity.entrySet());
            often.sort(Map.Entry.<EntityId, Integer>comparingByValue().reversed());
            out.append("Records most often the best false match: ");
            out.append(String.join(", ", often.stream().limit(10)
                    .map(e -> e.getKey() + " " + MdTable.code(b.entity(e.getKey()).caption()) + " ×" + e.getValue())
                    .toList()));
            out.append(".\n\n");
        }
        if (!topAttr.isEmpty()) {
            out.append("The ").append(topAttr.size())
                    .append(" highest-scoring Vigil false positives with date of birth and nationality:\n\n");
            out.append(topAttr.table()).append('\n');
        }
        if (!jwTop.isEmpty()) {
            out.append("Baseline false positives at ").append(JwBaseline.THRESHOLD).append(" (first 10 by score):\n\n");
            MdTable w = new MdTable("query", "best listed name", "JW");
            jwTop.stream().limit(10).forEach(r -> w.row((Object[]) r));
            out.append(w).append('\n');
        }
        return out.toString();
    }
}
