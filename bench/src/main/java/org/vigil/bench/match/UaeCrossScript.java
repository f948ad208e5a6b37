package org.vigil.bench.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;

/**
 * Cross-script recall on the UAE Local Terrorist List (parsed with the {@code uae-csv} parser), whose rows give each
 * person's name in Arabic and in Latin script. Arabic to Latin: the UAE records are indexed with their non-Arabic
 * names only, beside all bundled records as distractors, and each Arabic-script name is screened; Latin to Arabic: the
 * records are indexed with their Arabic names only and each Latin name is screened. Recall = the same UAE record found.
 */
public final class UaeCrossScript {
    public static final String SOURCE = "ae-local";

    private final Path file;
    private final List<Entity> records;
    private final int parsed;

    private UaeCrossScript(Path file, List<Entity> parsed) {
        this.file = file;
        this.parsed = parsed.size();
        this.records = parsed.stream().filter(e -> e.names().stream().anyMatch(n -> NameNorm.isArabic(n.value()))
                && e.names().stream().anyMatch(n -> NameNorm.isLatin(n.value()))).toList();
    }

    public static UaeCrossScript load(Path file) throws Exception {
        return new UaeCrossScript(file, Parsers.forFormat(ListFormat.UAE_CSV).parse(ListInput.of(file), SOURCE)
                .entities());
    }

    public String evaluate(Bundled b, ScreenOptions opt, Summary summary) {
        StringBuilder out = new StringBuilder("### UAE cross-script (Arabic ↔ Latin)\n\n");
        out.append(String.format(Locale.ROOT, "File `%s`: %d records parsed, %d with both an Arabic-script and a "
                + "Latin name. Each direction indexes those records with the names of one script only, plus all %,d "
                + "bundled records as distractors; queries are name only.%n%n", file, parsed, records.size(),
                b.entities.size()));
        MdTable t = new MdTable("direction", "queries", "Vigil recall", "JW ≥ " + JwBaseline.THRESHOLD,
                "JW ≥ " + JwBaseline.LOW_THRESHOLD);
        List<String[]> misses = new ArrayList<>();
        run("Arabic → Latin", n -> !NameNorm.isArabic(n.value()), n -> NameNorm.isArabic(n.value()), b, opt, t,
                summary, misses);
        run("Latin → Arabic", n -> NameNorm.isArabic(n.value()), n -> NameNorm.isLatin(n.value()), b, opt, t,
                summary, misses);
        out.append(t).append('\n');
        if (!misses.isEmpty()) {
            out.append("Vigil misses (first 12 per direction):\n\n");
            MdTable m = new MdTable("direction", "query", "record", "why");
            misses.forEach(x -> m.row((Object[]) x));
            out.append(m).append('\n');
        }
        return out.toString();
    }

    private void run(String label, Predicate<Name> indexed, Predicate<Name> queried, Bundled b, ScreenOptions opt,
                     MdTable t, Summary summary, List<String[]> misses) {
        List<Entity> all = new ArrayList<>(b.entities);
        for (Entity e : records) {
            all.add(LeaveOneAliasOut.keep(e, indexed));
        }
        Screener s = new Screener(MatchIndex.build(all));
        JwBaseline jw = JwBaseline.of(all);
        int n = 0;
        int v = 0;
        int j = 0;
        int jl = 0;
        int shown = 0;
        for (Entity e : records) {
            for (Name name : e.names()) {
                if (!queried.test(name)) {
                    continue;
                }
                n++;
                Query q = Query.name(name.value());
                boolean hit = Probe.found(Probe.screen(s, q, opt), e.id());
                v += hit ? 1 : 0;
                JwBaseline.Hits h = jw.search(name.value(), JwBaseline.LOW_THRESHOLD);
                j += h.matches(e.id(), JwBaseline.THRESHOLD) ? 1 : 0;
                jl += h.matches(e.id(), JwBaseline.LOW_THRESHOLD) ? 1 : 0;
                if (!hit && shown++ < 12) {
                    String other = e.names().stream().filter(indexed).map(Name::value).findFirst().orElse("");
                    misses.add(new String[] {label, MdTable.code(name.value()), e.id() + " " + MdTable.code(other),
                            Probe.missNote(s, q, Set.of(e.id()))});
                }
            }
        }
        t.row(label, n, MdTable.rate(v, n), MdTable.rate(j, n), MdTable.rate(jl, n));
        summary.add("Recall, UAE cross-script " + label, MdTable.rate(v, n), MdTable.rate(j, n),
                MdTable.rate(jl, n), "");
    }
}
