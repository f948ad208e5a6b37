package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.match.Match;
import org.vigil.match.NameComparator;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.testing.BundledIndex;

/**
 * Screening and pairwise comparison share analysis, token rules and alignment: the best match of a query must score
 * what {@link NameComparator#withStatistics} gives for the query and the matched name.
 */
class ScreenerConsistencyTest {

    static final int SAMPLES = 300;
    static final double TOLERANCE = 0.02;
    static final ScreenOptions OPTIONS = ScreenOptions.defaults().withThreshold(0.5).withLimit(5);

    static Screener screener;
    static NameComparator comparator;
    static List<Name> sample;

    record Case(String query, Match best, double compared) {
        double diff() {
            return best.score() - compared;
        }

        @Override
        public String toString() {
            return String.format("%s | %s : screen %.3f, compare %.3f", query, best.matchedName(), best.score(),
                    compared);
        }
    }

    @BeforeAll
    static void load() {
        screener = BundledIndex.screener();
        comparator = NameComparator.withStatistics(screener.index());
        List<Entity> entities = BundledIndex.entities();
        Random r = new Random(300);
        sample = new ArrayList<>();
        while (sample.size() < SAMPLES) {
            Entity e = entities.get(r.nextInt(entities.size()));
            Name n = e.names().get(r.nextInt(e.names().size()));
            if (n.value().length() >= 6) {
                sample.add(n);
            }
        }
    }

    static String swapTokens(Random r, String name) {
        List<String> parts = new ArrayList<>(List.of(name.strip().split("\\s+")));
        if (parts.size() < 2) {
            return null;
        }
        Collections.swap(parts, 0, 1 + r.nextInt(parts.size() - 1));
        return String.join(" ", parts);
    }

    static String dropLetter(Random r, String name) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int i = r.nextInt(name.length());
            if (Character.isLetter(name.charAt(i))) {
                return name.substring(0, i) + name.substring(i + 1);
            }
        }
        return null;
    }

    /** The comparison of the query with the matched name, or with the indexed form of it that scores best. */
    static double compared(String query, Match m) {
        double best = 0;
        for (String form : NameForms.of(m.matchedName())) {
            best = Math.max(best, comparator.compareAsScreening(query, form).score());
        }
        return best;
    }

    static List<Case> cases(boolean swap, boolean formAware) {
        Random r = new Random(swap ? 1 : 2);
        List<Case> out = new ArrayList<>();
        for (Name n : sample) {
            String q = swap ? swapTokens(r, n.value()) : dropLetter(r, n.value());
            if (q == null) {
                continue;
            }
            List<Match> ms = screener.screen(Query.name(q), OPTIONS).matches();
            if (ms.isEmpty()) {
                continue;
            }
            Match best = ms.get(0);
            if (best.explanation().attributes().stream().anyMatch(a -> a.delta() != 0)) {
                continue;
            }
            double c = formAware ? compared(q, best) : comparator.compareAsScreening(q, best.matchedName()).score();
            out.add(new Case(q, best, c));
        }
        return out;
    }

    @Test
    void swappedTokensScoreAsThePairwiseComparison() {
        List<Case> cs = cases(true, true);
        assertThat(cs).hasSizeGreaterThan(SAMPLES / 3);
        assertThat(cs).filteredOn(c -> Math.abs(c.diff()) > TOLERANCE).isEmpty();
    }

    @Test
    void screeningNeverScoresBelowThePairwiseComparison() {
        // a lower screening score would mean the index lost a token pair the comparison finds
        List<Case> cs = cases(false, true);
        assertThat(cs).hasSizeGreaterThan(SAMPLES / 2);
        assertThat(cs).filteredOn(c -> c.diff() < -TOLERANCE).isEmpty();
    }

    @Test
    void mostDroppedLetterQueriesScoreAsThePairwiseComparison() {
        List<Case> cs = cases(false, true);
        long off = cs.stream().filter(c -> Math.abs(c.diff()) > TOLERANCE).count();
        assertThat(off).as("queries off by more than %s: %s", TOLERANCE,
                cs.stream().filter(c -> Math.abs(c.diff()) > TOLERANCE).toList()).isLessThanOrEqualTo(cs.size() / 20);
    }

    @Test
    void droppedLetterQueriesScoreExactlyAsThePairwiseComparisonOfTheMatchedName() {
        List<Case> cs = cases(false, false);
        assertThat(cs).filteredOn(c -> Math.abs(c.diff()) > TOLERANCE).isEmpty();
    }
}
