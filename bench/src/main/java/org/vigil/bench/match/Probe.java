package org.vigil.bench.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.lists.model.EntityId;
import org.vigil.match.Explanation;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;

/** Screening helpers shared by the evaluations: errors counted not thrown, and why a query missed. */
final class Probe {
    private Probe() {
    }

    /** The result, or null if the engine rejected the query (counted by the caller as a miss / error). */
    static Screener.Result screen(Screener s, Query q, ScreenOptions o) {
        try {
            return s.screen(q, o);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean found(Screener.Result r, Set<EntityId> expected) {
        if (r == null) {
            return false;
        }
        for (Match m : r.matches()) {
            if (expected.contains(m.id())) {
                return true;
            }
        }
        return false;
    }

    static boolean found(Screener.Result r, EntityId expected) {
        return found(r, Set.of(expected));
    }

    /** Why a query missed: the expected record's score and rank at threshold 0 (NaN and 0 if not scored). */
    record Miss(double score, int rank, String note) {
        /** "not scored", "below threshold" or "crowded out" (at or above the threshold but past the limit). */
        String kind(double threshold) {
            if (rank == 0) {
                return "not among the scored candidates";
            }
            return score >= threshold ? "scored above the threshold but crowded out by the limit"
                    : "scored below the threshold";
        }
    }

    /**
     * Why {@code q} did not find {@code expected}: its score and rank when screened with threshold 0 and limit 50,
     * and the best match.
     */
    static Miss explain(Screener s, Query q, Set<EntityId> expected) {
        Screener.Result r = screen(s, q, ScreenOptions.defaults().withThreshold(0).withLimit(50));
        if (r == null) {
            return new Miss(Double.NaN, 0, "query rejected by the engine");
        }
        List<Match> ms = r.matches();
        String exp = "expected not among the scored candidates";
        double score = Double.NaN;
        int rank = 0;
        for (int i = 0; i < ms.size(); i++) {
            if (expected.contains(ms.get(i).id())) {
                Match m = ms.get(i);
                score = m.score();
                rank = i + 1;
                exp = String.format(Locale.ROOT, "expected scored %.3f (rank %d) via %s: %s", m.score(), i + 1,
                        MdTable.code(m.matchedName()), alignment(m.explanation()));
                break;
            }
        }
        if (ms.isEmpty()) {
            return new Miss(score, rank, exp + "; no candidate at all");
        }
        Match top = ms.get(0);
        if (expected.contains(top.id())) {
            return new Miss(score, rank, exp);
        }
        return new Miss(score, rank, exp + String.format(Locale.ROOT, "; best: %s %s %.3f", top.id(),
                MdTable.code(top.matchedName()), top.score()));
    }

    static String missNote(Screener s, Query q, Set<EntityId> expected) {
        return explain(s, q, expected).note();
    }

    /** "saeed→saeed exact, hafiz→∅ unmatched; birthDate -0.050": alignment and attribute effects, compactly. */
    static String alignment(Explanation e) {
        StringBuilder b = new StringBuilder();
        for (Explanation.TokenAlignment t : e.tokens()) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(t.query().isEmpty() ? "∅" : t.query()).append('→')
                    .append(t.listed().isEmpty() ? "∅" : t.listed()).append(' ').append(t.rule());
            if (!"exact".equals(t.rule()) && !"unmatched".equals(t.rule())) {
                b.append(String.format(Locale.ROOT, " %.2f", t.similarity()));
            }
        }
        for (Explanation.AttributeEffect a : e.attributes()) {
            b.append(String.format(Locale.ROOT, "; %s %+.3f", a.attribute(), a.delta()));
        }
        return b.toString();
    }
}
