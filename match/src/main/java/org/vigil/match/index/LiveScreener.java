package org.vigil.match.index;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.vigil.lists.model.Entity;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;

/**
 * A screener whose index can be replaced while queries run: each query takes the index current when it starts and
 * finishes on it; {@link #swap} publishes a new one atomically. Build the new index first (off the query path), then
 * swap, so a list update never pauses screening.
 */
public final class LiveScreener {

    private final AtomicReference<Screener> current;

    public LiveScreener(MatchIndex initial) {
        current = new AtomicReference<>(new Screener(initial));
    }

    /** Builds an index over the given records and makes it current; returns the index it replaced. */
    public MatchIndex rebuild(List<Entity> entities) {
        return swap(MatchIndex.build(entities));
    }

    /** Makes the index current; returns the one it replaced. */
    public MatchIndex swap(MatchIndex next) {
        return current.getAndSet(new Screener(Objects.requireNonNull(next, "next"))).index();
    }

    public MatchIndex index() {
        return current.get().index();
    }

    public Screener.Result screen(Query q, ScreenOptions options) {
        return current.get().screen(q, options);
    }
}
