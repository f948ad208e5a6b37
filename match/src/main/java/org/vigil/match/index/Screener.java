package org.vigil.match.index;

import java.util.List;
import java.util.Set;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;

/**
 * Screens queries against one {@link MatchIndex}. Thread-safe: each thread gets its own scratch state.
 */
public final class Screener {

    /** Matches of one query, with how much of the index the search had to look at. */
    public record Result(List<Match> matches, int namesTouched, int namesScored) {
    }

    private final MatchIndex index;
    private final ThreadLocal<Searcher> searchers;

    public Screener(MatchIndex index) {
        this.index = index;
        this.searchers = ThreadLocal.withInitial(() -> new Searcher(index));
    }

    public MatchIndex index() {
        return index;
    }

    public Result screen(Query q, ScreenOptions options) {
        long mask = sourceMask(options.sources());
        Searcher.Outcome o = searchers.get().search(q, options.threshold(), options.limit(), mask);
        return new Result(o.matches(), o.namesTouched(), o.namesScored());
    }

    public List<Match> screen(Query q) {
        return screen(q, ScreenOptions.defaults()).matches();
    }

    private long sourceMask(Set<String> sources) {
        if (sources.isEmpty()) {
            return -1L;
        }
        long mask = 0;
        for (int i = 0; i < index.sources.length && i < 64; i++) {
            if (sources.contains(index.sources[i])) {
                mask |= 1L << i;
            }
        }
        return mask;
    }
}
