package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.vigil.match.Match;

/** The highest-scoring false positives of a run, at most {@code limit}, and their report table. */
final class FalsePositives {

    private record FalsePositive(String query, Match match) {
    }

    private final int limit;
    private final PriorityQueue<FalsePositive> top =
            new PriorityQueue<>(Comparator.comparingDouble(f -> f.match().score()));

    FalsePositives(int limit) {
        this.limit = limit;
    }

    /** Offers a query's best (false) match; kept if it is among the {@code limit} highest so far. */
    void add(String query, Match match) {
        top.add(new FalsePositive(query, match));
        if (top.size() > limit) {
            top.poll();
        }
    }

    boolean isEmpty() {
        return top.isEmpty();
    }

    int size() {
        return top.size();
    }

    /** The kept false positives, highest score first, with their token alignment. */
    MdTable table() {
        List<FalsePositive> worst = new ArrayList<>(top);
        worst.sort(Comparator.comparingDouble((FalsePositive f) -> f.match().score()).reversed());
        MdTable w = new MdTable("query", "matched id", "matched name", "record's name", "score", "alignment");
        for (FalsePositive f : worst) {
            Match m = f.match();
            w.row(MdTable.code(f.query()), m.id(), MdTable.code(m.matchedName()), MdTable.code(m.name()),
                    MdTable.num(m.score(), 3), Probe.alignment(m.explanation()));
        }
        return w;
    }
}
