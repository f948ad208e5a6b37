package org.vigil.bench.match;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Name;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;

/**
 * Recall on the development half of the yente UN positives: {@code positives_un_treated.csv} (typos, re-spellings)
 * and {@code positives_un_untreated.csv}, line-aligned. Row i's expected record is the UN record with a name equal,
 * after {@link NameNorm}, to the untreated full name of row i; rows without one are unresolved and left out.
 */
public final class YentePositives {
    public static final String TREATED = "positives_un_treated.csv";
    public static final String UNTREATED = "positives_un_untreated.csv";

    /** A resolved row: both versions of the query and the UN record(s) it should find. */
    public record Case(YenteRow treated, YenteRow untreated, Set<EntityId> expected) {
    }

    private final int rows;
    private final List<Case> cases = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();
    private int ambiguous;

    private YentePositives(List<YenteRow> treated, List<YenteRow> untreated, Bundled b) {
        if (treated.size() != untreated.size()) {
            throw new IllegalStateException("the yente positives files are not line-aligned: " + treated.size()
                    + " vs " + untreated.size() + " rows");
        }
        rows = treated.size();
        Map<String, Set<EntityId>> un = new HashMap<>();
        for (Entity e : b.entities) {
            if (!e.id().source().equals("un-sc")) {
                continue;
            }
            for (Name n : e.names()) {
                un.computeIfAbsent(NameNorm.of(n.value()), k -> new LinkedHashSet<>()).add(e.id());
            }
        }
        for (int i = 0; i < rows; i++) {
            Set<EntityId> exp = un.get(NameNorm.of(untreated.get(i).fullName()));
            if (exp == null) {
                unresolved.add(untreated.get(i).fullName());
                continue;
            }
            if (exp.size() > 1) {
                ambiguous++;
            }
            cases.add(new Case(treated.get(i), untreated.get(i), Set.copyOf(exp)));
        }
    }

    public static YentePositives load(Path dir, Bundled b) throws IOException {
        return new YentePositives(YenteRow.read(dir.resolve(TREATED)), YenteRow.read(dir.resolve(UNTREATED)), b);
    }

    public List<Case> cases() {
        return cases;
    }

    public int rows() {
        return rows;
    }

    /** Runs Vigil and the baseline on every resolved row; adds summary rows; returns the details section. */
    public String evaluate(Bundled b, ScreenOptions opt, Summary summary) {
        StringBuilder out = new StringBuilder();
        out.append("### yente UN positives (recall)\n\n");
        out.append(String.format("%d rows in each file; %d resolved to a UN record (%d of them to more than one, any "
                + "counts), **%d unresolved** and left out", rows, cases.size(), ambiguous, unresolved.size()));
        if (!unresolved.isEmpty()) {
            out.append(": ").append(unresolved.stream().limit(10).map(MdTable::code).toList());
            if (unresolved.size() > 10) {
                out.append(" …");
            }
        }
        int changed = (int) cases.stream()
                .filter(c -> !c.treated().fullName().equals(c.untreated().fullName())).count();
        out.append(String.format(".%nThe treated name differs from the untreated one in %d resolved rows. Queries are "
                + "screened with the default options (limit %d) at the report's threshold; \"+ dob, nationality\" "
                + "adds the row's date_of_birth and 2-letter nationality.%n%n", changed, opt.limit()));

        MdTable t = new MdTable("queries", "Vigil name only", "Vigil + dob, nationality",
                "JW ≥ " + JwBaseline.THRESHOLD, "JW ≥ " + JwBaseline.LOW_THRESHOLD);
        List<String[]> misses = new ArrayList<>();
        List<String[]> attrMisses = new ArrayList<>();
        for (boolean treated : new boolean[] {true, false}) {
            int nameHits = 0;
            int attrHits = 0;
            int jwHits = 0;
            int jwLowHits = 0;
            int changedHits = 0;
            int changedTotal = 0;
            for (Case c : cases) {
                YenteRow r = treated ? c.treated() : c.untreated();
                Query q = r.nameQuery();
                Screener.Result res = Probe.screen(b.screener, q, opt);
                boolean hit = Probe.found(res, c.expected());
                nameHits += hit ? 1 : 0;
                if (!hit) {
                    misses.add(new String[] {treated ? "treated" : "untreated", MdTable.code(r.fullName()),
                        c.expected() + " " + MdTable.code(b.entity(c.expected().iterator().next()).caption()),
                        Probe.missNote(b.screener, q, c.expected())});
                }
                boolean isChanged = !c.treated().fullName().equals(c.untreated().fullName());
                if (treated && isChanged) {
                    changedTotal++;
                    changedHits += hit ? 1 : 0;
                }
                Query qa = r.attributeQuery(false);
                boolean attrHit = Probe.found(Probe.screen(b.screener, qa, opt), c.expected());
                attrHits += attrHit ? 1 : 0;
                if (!attrHit) {
                    attrMisses.add(new String[] {treated ? "treated" : "untreated", MdTable.code(r.fullName())
                            + " dob " + (r.dateOfBirth().isEmpty() ? "—" : r.dateOfBirth()) + ", nationality "
                            + (r.nationality().isEmpty() ? "—" : r.nationality()),
                            c.expected() + " " + MdTable.code(b.entity(c.expected().iterator().next()).caption()),
                            Probe.missNote(b.screener, qa, c.expected())});
                }
                JwBaseline.Hits h = b.baseline.search(r.fullName(), JwBaseline.LOW_THRESHOLD);
                jwHits += c.expected().stream().anyMatch(id -> h.matches(id, JwBaseline.THRESHOLD)) ? 1 : 0;
                jwLowHits += c.expected().stream().anyMatch(id -> h.matches(id, JwBaseline.LOW_THRESHOLD)) ? 1 : 0;
            }
            int n = cases.size();
            String label = treated ? "treated (typos, re-spellings)" : "untreated";
            t.row(label, MdTable.rate(nameHits, n), MdTable.rate(attrHits, n), MdTable.rate(jwHits, n),
                    MdTable.rate(jwLowHits, n));
            if (treated) {
                t.row("treated, only rows whose name was altered", MdTable.rate(changedHits, changedTotal), "", "", "");
            }
            summary.add("Recall, yente UN positives " + label + ", name only", MdTable.rate(nameHits, n),
                    MdTable.rate(jwHits, n), MdTable.rate(jwLowHits, n), "development half");
            summary.add("Recall, yente UN positives " + label + ", + dob & nationality", MdTable.rate(attrHits, n),
                    "—", "—", "baseline uses names only");
        }
        out.append(t).append('\n');
        if (!misses.isEmpty()) {
            out.append("Vigil misses (name only):\n\n");
            MdTable m = new MdTable("file", "query", "expected", "why");
            misses.forEach(s -> m.row((Object[]) s));
            out.append(m).append('\n');
        }
        if (!attrMisses.isEmpty()) {
            out.append("Vigil misses with date of birth and nationality:\n\n");
            MdTable m = new MdTable("file", "query", "expected", "why");
            attrMisses.forEach(s -> m.row((Object[]) s));
            out.append(m).append('\n');
        }
        return out.toString();
    }
}
